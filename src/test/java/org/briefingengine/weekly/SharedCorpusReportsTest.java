package org.briefingengine.weekly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefingengine.CsvRows;
import org.briefingengine.TestCorpora;
import org.briefingengine.ops.BriefingCommandLine;
import org.briefingengine.report.ReportReadBack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19 on the five real documents of ../shared/corpus, in one run: numbers that reconcile between the annex,
 * the CSVs and the briefing; no byline-only compilation part; mechanisms named apart from UN offices; and the
 * briefing's text layer holding the mechanism names and counts.
 */
class SharedCorpusReportsTest {

    @TempDir
    static Path tmp;

    static Path week;
    static String output;

    @BeforeAll
    static void runOnTheRealCorpus() throws IOException {
        assumeThat(TestCorpora.shared()).as("../shared/corpus").isPresent();
        Path input = TestCorpora.copy(TestCorpora.shared().orElseThrow(), tmp.resolve("input"));
        week = tmp.resolve("output/weekly-briefing/2022-W21");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int exit = new BriefingCommandLine(Path.of("").toAbsolutePath(), print, print).execute("run",
                "weekly-briefing", "--input=" + input, "--output=" + tmp.resolve("output"),
                "--db=" + tmp.resolve("db/briefing"), "--week=2022-W21");
        output = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(output).isZero();
    }

