package org.briefingengine.weekly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefingengine.CsvRows;
import org.briefingengine.TestCorpora;
import org.briefingengine.ops.BriefingCommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An analyst override through the job's review file, and status changes week over week, on the sample corpus:
 * the review shows in the CSV and the PDF beside the engine's status, is recorded in H2 once, and a review naming
 * an unknown condition is reported in rejected.csv.
 */
class ReviewAndHistoryTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @Test
    void anOverrideIsAppliedReportedAndRecordedAndWeeklyChangesAreListed() throws Exception {
        Path home = tmp.resolve("home");
        Files.createDirectories(home.resolve("jobs"));
        Files.copy(Path.of("jobs/weekly-briefing.yml"), home.resolve("jobs/weekly-briefing.yml"));
        Files.createSymbolicLink(home.resolve("templates"), Path.of("templates").toAbsolutePath());
        Files.writeString(home.resolve("jobs/weekly-briefing.review.csv"), """
                condition,status,note,reviewer
                breach-reporting,NOT_MET,"Our monitors logged a breach nobody reported",analyst-a
                no-such-condition,MET,typo in the id,analyst-b
                """);

        assertThat(run(home, "2022-W20")).as(console.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(run(home, "2022-W21")).as(console.toString(StandardCharsets.UTF_8)).isZero();

        Path week = home.resolve("output/weekly-briefing/2022-W21");
        Map<String, String> breach = CsvRows.read(week.resolve("assessments.csv")).stream()
                .filter(a -> a.get("condition").equals("breach-reporting")).findFirst().orElseThrow();
        assertThat(breach).containsEntry("status", "NOT_MET").containsEntry("reviewed", "true")
                .containsEntry("review_note", "Our monitors logged a breach nobody reported")
                .containsEntry("reviewer", "analyst-a");
        assertThat(breach.get("engine_status")).isNotEqualTo("NOT_MET");
        assertThat(CsvRows.read(week.resolve("rejected.csv"))).anySatisfy(r -> {
            assertThat(r.get("file")).isEqualTo("jobs/weekly-briefing.review.csv");
            assertThat(r.get("reason")).contains("no-such-condition");
        });

        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("data/briefing-engine"), "sa", "");
             Statement q = db.createStatement();
             ResultSet rs = q.executeQuery("SELECT CONDITION_ID, STATUS, PREVIOUS_STATUS, REVIEWER, RECORDED_AT FROM BE_REVIEW_HISTORY")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("breach-reporting");
            assertThat(rs.getString(2)).isEqualTo("NOT_MET");
            assertThat(rs.getString(3)).isEqualTo(breach.get("engine_status"));
            assertThat(rs.getString(4)).isEqualTo("analyst-a");
            assertThat(rs.getTimestamp(5)).isNotNull();
            assertThat(rs.next()).as("the same review is recorded once, not once per run").isFalse();
        }

        try (PDDocument pdf = Loader.loadPDF(week.resolve("briefing.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Our monitors logged a breach nobody reported");
            // W20 saw fewer documents than W21: at least one condition changed status, and the PDF lists it.
            List<Map<String, String>> w20 = CsvRows.read(home.resolve("output/weekly-briefing/2022-W20/assessments.csv"));
            List<Map<String, String>> w21 = CsvRows.read(week.resolve("assessments.csv"));
            List<String> changed = new ArrayList<>();
            for (int i = 0; i < w21.size(); i++) {
                if (!w20.get(i).get("status").equals(w21.get(i).get("status"))) {
                    changed.add(w21.get(i).get("title"));
                }
            }
            assertThat(changed).isNotEmpty();
            String sinceLastWeek = text.substring(text.lastIndexOf("What changed since last week"));
            assertThat(sinceLastWeek).contains(changed.get(0));
        }
    }

    private int run(Path home, String week) {
        PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
        return new BriefingCommandLine(home, out, out).execute("run", "weekly-briefing", "--input=" + TestCorpora.sample(),
                "--week=" + week);
    }

}
