package org.briefingengine.weekly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefingengine.CsvRows;
import org.briefingengine.TestCorpora;
import org.briefingengine.ops.BriefingCommandLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The weekly job as ops run it, on a copy of the five real documents of ../shared/corpus: the outputs are read
 * back (CSV with OpenCSV, the annex with POI, the briefing with PDFBox), then the corpus is run again unchanged,
 * edited and shrunk, as a real archive would be from week to week.
 */
class SharedCorpusFunctionalTest {

    private static final String[] CONDITIONS = {"report-released", "civil-society-before", "detainee-meetings",
            "access-transparency", "special-procedures-in-team", "freedom-of-movement", "detention-access",
            "confidential-contact", "documentary-access", "security-not-prejudicial", "no-reprisals",
            "interview-confidentiality", "civil-society-participation", "un-information-used", "breach-reporting"};

    @TempDir
    Path tmp;

    private Path input;
    private Path week;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void copyTheRealCorpus() throws IOException {
        assumeThat(TestCorpora.shared()).as("../shared/corpus").isPresent();
        input = TestCorpora.copy(TestCorpora.shared().orElseThrow(), tmp.resolve("input"));
        week = tmp.resolve("output/weekly-briefing/2022-W21");
    }

    @Test
    void writesTheContractOutputsAndRerunsIncrementally() throws Exception {
        assertThat(run()).as(out.toString(StandardCharsets.UTF_8)).isZero();

        List<Map<String, String>> documents = csv("documents.csv");
        assertThat(documents).extracting(d -> d.get("status")).containsOnly("new");
        assertThat(documents).extracting(d -> d.get("document")).contains("000_0064d008ea604ed5.txt",
                "001_7e9babe4acbbf5d0.txt", "002_bb5ef1314f807158.txt", "003_0da30a6a849cf9c6.txt");
        assertThat(documents).filteredOn(d -> d.get("document").startsWith("003_"))
                .extracting(d -> d.get("published")).containsExactly("2022-05-28");
        assertThat(csv("rejected.csv")).isEmpty();

        List<Map<String, String>> assessments = csv("assessments.csv");
        assertThat(assessments).extracting(a -> a.get("condition")).containsExactly(CONDITIONS);
        assertThat(assessments).extracting(a -> a.get("status"))
                .allMatch(s -> List.of("MET", "PARTLY_MET", "NOT_MET", "CONTESTED", "NO_EVIDENCE").contains(s));

        List<Map<String, String>> citations = csv("citations.csv");
        assertThat(citations).extracting(c -> c.get("mechanism")).contains("SP", "CERD", "CESCR", "CEDAW", "HRC", "OHCHR");
        assertThat(citations).extracting(c -> c.get("reference")).contains("CHN 13/2018", "E/CN.4/1998/45");
        // Offsets point into the stored text: the matched span is found again inside the quoted sentence.
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + tmp.resolve("db/briefing"), "sa", "")) {
            for (Map<String, String> c : citations) {
                String match = storedText(db, c.get("document"))
                        .substring(Integer.parseInt(c.get("start")), Integer.parseInt(c.get("end")));
                assertThat(c.get("quote")).as("quote of %s", c).contains(match.replaceAll("\\s+", " ").strip());
            }
        }
        List<Map<String, String>> evidence = csv("evidence.csv");
        assertThat(evidence).extracting(e -> e.get("stance")).containsAnyOf("supports", "contradicts");

        try (InputStream in = Files.newInputStream(week.resolve("annex.xlsx")); XSSFWorkbook annex = new XSSFWorkbook(in)) {
            Sheet sheet = annex.getSheet("Citations");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(citations.size());
            assertThat(annex.getSheet("Conditions").getLastRowNum()).isGreaterThanOrEqualTo(CONDITIONS.length);
        }
        try (PDDocument pdf = Loader.loadPDF(week.resolve("briefing.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("2022-W21");
            for (Map<String, String> a : assessments.subList(0, 3)) {
                assertThat(text).contains(a.get("title").replaceAll("\\s+", " "));
            }
        }

        // Unchanged corpus: nothing is read or analysed again, and the exports are the same.
        String citationsBefore = Files.readString(week.resolve("citations.csv"));
        assertThat(run()).isZero();
        assertThat(csv("documents.csv")).extracting(d -> d.get("status")).containsOnly("unchanged");
        assertThat(Files.readString(week.resolve("citations.csv"))).isEqualTo(citationsBefore);
        assertThat(latestLog()).contains("ingest: 0 new, 0 changed, 5 unchanged (not read again), 0 rejected")
                .contains("step analyse COMPLETED: read 0,");

        // One edited file: only its rows change.
        Files.writeString(input.resolve("003_0da30a6a849cf9c6.txt"),
                "\nAn addendum written for this test asks the Committee against Torture to follow up.\n",
                StandardOpenOption.APPEND);
        assertThat(run()).isZero();
        Map<String, String> statuses = csv("documents.csv").stream()
                .collect(Collectors.toMap(d -> d.get("document"), d -> d.get("status")));
        assertThat(statuses).containsEntry("003_0da30a6a849cf9c6.txt", "changed");
        assertThat(statuses.entrySet()).filteredOn(e -> !e.getKey().startsWith("003_"))
                .extracting(Map.Entry::getValue).containsOnly("unchanged");
        assertThat(csv("citations.csv")).filteredOn(c -> c.get("mechanism").equals("CAT"))
                .extracting(c -> c.get("document")).containsExactly("003_0da30a6a849cf9c6.txt");

        // A removed file leaves the cumulative picture.
        Files.delete(input.resolve("000_0064d008ea604ed5.txt"));
        assertThat(run()).isZero();
        assertThat(csv("documents.csv")).extracting(d -> d.get("document")).doesNotContain("000_0064d008ea604ed5.txt");
        assertThat(csv("citations.csv")).extracting(c -> c.get("document")).doesNotContain("000_0064d008ea604ed5.txt");

        // A touched file (same bytes, later time) counts as unchanged, and its new stamp is stored so that the
        // next run does not hash it again.
        Path touched = input.resolve("003_0da30a6a849cf9c6.txt");
        String stampBefore = storedStamp("003_0da30a6a849cf9c6.txt");
        Files.setLastModifiedTime(touched, FileTime.fromMillis(Files.getLastModifiedTime(touched).toMillis() + 60_000));
        assertThat(run()).isZero();
        assertThat(csv("documents.csv")).extracting(d -> d.get("status")).containsOnly("unchanged");
        assertThat(latestLog()).contains("ingest: 0 new, 0 changed, 4 unchanged (not read again), 1 rejected");   // the manifest row of the removed file
        assertThat(storedStamp("003_0da30a6a849cf9c6.txt")).isNotEqualTo(stampBefore).isNotBlank();
    }

    private String storedStamp(String path) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + tmp.resolve("db/briefing"), "sa", "");
             PreparedStatement q = db.prepareStatement("SELECT STAMP FROM BE_FILE WHERE PATH = ?")) {
            q.setString(1, path);
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).as("stored file %s", path).isTrue();
                return rs.getString(1);
            }
        }
    }

    private static String storedText(Connection db, String document) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT TEXT FROM BE_DOCUMENT WHERE ID = ?")) {
            q.setString(1, document);
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).as("stored document %s", document).isTrue();
                return rs.getString(1);
            }
        }
    }

    private List<Map<String, String>> csv(String name) throws Exception {
        return CsvRows.read(week.resolve(name));
    }

    /** The log file of the latest run: one per run, under the output folder. */
    private String latestLog() throws IOException {
        try (var logs = Files.list(tmp.resolve("output/weekly-briefing/logs"))) {
            return Files.readString(logs.max(java.util.Comparator.comparing(Path::getFileName)).orElseThrow());
        }
    }

    private int run() {
        BriefingCommandLine cli = new BriefingCommandLine(Path.of("").toAbsolutePath(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
        return cli.execute("run", "weekly-briefing", "--input=" + input, "--output=" + tmp.resolve("output"),
                "--db=" + tmp.resolve("db/briefing"), "--week=2022-W21");
    }

}
