package org.briefingengine.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of awkward and hostile files: every file is either read or rejected with a reason, the job never
 * throws, and nothing outside the input folder is read.
 */
class HostileCorpusTest {

    private static final String OUTSIDE_MARKER = "OUTSIDE-SECRET-MARKER-7731";

    @TempDir
    Path tmp;

    @Test
    void everyFileIsAccountedForAndNothingOutsideIsRead() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("input"));
        Path outside = tmp.resolve("outside.txt");
        Files.writeString(outside, "This private note must never be read. " + OUTSIDE_MARKER + "\n");

        Files.writeString(input.resolve("good.txt"), "Fictional Monitor\n\n12 March 2021\n\n"
                + "The monitor visited three districts and met local advocates. It will report next month.\n");
        Files.write(input.resolve("empty.txt"), new byte[0]);
        Files.write(input.resolve("binary.txt"), new byte[] {'a', 0, 1, 2, 3, (byte) 0xFF, 0, 7});
        Files.write(input.resolve("latin.txt"), "Caf\u00e9 r\u00e9union \u2013 \u201cquoted\u201d words are here.\n"
                .getBytes(EncodingDetector.WINDOWS_1252));
        Files.writeString(input.resolve("notes.xyz"), "whatever\n");
        Files.writeString(input.resolve("not-a-zip.docx"), "I only pretend to be a Word document.\n");
        TestFiles.docxZipBomb(input.resolve("bomb.docx"));
        TestFiles.pdf(input.resolve("locked.pdf"), List.of(List.of("Locked words here.")), "user-pass");
        TestFiles.pdf(input.resolve("whole.pdf"), List.of(List.of("An intact page of text.")), null);
        byte[] pdf = Files.readAllBytes(input.resolve("whole.pdf"));
        Files.write(input.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 2));
        writeBigText(input.resolve("huge.txt"), 21L * 1024 * 1024);
        Files.createDirectories(input.resolve("sub"));
        Files.writeString(input.resolve("sub/nested.md"), "# Nested note\n\nA nested **markdown** file.\n");
        Files.createSymbolicLink(input.resolve("escape.txt"), outside);
        Files.createSymbolicLink(input.resolve("inside-link.txt"), input.resolve("good.txt"));
        Files.writeString(input.resolve(CorpusScanner.MANIFEST), String.join("\n",
                "file,title,publisher,published,source_type,url",
                "good.txt,A good file,Fictional Monitor,2021-03-12,ngo,https://example.org/a",
                "../outside.txt,Sneaky,,,,",
                outside.toAbsolutePath() + ",Absolute,,,,",
                "escape.txt,Linked,,,,",
                "missing.txt,Gone,,,,",
                "latin.txt,Latin,Some Group,not a date,ngo,",
                "sub/nested.md,,Human Rights Watch,28-May-2022,,") + "\n");

        ScannedCorpus scan = ScannedCorpus.of(input);
        DocumentParser parser = new DocumentParser();
        Map<String, String> rejected = new HashMap<>();
        scan.rejected().forEach(r -> rejected.merge(r.file(), r.reason(), (a, b) -> a + "; " + b));
        List<SourceDocument> documents = new ArrayList<>();
        Set<String> read = new HashSet<>();
        for (CorpusEntry entry : scan.entries()) {
            try {
                documents.addAll(parser.parse(entry));
                read.add(entry.relativePath());
            } catch (RejectedFileException e) {
                assertThat(e.getMessage()).isNotBlank().hasSizeLessThan(140);
                rejected.merge(entry.relativePath(), e.getMessage(), (a, b) -> a + "; " + b);
            }
        }

        assertThat(read).containsExactlyInAnyOrder("good.txt", "latin.txt", "sub/nested.md", "inside-link.txt",
                "whole.pdf");
        assertThat(rejected).containsKeys("empty.txt", "binary.txt", "notes.xyz", "not-a-zip.docx", "bomb.docx",
                "locked.pdf", "truncated.pdf", "huge.txt", "escape.txt", "../outside.txt",
                outside.toAbsolutePath().toString(), "missing.txt", "latin.txt");
        assertThat(rejected.get("empty.txt")).isEqualTo("empty file");
        assertThat(rejected.get("binary.txt")).contains("binary");
        assertThat(rejected.get("notes.xyz")).isEqualTo("unsupported file type .xyz");
        assertThat(rejected.get("not-a-zip.docx")).contains("not a zip");
        assertThat(rejected.get("bomb.docx")).contains("zip bomb");
        assertThat(rejected.get("locked.pdf")).contains("encrypted");
        assertThat(rejected.get("truncated.pdf")).contains("truncated");
        assertThat(rejected.get("huge.txt")).isEqualTo("too large (21 MB > 20 MB limit)");
        assertThat(rejected.get("escape.txt")).contains("outside the input folder");
        assertThat(rejected.get("../outside.txt")).contains("outside the input folder");
        assertThat(rejected.get(outside.toAbsolutePath().toString())).contains("absolute");
        assertThat(rejected.get("missing.txt")).isEqualTo("file not found");
        assertThat(rejected.get("latin.txt")).contains("unreadable date 'not a date'");

        // every file in the folder is accounted for
        try (var files = Files.walk(input)) {
            files.filter(p -> !Files.isDirectory(p)).map(p -> input.relativize(p).toString())
                    .filter(p -> !p.equals(CorpusScanner.MANIFEST))
                    .forEach(p -> assertThat(read.contains(p) || rejected.containsKey(p)).as(p).isTrue());
        }
        assertThat(documents).noneMatch(d -> d.text().contains(OUTSIDE_MARKER));
        Path realInput = input.toRealPath();
        assertThat(scan.entries()).allMatch(e -> e.path().startsWith(realInput));

        SourceDocument good = byId(documents, "good.txt");
        assertThat(good.title()).isEqualTo("A good file");
        assertThat(good.sourceType()).isEqualTo("ngo");
        SourceDocument latin = byId(documents, "latin.txt");
        assertThat(latin.text()).startsWith("Caf\u00e9 r\u00e9union \u2013 \u201cquoted\u201d");
        assertThat(latin.publisher()).isEqualTo("Some Group");
        assertThat(latin.published()).isNull();
        SourceDocument nested = byId(documents, "sub/nested.md");
        assertThat(nested.text()).isEqualTo("Nested note\nA nested markdown file.");
        assertThat(nested.published()).isEqualTo(LocalDate.of(2022, 5, 28));
        assertThat(nested.sourceType()).isEqualTo("ngo");
        assertThat(scan.entries()).extracting(CorpusEntry::relativePath).isSorted();
    }

    @Test
    void sizeLimitIsConfigurable() throws Exception {
        Path file = tmp.resolve("medium.txt");
        writeBigText(file, 300 * 1024);
        DocumentParser small = new DocumentParser(new ParserLimits(100 * 1024, 1024 * 1024, 1_000_000));
        CorpusEntry entry = new CorpusEntry(file, "medium.txt", null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> small.parse(entry))
                .isInstanceOf(RejectedFileException.class).hasMessage("too large (300 KB > 100 KB limit)");
        assertThat(new DocumentParser().parse(entry)).hasSize(1);
    }

    private static SourceDocument byId(List<SourceDocument> docs, String id) {
        return docs.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    private static void writeBigText(Path file, long bytes) throws IOException {
        byte[] line = "A line of filler text that repeats to make the file large.\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < bytes; written += line.length) {
                out.write(line);
            }
        }
    }
}
