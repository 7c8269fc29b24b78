package org.briefingengine.weekly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefingengine.CsvRows;
import org.briefingengine.ops.BriefingCommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job on a folder of bad and tricky files, written here in the test's own words: the job completes,
 * every file is either read or rejected with a reason, nothing outside the folder is read, a text repeated in
 * a second file is not counted twice, and sentences that look like formulas never become formulas.
 */
class HostileCorpusJobTest {

    @TempDir
    Path tmp;

    @Test
    void everyFileIsAccountedForAndTheJobCompletes() throws Exception {
        Path input = tmp.resolve("input");
        Files.createDirectories(input.resolve("nested"));
        Files.writeString(tmp.resolve("secret.txt"), "The Committee against Torture must never be read from here.");
        String statement = "The Working Group on Arbitrary Detention asked for access to the prison.\n\n"
                + "=HYPERLINK(\"http://attacker.example\",\"x\") claims the Human Rights Council agreed.\n\n"
                + "+Special Procedures wrote to the government twice.\n\n"
                + "-The High Commissioner replied without details.\n\n"
                + "@CERD noted the reply.\n";
        Files.writeString(input.resolve("statement.txt"), statement);
        Files.writeString(input.resolve("nested/statement-copy.txt"), statement);
        Files.write(input.resolve("empty.txt"), new byte[0]);
        Files.write(input.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 7, 8, 0, 1});
        Files.writeString(input.resolve("fake.pdf"), "this is not a PDF at all");
        Files.writeString(input.resolve("fake.docx"), "nor is this a Word file");
        Files.writeString(input.resolve("notes.xyz"), "an unknown format");
        Files.write(input.resolve("latin1.txt"),
                "Le Comit\u00e9 des droits de l'homme a examin\u00e9 le rapport.".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(input.resolve("manifest.csv"), """
                file,title,publisher,published,source_type,url
                statement.txt,A statement,Test NGO,2022-05-25,ngo,https://example.org/statement
                ../secret.txt,Escape attempt,Nobody,2022-05-25,ngo,
                /etc/passwd,Absolute path,Nobody,2022-05-25,ngo,
                missing.txt,Not there,Nobody,2022-05-25,ngo,
                latin1.txt,Accented,Someone,not a date,ngo,
                """);

        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
        int exit = new BriefingCommandLine(Path.of("").toAbsolutePath(), out, out).execute("run", "weekly-briefing",
                "--input=" + input, "--output=" + tmp.resolve("output"), "--db=" + tmp.resolve("db/engine"),
                "--week=2022-W21");
        assertThat(exit).as(console.toString(StandardCharsets.UTF_8)).isZero();

        Path week = tmp.resolve("output/weekly-briefing/2022-W21");
        List<Map<String, String>> documents = CsvRows.read(week.resolve("documents.csv"));
        List<Map<String, String>> rejected = CsvRows.read(week.resolve("rejected.csv"));
        Set<String> accounted = new HashSet<>();
        documents.forEach(d -> accounted.add(d.get("document").replaceFirst("#\\d+$", "")));
        rejected.forEach(r -> accounted.add(r.get("file")));
        assertThat(accounted).contains("statement.txt", "nested/statement-copy.txt", "empty.txt", "binary.txt",
                "fake.pdf", "fake.docx", "notes.xyz", "latin1.txt", "../secret.txt", "/etc/passwd", "missing.txt");
        assertThat(rejected).allSatisfy(r -> assertThat(r.get("reason")).isNotBlank());
        assertThat(rejected).extracting(r -> r.get("file"))
                .contains("empty.txt", "binary.txt", "fake.pdf", "fake.docx", "notes.xyz", "../secret.txt", "/etc/passwd", "missing.txt");

        assertThat(documents).filteredOn(d -> d.get("document").equals("nested/statement-copy.txt"))
                .extracting(d -> d.get("duplicate_of")).containsExactly("statement.txt");
        List<Map<String, String>> citations = CsvRows.read(week.resolve("citations.csv"));
        assertThat(citations).extracting(c -> c.get("document")).doesNotContain("nested/statement-copy.txt");
        assertThat(citations).extracting(c -> c.get("mechanism")).doesNotContain("CAT");
        assertThat(citations).filteredOn(c -> c.get("document").equals("statement.txt"))
                .extracting(c -> c.get("quote")).isNotEmpty()
                .allSatisfy(q -> assertThat(q).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@")
                        .doesNotStartWith("-"));
        assertThat(documents).filteredOn(d -> d.get("document").equals("latin1.txt"))
                .extracting(d -> d.get("title")).allSatisfy(t -> assertThat(t).doesNotContain("\ufffd"));

        try (InputStream in = Files.newInputStream(week.resolve("annex.xlsx")); XSSFWorkbook annex = new XSSFWorkbook(in)) {
            for (Sheet sheet : annex) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as("%s!%s", sheet.getSheetName(), cell.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
    }

}
