package org.briefingengine.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.briefingengine.assessment.ConditionAssessment;
import org.briefingengine.assessment.Evidence;
import org.briefingengine.assessment.Stance;
import org.briefingengine.assessment.Status;
import org.briefingengine.report.BriefingReport;
import org.briefingengine.report.BriefingReport.DocumentRow;
import org.briefingengine.report.BriefingReport.MechanismCount;
import org.briefingengine.report.BriefingReport.MechanismWeek;
import org.briefingengine.report.ReportReadBack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 19's PDF items, read back with PDFBox from a briefing written for them: the mechanism table, whole
 * header words, single quotation marks, one NO_EVIDENCE sentence, the claims note, links to the official record,
 * file names, compact contents and the trend's time axis.
 */
class BriefingReadabilityTest {

    static Path pdf;
    static String text;
    static List<String> pages;

    @BeforeAll
    static void write() throws IOException {
        pdf = PdfBriefingWriterTest.dir.resolve("briefing-readability.pdf");
        new PdfBriefingWriter(Paths.get("templates")).write(report(), pdf);
        text = ReportReadBack.text(pdf);
        pages = ReportReadBack.pages(pdf);
    }

    /** The full fixture, with quotes that bring their own quotation marks and a condition with claims only. */
    static BriefingReport report() {
        BriefingReport full = BriefingFixtures.full();
        List<ConditionAssessment> conditions = new ArrayList<>(full.conditions());
        conditions.replaceAll(c -> !c.condition().equals("confidential-contact") ? c : new ConditionAssessment(c.rubric(),
                c.condition(), c.title(), c.status(), c.engineStatus(), 0, 0, 0,
                "No document in the corpus speaks to this condition.", false, "", ""));
        conditions.add(new ConditionAssessment(BriefingFixtures.RUBRIC, "claims-only", "Officials keep out of interviews",
                Status.NO_EVIDENCE, Status.NO_EVIDENCE, 1, 0, 1,
                "Only claims by Xinhua speak to this condition, and a claim alone never establishes it.", false, "", ""));
        Map<String, List<Evidence>> quotes = new HashMap<>(full.keyQuotes());
        quotes.put("no-reprisals", List.of(
                evidence("no-reprisals", "\"A visit without reprisals is the minimum we ask for.\""),
                evidence("no-reprisals", "The envoy said she \u201cwas told no one would be punished by the Government.\u201d")));
        List<DocumentRow> documents = new ArrayList<>();
        full.documents().forEach(documents::add);
        documents.add(new DocumentRow("a-rather-long-folder-name/statement-of-the-coalition-2022.md", 0,
                "Coalition statement", "Coalition", LocalDate.of(2022, 5, 25), "ngo", "", 900, "cd34", "new", true, ""));
        List<MechanismWeek> weeks = new ArrayList<>(full.mechanismWeeks());
        weeks.add(new MechanismWeek("SP", "2021-W50", 2));
        List<MechanismCount> mechanisms = new ArrayList<>(full.mechanisms());
        mechanisms.set(2, new MechanismCount("SP", "CHARTER", "Special Procedures", 5, 23, 2));
        return new BriefingReport(full.run(), full.findings(), conditions, full.changes(), quotes, mechanisms, weeks,
                full.references(), documents, full.rejected(), BriefingFixtures.untouchable(),
                BriefingFixtures.untouchable());
    }

    private static Evidence evidence(String condition, String quote) {
        return new Evidence(BriefingFixtures.RUBRIC, condition, Stance.SUPPORTS, "doc-un-2.txt",
                "Office of the Special Rapporteur", LocalDate.of(2022, 5, 25), "un", quote, 0, quote.length(), "",
                "rule-1");
    }

