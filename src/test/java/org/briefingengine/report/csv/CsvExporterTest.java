package org.briefingengine.report.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import org.briefingengine.assessment.ConditionAssessment;
import org.briefingengine.assessment.Evidence;
import org.briefingengine.assessment.Stance;
import org.briefingengine.assessment.Status;
import org.briefingengine.citation.Citation;
import org.briefingengine.report.BriefingReport;
import org.briefingengine.report.BriefingReport.DocumentRow;
import org.briefingengine.report.BriefingReport.RejectedFile;
import org.briefingengine.report.BriefingReport.RunInfo;
import org.briefingengine.report.RowStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExporterTest {

    @TempDir
    Path dir;

    @Test
    void headersStartWithTheContractColumns() throws Exception {
        new CsvExporter().write(report(List.of(), List.of()), dir);
        assertThat(read("citations.csv").get(0)).startsWith("document", "publisher", "published", "mechanism", "family",
                "reference", "quote", "start", "end");
        assertThat(read("assessments.csv").get(0)).startsWith("rubric", "condition", "title", "status", "supporting",
                "contradicting", "documents");
        assertThat(read("evidence.csv").get(0)).startsWith("rubric", "condition", "stance", "document", "publisher",
                "published", "quote", "start", "end");
        assertThat(read("documents.csv").get(0)).startsWith("document", "part", "title", "publisher", "published",
                "source_type", "characters", "sha256", "status");
        assertThat(read("rejected.csv").get(0)).containsExactly("file", "reason");
    }

    @Test
    void textThatLooksLikeAFormulaIsNeutralisedAndQuotesSurviveARoundTrip() throws Exception {
        List<Citation> citations = List.of(
                citation("=HYPERLINK(\"http://evil.example\",\"click\") said the Committee against Torture."),
                citation("+1 more call on the Human Rights Council, \"urgently\", with commas."),
                citation("-Special Rapporteurs wrote again."),
                citation("@OHCHR replied the next day."));
        Evidence evidence = new Evidence("r", "no-reprisals", Stance.CONTRADICTS, "a.txt", "=cmd|' /C calc'!A0",
                LocalDate.of(2022, 5, 28), "ngo", "@SUM(1+1) reprisals were reported.", 3, 40, "", "rule-1");
        new CsvExporter().write(report(citations, List.of(evidence)), dir);

        List<String[]> rows = read("citations.csv");
        assertThat(rows).hasSize(5);
        assertThat(rows.subList(1, 5)).extracting(r -> r[6]).containsExactly(
                "'=HYPERLINK(\"http://evil.example\",\"click\") said the Committee against Torture.",
                "'+1 more call on the Human Rights Council, \"urgently\", with commas.",
                "'-Special Rapporteurs wrote again.",
                "'@OHCHR replied the next day.");
        assertThat(rows.get(1)).containsExactly("a.txt", "Publisher", "2022-05-28", "CAT", "TREATY", "",
                rows.get(1)[6], "10", "20", "");
        String[] ev = read("evidence.csv").get(1);
        assertThat(ev[4]).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(ev[6]).isEqualTo("'@SUM(1+1) reprisals were reported.");
        assertThat(ev[2]).isEqualTo("contradicts");
    }

    @Test
    void everyConditionDocumentAndRejectionIsARow() throws Exception {
        new CsvExporter().write(report(List.of(), List.of()), dir);
        assertThat(read("assessments.csv").get(1)).startsWith("r", "no-reprisals", "No reprisals", "NOT_MET", "0", "2", "1");
        assertThat(read("documents.csv").get(1)).startsWith("a.txt", "0", "Title", "Publisher", "", "ngo", "120",
                "abc", "new");
        assertThat(read("rejected.csv").get(1)).containsExactly("b.bin", "unsupported file type .bin");
    }

    private static Citation citation(String quote) {
        return new Citation("a.txt", "Publisher", LocalDate.of(2022, 5, 28), "CAT", "TREATY", "", quote, 10, 20, "");
    }

    private static BriefingReport report(List<Citation> citations, List<Evidence> evidence) {
        RunInfo run = new RunInfo("weekly-briefing", "2022-W21", LocalDate.of(2022, 5, 23), LocalDate.of(2022, 5, 29),
                OffsetDateTime.now(), "input", "r", "Rubric", "f1", "f2", 1);
        ConditionAssessment condition = new ConditionAssessment("r", "no-reprisals", "No reprisals", Status.NOT_MET,
                Status.NOT_MET, 0, 2, 1, "", false, "", "");
        DocumentRow document = new DocumentRow("a.txt", 0, "Title", "Publisher", null, "ngo", "", 120, "abc", "new",
                false, "");
        return new BriefingReport(run, List.of(), List.of(condition), List.of(), Map.of(), List.of(), List.of(),
                List.of(), List.of(document), List.of(new RejectedFile("b.bin", "unsupported file type .bin")),
                RowStream.of(evidence), RowStream.of(citations));
    }

    private List<String[]> read(String name) throws IOException, CsvException {
        try (Reader in = Files.newBufferedReader(dir.resolve(name), StandardCharsets.UTF_8);
             CSVReader csv = new CSVReader(in)) {
            return csv.readAll();
        }
    }
}