    @Test
    void everyMechanismWeekTotalReconcilesWithTheCumulativeCountAndTheCitationRows() throws Exception {
        Map<String, Long> perMechanism = CsvRows.read(week.resolve("citations.csv")).stream()
                .collect(Collectors.groupingBy(c -> c.get("mechanism"), Collectors.counting()));
        try (XSSFWorkbook annex = new XSSFWorkbook(Files.newInputStream(week.resolve("annex.xlsx")))) {
            XSSFSheet sheet = annex.getSheet("Mechanism × week");
            List<String> headers = headers(sheet.getRow(0));
            assertThat(headers).startsWith("mechanism", "family").endsWith("undated", "total");
            Map<String, Double> cumulative = summaryCumulative(annex.getSheet("Summary"));
            long undatedCitations = 0;
            long total = 0;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String mechanism = row.getCell(0).getStringCellValue();
                double sum = 0;
                for (int c = 2; c < headers.size() - 1; c++) {
                    sum += row.getCell(c).getNumericCellValue();
                }
                double rowTotal = row.getCell(headers.size() - 1).getNumericCellValue();
                assertThat(sum).as(mechanism + ": weeks + undated").isEqualTo(rowTotal);
                assertThat(rowTotal).as(mechanism + ": total against the Summary's cumulative count")
                        .isEqualTo(cumulative.getOrDefault(mechanism, 0.0));
                assertThat((long) rowTotal).as(mechanism + ": total against citations.csv")
                        .isEqualTo(perMechanism.getOrDefault(mechanism, 0L));
                undatedCitations += (long) row.getCell(headers.size() - 2).getNumericCellValue();
                total += (long) rowTotal;
            }
            assertThat(total).isEqualTo(perMechanism.values().stream().mapToLong(Long::longValue).sum());
            assertThat(undatedCitations).as("the real corpus has undated documents citing mechanisms").isPositive();
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("CHARTER");
        }
    }

    @Test
    void theCompilationHasNoBylineOnlyPartAndTheSummarySpeaksOfFilesAndParts() throws Exception {
        List<Map<String, String>> documents = CsvRows.read(week.resolve("documents.csv"));
        assertThat(documents).filteredOn(d -> d.get("document").startsWith("004_"))
                .extracting(d -> d.get("publisher")).doesNotContain("Reuters").hasSize(3);
        assertThat(documents).allSatisfy(d -> assertThat(Integer.parseInt(d.get("characters"))).isGreaterThan(500));
        String summary = summary();
        assertThat(summary).contains("of 7 in the corpus (5 files, 1 of them a compilation split into 3 parts");
        assertThat(Files.readString(latestLog())).contains("headed \u201cReuters\u201d, 2022-05-28 has no text of its own");
    }

    @Test
    void theHeadlineNamesAMechanismAndCountsUnOfficesApart() throws Exception {
        String summary = summary();
        assertThat(summary).containsPattern("of UN human-rights mechanisms this week \\(\\d+ in all\\); most cited: ")
                .doesNotContain("most cited: Office of the United Nations High Commissioner")
                .contains("UN offices, officials and agencies, counted apart:");
        String text = ReportReadBack.text(week.resolve("briefing.pdf"));
        // The chart's numbers are in the text layer: full names, a table row per mechanism.
        assertThat(text).contains("Special Procedures", "Office of the United Nations High Commissioner for Human Rights",
                "UN human-rights mechanisms", "UN offices, officials and agencies (counted apart)");
        assertThat(text).containsPattern("Special Procedures SP \\d+ \\d+ \\d+");
        assertThat(text).doesNotContain("Hi…");
    }

    @Test
    void noHeadingIsStrandedAtAPageBottom() throws Exception {
        List<String> headings = List.of("Executive summary", "What changed since last week", "Conditions at a glance",
                "Key quotes per condition", "Citations per mechanism", "Trend across weeks", "Formal references",
                "Sources", "Method", "UN human-rights mechanisms", "UN offices, officials and agencies (counted apart)");
        List<String> pages = ReportReadBack.pages(week.resolve("briefing.pdf"));
        for (int p = 0; p < pages.size() - 1; p++) {
            assertThat(ReportReadBack.lastBodyLine(pages.get(p))).as("last line of page " + (p + 1))
                    .isNotIn(headings);
        }
    }

    @Test
    void headersStayWholeAndQuotesCarryNoDoubledMarks() throws Exception {
        List<String> tokens = ReportReadBack.tokens(String.join("\n", ReportReadBack.pages(week.resolve("briefing.pdf"))));
        assertThat(tokens).contains("Supporting", "Contradicting", "Documents")
                .doesNotContain("Suppor", "Contradic", "Docum", "Mechanis", "ting", "ents");
        assertThat(ReportReadBack.text(week.resolve("briefing.pdf")))
                .doesNotContain("\u201c\"", "\"\u201d", "\u201d\u201d", "\u201c\u201c");
    }

    /** The executive summary's text, from the PDF. */
    private static String summary() throws IOException {
        String text = String.join("\n", ReportReadBack.pages(week.resolve("briefing.pdf"))).replaceAll("\\s+", " ");
        int start = text.indexOf("Executive summary", text.indexOf("Contents") + 200);
        return text.substring(start, text.indexOf("What changed since last week", start));
    }

    private static Path latestLog() throws IOException {
        try (var logs = Files.list(tmp.resolve("output/weekly-briefing/logs"))) {
            return logs.max(java.util.Comparator.comparing(Path::getFileName)).orElseThrow();
        }
    }

    private static List<String> headers(Row row) {
        List<String> names = new java.util.ArrayList<>();
        for (Cell cell : row) {
            names.add(cell.getStringCellValue());
        }
        return names;
    }

    /** Column E (cumulative) of the Summary's mechanism table, by code (column A). */
    private static Map<String, Double> summaryCumulative(XSSFSheet summary) {
        Map<String, Double> out = new HashMap<>();
        boolean inTable = false;
        for (Row row : summary) {
            Cell first = row.getCell(0);
            String a = first == null ? "" : first.toString();
            if (a.equals("mechanism") && row.getCell(4) != null && row.getCell(4).toString().equals("cumulative")) {
                inTable = true;
                continue;
            }
            if (inTable) {
                if (row.getCell(4) == null || row.getCell(4).getCellType() != org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    break;
                }
                out.put(a, row.getCell(4).getNumericCellValue());
            }
        }
        return out;
    }
}