    @Test
    void mechanismNumbersAreATableInTheTextLayerMostCitedFirstWithFullNames() {
        assertThat(text).contains("UN human-rights mechanisms Name Code This week Cumulative Undated");
        int sp = text.indexOf("Special Procedures SP 5 23 2");
        int hrc = text.indexOf("Human Rights Council HRC 2 9 0");
        int cerd = text.indexOf("Committee on the Elimination of Racial Discrimination CERD 1 6 0");
        int upr = text.indexOf("Universal Periodic Review UPR 0 3 0");
        int offices = text.indexOf("UN offices, officials and agencies (counted apart)");
        int ohchr = text.indexOf("Office of the High Commissioner OHCHR 7 15 0");
        assertThat(List.of(sp, hrc, cerd, upr, offices, ohchr)).doesNotContain(-1).isSorted();
        assertThat(text.indexOf("International Labour Organization ILO 0 2 0")).isGreaterThan(ohchr);
    }

    @Test
    void tableHeadersAreWholeWords() {
        List<String> tokens = ReportReadBack.tokens(String.join("\n", pages));
        assertThat(tokens).contains("Supporting", "Contradicting", "Documents", "Mechanism", "Cumulative");
        assertThat(tokens).doesNotContain("Suppor", "Supporti", "Contradic", "Contradict", "Docum", "Docume",
                "Mechanis", "Cumulati", "ting", "ents", "m");
    }

    @Test
    void quotesNeverShowDoubledQuotationMarks() {
        assertThat(text).contains("\u201cA visit without reprisals is the minimum we ask for.\u201d")
                .contains("\u2018was told no one would be punished by the Government.\u2019\u201d")
                .doesNotContain("\u201c\"", "\"\u201d", "\u201d\u201d", "\u201c\u201c");
        assertThat(text).contains("\u201cremain unpublished\u201d"); // quotes inside a quote stay as they are
    }

    @Test
    void noEvidenceSaysSoOnceAndUncountedClaimsAreExplained() {
        int at = text.lastIndexOf("Contact in confidence");
        String block = text.substring(at, text.indexOf("Officials keep out of interviews", at));
        assertThat(block).contains("No document in the corpus speaks to this condition.")
                .doesNotContain("No quote in the corpus speaks to this condition.");
        // A condition without a rationale still says it has no quote.
        at = text.lastIndexOf("Meetings with people in detention");
        assertThat(text.substring(at, text.indexOf("No reprisals against", at)))
                .contains("No quote in the corpus speaks to this condition.");
        assertThat(text).contains("1 \u2020").contains("\u2020 Claims only: the engine found no evidence");
    }

    @Test
    void documentSymbolsLinkToTheOfficialDocumentSystem() throws IOException {
        List<String> uris = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
        }
        assertThat(uris).contains("https://docs.un.org/en/A/HRC/51/12", "https://docs.un.org/en/CERD/C/CHN/CO/14-17")
                .noneMatch(u -> u.contains("CHN 13/2018") || u.contains("CHN%2013"));
    }

    @Test
    void fileNamesDoNotBreakAtTheirDots() {
        List<String> tokens = ReportReadBack.tokens(String.join("\n", pages));
        assertThat(tokens).contains("doc-ngo-1.md,", "doc-un-2.txt,");
        assertThat(tokens).noneMatch(t -> t.matches("\\.?(md|txt)\\b.*")).doesNotContain("doc-ngo-1.", "doc-un-2.");
    }

    @Test
    void contentsShareTheirPageWithTheExecutiveSummary() {
        String page = pages.stream().filter(p -> p.contains("Contents")).findFirst().orElseThrow();
        assertThat(page.lines().map(String::strip)).contains("Executive summary");
        assertThat(page.indexOf("1 of 6 conditions met")).isPositive();
    }

    @Test
    void trendIsOnATimeAxisWithYearsAndSaysSo() {
        assertThat(text).contains("Citations per week of publication (ISO week), 2021-W50 to 2022-W21, to scale in"
                + " time; points only for weeks with documents; undated documents are not in the trend.");
    }
}
