package org.briefingengine.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestReaderTest {

    @TempDir
    Path input;

    private ManifestReader.Result read(String manifest) throws IOException {
        Path file = input.resolve(CorpusScanner.MANIFEST);
        Files.writeString(file, manifest);
        return new ManifestReader().read(input, input.toRealPath(), file, new ArrayList<>());
    }

    @Test
    void rowsAreKeyedByPathAndProblemsNameTheirLine() throws IOException {
        Files.writeString(input.resolve("a.txt"), "A text.");
        Files.writeString(input.resolve("b.txt"), "B text.");

        ManifestReader.Result result = read(String.join("\n",
                "publisher,file,published",          // columns in any order
                "Group A,a.txt,2022-05-28",
                ",,2022-05-29",                      // no file name: line 3
                "Group B,./b.txt,",
                "Group A again,a.txt,") + "\n");

        assertThat(result.rows()).containsOnlyKeys("a.txt", "b.txt");
        assertThat(result.rows().get("a.txt").publisher()).isEqualTo("Group A");
        assertThat(result.rows().get("b.txt").publisher()).isEqualTo("Group B");
        assertThat(result.rejected()).extracting(Rejection::file, Rejection::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("manifest.csv line 3", "manifest row without a file name"),
                org.assertj.core.groups.Tuple.tuple("a.txt", "duplicate manifest row (the first one is used)"));
    }

    @Test
    void aManifestThatCannotBeParsedToTheEndIsNotUsedAtAll() throws IOException {
        Files.writeString(input.resolve("a.txt"), "A text.");

        ManifestReader.Result result = read("file,title\nmissing.txt,Gone\na.txt,\"An unterminated title\n");

        assertThat(result.rows()).isEmpty();
        assertThat(result.rejected()).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo(CorpusScanner.MANIFEST);
            assertThat(r.reason()).startsWith("unreadable manifest");
        });
    }

    @Test
    void manyRowsAreAllKept() throws IOException {
        StringBuilder manifest = new StringBuilder("file,title\n");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String name = "doc-" + i + ".txt";
            Files.writeString(input.resolve(name), "Text " + i + ".");
            manifest.append(name).append(",Title ").append(i).append('\n');
            names.add(name);
        }

        ManifestReader.Result result = read(manifest.toString());

        assertThat(result.rejected()).isEmpty();
        assertThat(result.rows().keySet()).containsExactlyElementsOf(names);
        assertThat(result.rows().get("doc-2999.txt").title()).isEqualTo("Title 2999");
    }
}
