package org.briefingengine.weekly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.briefingengine.CsvRows;
import org.briefingengine.corpus.SegmentedDocument;
import org.briefingengine.ChildJvm;
import org.briefingengine.ChildJvm.Child;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, defects 3, 4 and 10, as ops met them: the packaged jar in the documented 256 MB heap, on a folder
 * holding a 100 KB and a 19 MB text with no full stop, a 4-5 MB .docx whose document.xml inflates to 150 MB
 * (within POI's ratio and size guards) and random bytes named .txt. Every run completes, the bad files are listed
 * in rejected.csv with their reasons, the long texts are analysed with bounded quotes, and SIGTERM stops a run
 * promptly while the 19 MB text is analysed.
 */
class OversizedFilesIT {

    private static final Duration RUN_LIMIT = Duration.ofMinutes(6);

    @TempDir
    Path tmp;

    /** The input folder, written once for both tests: the engine only reads it. */
    @TempDir
    static Path shared;

    private static Path input;

    @BeforeAll
    static void hostileFolder() throws IOException {
        input = shared.resolve("input");
        Files.createDirectories(input);
        Files.writeString(input.resolve("statement.txt"),
                "The Working Group on Arbitrary Detention asked for access to the prison.\n");
        runOn(input.resolve("run-on-100k.txt"), 100_000, 90);
        runOn(input.resolve("run-on-19mb.txt"), 19 * 1024 * 1024, 20_000);
        hugeDocx(input.resolve("memo.docx"), 150L * 1024 * 1024);
        byte[] random = new byte[200_000];
        Random bytes = new Random(18);
        for (int i = 0; i < random.length; i++) {
            random[i] = (byte) (0x20 + bytes.nextInt(0xE0));
        }
        Files.write(input.resolve("random.txt"), random);
        StringBuilder manifest = new StringBuilder("file,title,publisher,published,source_type,url\n");
        for (String file : List.of("statement.txt", "run-on-100k.txt", "run-on-19mb.txt", "memo.docx", "random.txt")) {
            manifest.append(file).append(",").append(file).append(",Test NGO,2022-05-25,ngo,\n");
        }
        Files.writeString(input.resolve("manifest.csv"), manifest);
    }

    @Test
    void everyRunCompletesInA256MbHeapAndListsTheFilesItCouldNotRead() throws Exception {
        for (int run = 1; run <= 2; run++) {
            Result result = run("--db=" + tmp.resolve("db/engine"), "--output=" + tmp.resolve("out-" + run));
            assertThat(result.exit()).as(result.output()).isZero();

            Path week = tmp.resolve("out-" + run).resolve("weekly-briefing/2022-W21");
            List<Map<String, String>> rejected = CsvRows.read(week.resolve("rejected.csv"));
            assertThat(rejected).extracting(r -> r.get("file")).containsExactlyInAnyOrder("memo.docx", "random.txt");
            assertThat(reason(rejected, "memo.docx")).contains("too much text");
            assertThat(reason(rejected, "random.txt")).contains("binary content");
            assertThat(CsvRows.read(week.resolve("documents.csv"))).extracting(d -> d.get("document"))
                    .containsExactly("run-on-100k.txt", "run-on-19mb.txt", "statement.txt");
            List<Map<String, String>> citations = CsvRows.read(week.resolve("citations.csv"));
            assertThat(citations).extracting(c -> c.get("document"))
                    .contains("run-on-100k.txt", "run-on-19mb.txt", "statement.txt");
            assertThat(citations).allSatisfy(c ->
                    assertThat(c.get("quote").length()).isLessThanOrEqualTo(SegmentedDocument.MAX_QUOTE_CHARS));
        }
    }

    @Test
    void sigtermStopsARunWhileTheLongTextIsAnalysedAndTheNextRunCompletes() throws Exception {
        Path db = tmp.resolve("db/engine");
        Child child = start("--db=" + db, "--output=" + tmp.resolve("out"));
        awaitLog(tmp.resolve("out"), "analysing run-on-19mb.txt");
        child.process().destroy();
        assertThat(child.process().waitFor(90, TimeUnit.SECONDS)).as("stopped promptly: %s", child.output()).isTrue();
        assertThat(child.output()).contains("step analyse STOPPED").doesNotContain("rejected run-on-19mb.txt");

        Result next = run("--db=" + db, "--output=" + tmp.resolve("out"));
        assertThat(next.exit()).as(next.output()).isZero();
        assertThat(CsvRows.read(tmp.resolve("out/weekly-briefing/2022-W21/citations.csv")))
                .extracting(c -> c.get("document")).contains("run-on-19mb.txt");
    }

    private static String reason(List<Map<String, String>> rejected, String file) {
        return rejected.stream().filter(r -> r.get("file").equals(file)).findFirst().orElseThrow().get("reason");
    }

    /** Clauses with no full stop and no line break; one in {@code every} characters or so cites a mechanism. */
    private static void runOn(Path file, int chars, int every) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            int written = 0;
            int sinceMention = every;
            for (int i = 0; written < chars; i++) {
                String clause;
                if (sinceMention >= every) {
                    clause = "the Committee against Torture heard witness " + i + " describe the cells, ";
                    sinceMention = 0;
                } else {
                    clause = "and witness " + i + " spoke of the long road and the rain that week, ";
                }
                out.write(clause);
                written += clause.length();
                sinceMention += clause.length();
            }
        }
    }

    /** A .docx whose document.xml inflates to {@code xmlBytes} of paragraphs, about 30 times its packed size. */
    private static void hugeDocx(Path file, long xmlBytes) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(raw)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType="
                    + "\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\""
                    + " ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType="
                    + "\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                    + "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas."
                    + "openxmlformats.org/wordprocessingml/2006/main\"><w:body>").getBytes(StandardCharsets.UTF_8));
            long written = 0;
            for (int i = 0; written < xmlBytes; i++) {
                byte[] p = ("<w:p><w:pPr><w:spacing w:after=\"120\"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="
                        + "\"preserve\">Paragraph " + i + " of a long memo: the panel asked again to visit the prison"
                        + " and to meet detainees in private. </w:t></w:r></w:p>").getBytes(StandardCharsets.UTF_8);
                zip.write(p);
                written += p.length;
            }
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private record Result(int exit, String output) {
    }

    private Child start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("run", "weekly-briefing", "--input=" + input, "--week=2022-W21"));
        command.addAll(List.of(args));
        return ChildJvm.start(tmp, command);
    }

    private Result run(String... args) throws Exception {
        Child child = start(args);
        assertThat(child.process().waitFor(RUN_LIMIT.toSeconds(), TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Result(child.process().exitValue(), child.output());
    }

    private static void awaitLog(Path output, String line) throws Exception {
        ChildJvm.awaitLog(output, line, RUN_LIMIT);
    }
}
