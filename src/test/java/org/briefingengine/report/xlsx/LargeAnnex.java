package org.briefingengine.report.xlsx;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.briefingengine.citation.Citation;
import org.briefingengine.report.BriefingReport;
import org.briefingengine.report.BriefingReport.DocumentRow;

/**
 * Writes an annex with {@code args[1]} synthetic citations to {@code args[0]}; run in a JVM with a small heap by
 * {@link AnnexStreamingTest}. Citations come from a generator, never from a list, as from the engine's JDBC stream.
 * They cite {@value #DOCUMENTS} documents, each with a url, in turn: the worst case for hyperlinks, since no two
 * consecutive rows can share one.
 */
final class LargeAnnex {

    static final int DOCUMENTS = 1_000;

    private LargeAnnex() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[1]);
        BriefingReport fixture = AnnexFixtures.report(List.of());
        List<DocumentRow> documents = IntStream.range(0, DOCUMENTS)
                .mapToObj(d -> new DocumentRow(document(d), 0, "Synthetic report " + d, "Éditeur " + d,
                        LocalDate.of(2022, 1, 1).plusDays(d % 140), "ngo", "https://example.org/doc/" + d, 20_000,
                        "e5".repeat(32), "new", false, ""))
                .toList();
        BriefingReport report = new BriefingReport(fixture.run(), fixture.findings(), fixture.conditions(),
                fixture.changes(), fixture.keyQuotes(), fixture.mechanisms(), fixture.mechanismWeeks(),
                fixture.references(), documents, fixture.rejected(), fixture.evidence(), action -> {
                    for (int i = 0; i < rows; i++) {
                        int d = i % DOCUMENTS;
                        action.accept(new Citation(document(d), "Éditeur " + d, LocalDate.of(2022, 1, 1).plusDays(d % 140),
                                "SP", "CHARTER", i % 7 == 0 ? "CHN " + (i % 40) + "/2018" : "",
                                "Sentence " + i + " names the Special Rapporteur on torture and the Working Group on "
                                        + "Arbitrary Detention, as in « un rapport » and 特别报告员。",
                                i * 10, i * 10 + 25, "", "https://example.org/doc/" + d));
                    }
                });
        new AnnexWriter().write(report, Path.of(args[0]));
    }

    private static String document(int d) {
        return "synthetic/report-" + d + ".txt";
    }
}
