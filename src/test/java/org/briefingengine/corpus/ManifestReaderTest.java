package org.briefingengine.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.groups.Tuple;
import org.briefingengine.TestDatabase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestReaderTest {

    @TempDir
    Path input;

    /** The manifest rows kept, by path in line order, and the rejections in the order rejected.csv lists them. */
    private record Result(Map<String, ManifestEntry> rows, List<Rejection> rejected) {
    }

    private Result read(String manifest) throws IOException {
        Path file = input.resolve(CorpusScanner.MANIFEST);
        Files.writeString(file, manifest);
        ScanStore store = new ScanStore(TestDatabase.withSchema("manifest"));
        try (ScanStore.Staging staging = store.begin()) {
            new ManifestReader().read(input, input.toRealPath(), file, staging);
        }
        Map<String, ManifestEntry> rows = new LinkedHashMap<>();
        store.manifestRows().forEach(row -> rows.put(row.file(), row));
        return new Result(rows, ScannedCorpus.readBack(store, input).rejected());
    }

    @Test
    void rowsAreKeyedByPathAndProblemsNameTheirLine() throws IOException {
        Files.writeString(input.resolve("a.txt"), "A text.");
        Files.writeString(input.resolve("b.txt"), "B text.");

        Result result = read(String.join("\n",
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

        Result result = read("file,title\nmissing.txt,Gone\na.txt,\"An unterminated title\n");

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

        Result result = read(manifest.toString());

        assertThat(result.rejected()).isEmpty();
        assertThat(result.rows().keySet()).containsExactlyElementsOf(names);
        assertThat(result.rows().get("doc-2999.txt").title()).isEqualTo("Title 2999");
    }

    @Test
    void duplicatesAreFoundAcrossBatchesAndRejectionsKeepTheLineOrder() throws IOException {
        StringBuilder manifest = new StringBuilder("file,published\n");
        int rows = 2 * ScanStore.BLOCK + 10;
        for (int i = 0; i < rows; i++) {
            String name = "doc-" + i + ".txt";
            Files.writeString(input.resolve(name), "Text " + i + ".");
            manifest.append(name).append(i == 700 ? ",someday" : ",2022-05-28").append('\n');
        }
        manifest.append("doc-3.txt,also someday\n")  // a duplicate, many batches after its first row: line 1012
                .append("missing.txt,2022-05-28\n")  // line 1013
                .append("doc-700.txt,2022-05-28\n") // line 1014: the first doc-700 row is kept, with its bad date
                .append("pair.txt,2022-05-20\n")    // line 1015
                .append("pair.txt,\n");             // line 1016: a duplicate in the same batch, without a date
        Files.writeString(input.resolve("pair.txt"), "Pair.");

        Result result = read(manifest.toString());

        assertThat(result.rows()).hasSize(rows + 1);
        assertThat(result.rows().get("pair.txt").published()).hasToString("2022-05-20");
        assertThat(result.rows().get("doc-3.txt").published()).hasToString("2022-05-28");
        assertThat(result.rows().get("doc-700.txt").published()).isNull();
        assertThat(result.rejected()).extracting(Rejection::file, Rejection::reason).containsExactly(
                Tuple.tuple("doc-700.txt", "unreadable date 'someday' in manifest (file read without the manifest date)"),
                Tuple.tuple("doc-3.txt", "duplicate manifest row (the first one is used)"),
                Tuple.tuple("missing.txt", "file not found"),
                Tuple.tuple("doc-700.txt", "duplicate manifest row (the first one is used)"),
                Tuple.tuple("pair.txt", "duplicate manifest row (the first one is used)"));
    }

    @Test
    void aManifestThatFailsAfterWholeBatchesWereStagedLeavesNothingStaged() throws IOException {
        StringBuilder manifest = new StringBuilder("file,title\n");
        for (int i = 0; i < ScanStore.BLOCK + 20; i++) { // rejections written to H2 before the failure
            manifest.append("missing-").append(i).append(".txt,Gone\n");
        }
        for (int i = 0; i < 3 * ScanStore.BLOCK; i++) {
            String name = "doc-" + i + ".txt";
            Files.writeString(input.resolve(name), "Text " + i + ".");
            manifest.append(name).append(",Title ").append(i).append('\n');
        }
        manifest.append("doc-1.txt,\"An unterminated title\n");

        Result result = read(manifest.toString());

        assertThat(result.rows()).isEmpty();
        assertThat(result.rejected()).extracting(Rejection::file).containsExactly(CorpusScanner.MANIFEST);
    }
}
