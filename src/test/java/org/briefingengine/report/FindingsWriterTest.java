package org.briefingengine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.briefingengine.assessment.ConditionAssessment;
import org.briefingengine.assessment.Status;
import org.briefingengine.report.BriefingReport.CorpusSummary;
import org.briefingengine.report.BriefingReport.DocumentRow;
import org.briefingengine.report.BriefingReport.MechanismCount;
import org.briefingengine.report.BriefingReport.RejectedFile;
import org.junit.jupiter.api.Test;

class FindingsWriterTest {

    private static final List<ConditionAssessment> CONDITIONS = List.of(new ConditionAssessment("r", "c", "A condition",
            Status.MET, Status.MET, 1, 0, 1, "", false, "", ""));

    /** A visit by the High Commissioner: her Office is cited most, but the headline names a mechanism. */
    private static final List<MechanismCount> COUNTS = List.of(
            new MechanismCount("HRC", "CHARTER", "Human Rights Council", 1, 4),
            new MechanismCount("SP", "CHARTER", "Special Procedures", 3, 27, 20),
            new MechanismCount("CERD", "TREATY", "Committee on the Elimination of Racial Discrimination", 0, 5),
            new MechanismCount("OHCHR", "SECRETARIAT", "Office of the United Nations High Commissioner for Human Rights",
                    26, 51),
            new MechanismCount("UNSG", "SECRETARIAT", "Secretary-General of the United Nations", 0, 1),
            new MechanismCount("ILO", "SPECIALIZED", "International Labour Organization", 3, 3));

    private final FindingsWriter writer = new FindingsWriter();

    @Test
    void theHeadlineNamesTheMostCitedMechanismAndCountsUnOfficesApart() {
        List<String> findings = writer.findings(CONDITIONS, List.of(), COUNTS, List.of(), corpus());
        assertThat(findings).contains("4 citations of UN human-rights mechanisms this week (36 in all); most cited:"
                + " Special Procedures (3). UN offices, officials and agencies, counted apart: 29 this week (55 in all),"
                + " mostly OHCHR.");
    }

    @Test
    void countsSpeakOfFilesAndCompilationParts() {
        assertThat(writer.findings(CONDITIONS, List.of(), COUNTS, List.of(), corpus()))
                .contains("4 documents published this week, of 7 in the corpus (5 files, 1 of them a compilation"
                        + " split into 3 parts; 3 undated).");
    }

    @Test
    void rejectedFilesAreNamedWithTheirReasonsFirstFewOnly() {
        List<RejectedFile> rejected = List.of(new RejectedFile("scan.pdf", "no extractable text"),
                new RejectedFile("notes.xyz", "unsupported file type .xyz"), new RejectedFile("big.txt", "too large"),
                new RejectedFile("empty.md", "empty file"));
        List<String> findings = writer.findings(CONDITIONS, List.of(), COUNTS, List.of(), corpus(), rejected);
        assertThat(findings).contains("4 files were not read: scan.pdf (no extractable text), notes.xyz (unsupported"
                + " file type .xyz), big.txt (too large), …; rejected.csv and the annex list every one.");
        assertThat(String.join(" ", findings)).doesNotContain("empty.md");
        assertThat(writer.findings(CONDITIONS, List.of(), COUNTS, List.of(), corpus(), rejected.subList(0, 1)))
                .contains("1 file was not read: scan.pdf (no extractable text); rejected.csv and the annex list it.");
        assertThat(writer.findings(CONDITIONS, List.of(), COUNTS, List.of(), corpus(), List.of()))
                .noneMatch(f -> f.contains("not read"));
    }

    /** Five files, one of them a compilation of three parts; three undated. */
    private static CorpusSummary corpus() {
        LocalDate may28 = LocalDate.of(2022, 5, 28);
        List<DocumentRow> rows = List.of(row("a.txt", 0, null, false), row("b.txt", 0, null, false),
                row("c.txt", 0, null, false), row("d.txt", 0, may28, true), row("e.txt#1", 1, may28, true),
                row("e.txt#2", 2, may28, true), row("e.txt#3", 3, may28, true));
        return CorpusSummary.of(RowStream.of(rows), java.util.Set.of(), 10);
    }

    private static DocumentRow row(String id, int part, LocalDate published, boolean inPeriod) {
        return new DocumentRow(id, part, "t", "p", published, "ngo", "", 900, "ab", "new", inPeriod, "");
    }
}
