package org.briefingengine.report.pdf;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.briefingengine.assessment.ConditionAssessment;
import org.briefingengine.assessment.Evidence;
import org.briefingengine.assessment.Stance;
import org.briefingengine.assessment.Status;
import org.briefingengine.report.BriefingReport;
import org.briefingengine.report.BriefingReport.DocumentRow;
import org.briefingengine.report.BriefingReport.FormalReference;
import org.briefingengine.report.BriefingReport.MechanismCount;
import org.briefingengine.report.BriefingReport.MechanismWeek;
import org.briefingengine.report.BriefingReport.RejectedFile;
import org.briefingengine.report.BriefingReport.RunInfo;
import org.briefingengine.report.BriefingReport.StatusChange;
import org.briefingengine.report.RowStream;

/** Briefing reports for the PDF tests, written for these tests (no text from the real corpus). */
final class BriefingFixtures {

    static final String CJK_TITLE = "联合国人权事务高级专员";
    static final String CJK_PUBLISHER = "新华社";
    static final String HOSTILE_TITLE = "<b>Not bold</b> & =HYPERLINK(\"x\") <script>alert(1)</script>";
    static final String RUBRIC = "minimum-visit-conditions-2022";
    static final String CORPUS_FINGERPRINT = "9f2c4e0b7a1d3c5e8f60718293a4b5c6d7e8f90123456789abcdef0123456789";

    private BriefingFixtures() {
    }

    /** Rows that fail when read: the PDF must never walk the full evidence or citation set. */
    static <T> RowStream<T> untouchable() {
        return action -> {
            throw new AssertionError("the PDF writer must not read the full row stream");
        };
    }

    static RunInfo run(String week, LocalDate monday) {
        return new RunInfo("weekly-briefing", week, monday, monday.plusDays(6),
                OffsetDateTime.of(2022, 5, 30, 7, 15, 0, 0, ZoneOffset.UTC), "input", RUBRIC,
                "Minimum conditions for the 2022 visit",
                CORPUS_FINGERPRINT,
                "0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e", 42);
    }

    static BriefingReport full() {
        LocalDate monday = LocalDate.of(2022, 5, 23);
        List<ConditionAssessment> conditions = List.of(
                condition("report-released", "The visit report is published", Status.NOT_MET, Status.NOT_MET, 0, 3,
                        false, ""),
                condition("civil-society-before", "Civil society is heard before the visit", Status.PARTLY_MET,
                        Status.PARTLY_MET, 2, 0, false, ""),
                condition("freedom-of-movement", "The delegation moves freely", Status.CONTESTED, Status.CONTESTED,
                        2, 2, false, ""),
                condition("detainee-meetings", "Meetings with people in detention", Status.NOT_MET,
                        Status.NO_EVIDENCE, 0, 0, true, "Two NGO briefings confirm no detention site was visited."),
                condition("no-reprisals", "No reprisals against those who speak", Status.MET, Status.MET, 3, 0,
                        false, ""),
                condition("confidential-contact", "Contact in confidence", Status.NO_EVIDENCE, Status.NO_EVIDENCE, 0,
                        0, false, ""));
        Map<String, List<Evidence>> quotes = Map.of(
                "report-released", List.of(
                        evidence("report-released", Stance.CONTRADICTS, "doc-ngo-1.md", "Rights Watchers Network",
                                LocalDate.of(2022, 5, 24), "ngo",
                                "Three weeks on, the promised report is still nowhere to be seen.", ""),
                        new Evidence(RUBRIC, "report-released", Stance.CONTRADICTS, "doc-un-2.txt",
                                "Office of the Special Rapporteur", LocalDate.of(2022, 5, 25), "un",
                                "Fionnuala Ní Aoláin said the findings “remain unpublished” and asked for a date.",
                                0, 79, "", "rule-1", "", "Fionnuala Ní Aoláin")),
                "freedom-of-movement", List.of(
                        evidence("freedom-of-movement", Stance.SUPPORTS, "doc-state-3.txt", CJK_PUBLISHER,
                                LocalDate.of(2022, 5, 26), "state-media",
                                "Officials said the guests chose every stop on their route themselves.", "claim"),
                        evidence("freedom-of-movement", Stance.CONTRADICTS, "doc-ngo-1.md", "Rights Watchers Network",
                                null, "ngo", "Minders stayed with the team from the airport to the hotel.", "")),
                "no-reprisals", List.of(
                        evidence("no-reprisals", Stance.SUPPORTS, "doc-un-2.txt", "Office of the Special Rapporteur",
                                LocalDate.of(2022, 5, 25), "un",
                                "No one who met the team has reported pressure since.", "hedged")));
        List<MechanismCount> mechanisms = List.of(
                new MechanismCount("HRC", "CHARTER", "Human Rights Council", 2, 9),
                new MechanismCount("UPR", "CHARTER", "Universal Periodic Review", 0, 3),
                new MechanismCount("SP", "CHARTER", "Special Procedures", 5, 21),
                new MechanismCount("CERD", "TREATY", "Committee on the Elimination of Racial Discrimination", 1, 6),
                new MechanismCount("CAT", "TREATY", "Committee against Torture", 0, 0),
                new MechanismCount("OHCHR", "SECRETARIAT", "Office of the High Commissioner", 7, 15),
                new MechanismCount("ILO", "SPECIALIZED", "International Labour Organization", 0, 2));
        List<MechanismWeek> weeks = List.of(
                new MechanismWeek("SP", "2022-W18", 4), new MechanismWeek("SP", "2022-W19", 6),
                new MechanismWeek("SP", "2022-W20", 6), new MechanismWeek("SP", "2022-W21", 5),
                new MechanismWeek("OHCHR", "2022-W19", 3), new MechanismWeek("OHCHR", "2022-W20", 5),
                new MechanismWeek("OHCHR", "2022-W21", 7), new MechanismWeek("HRC", "2022-W18", 2),
                new MechanismWeek("HRC", "2022-W20", 5), new MechanismWeek("HRC", "2022-W21", 2),
                new MechanismWeek("CERD", "2022-W18", 5), new MechanismWeek("CERD", "2022-W21", 1),
                new MechanismWeek("UPR", "2022-W19", 3), new MechanismWeek("ILO", "2022-W20", 2));
        List<FormalReference> references = List.of(
                new FormalReference("CHN 13/2018", "SP", 4, "doc-un-2.txt", LocalDate.of(2022, 5, 2), false),
                new FormalReference("A/HRC/51/12", "HRC", 2, "doc-ngo-1.md", LocalDate.of(2022, 5, 24), true),
                new FormalReference("CERD/C/CHN/CO/14-17", "CERD", 6, "doc-ngo-1.md", LocalDate.of(2022, 5, 3),
                        false));
        List<DocumentRow> documents = List.of(
                document("doc-ngo-1.md", "Joint statement on the visit’s first week", "Rights Watchers Network",
                        LocalDate.of(2022, 5, 24), "ngo", true),
                document("doc-un-2.txt", "Note by Fionnuala Ní Aoláin on access", "Office of the Special Rapporteur",
                        LocalDate.of(2022, 5, 25), "un", true),
                document("doc-un-4.txt", CJK_TITLE, "联合国", LocalDate.of(2022, 5, 2), "un", false),
                document("doc-state-3.txt", "Guests tour the region", CJK_PUBLISHER, LocalDate.of(2022, 5, 26),
                        "state-media", true),
                document("doc-undated.md", HOSTILE_TITLE, "Unknown blog", null, "", false));
        return new BriefingReport(run("2022-W21", monday),
                List.of("1 of 6 conditions met; the visit report is still unpublished, per 3 sources.",
                        "Detention access was reviewed by an analyst and set to “not met”.",
                        "Special Procedures remain the most cited mechanism (21 citations so far)."),
                conditions,
                List.of(new StatusChange("report-released", "The visit report is published", "2022-W20",
                        Status.PARTLY_MET, Status.NOT_MET)),
                quotes, mechanisms, weeks, references, documents,
                List.of(new RejectedFile("scan.pdf", "no text layer")),
                untouchable(), untouchable());
    }

    /** The full report with hundreds of sources and references, one of them a title with no break opportunity. */
    static BriefingReport large() {
        BriefingReport full = full();
        List<DocumentRow> documents = new java.util.ArrayList<>();
        full.documents().forEach(documents::add);
        List<FormalReference> references = new java.util.ArrayList<>(full.references());
        for (int i = 1; i <= 400; i++) {
            documents.add(document("bulk/doc-" + i + ".txt", "Bulk statement number " + i + " on the visit",
                    "Publisher " + i, LocalDate.of(2022, 5, 1).plusDays(i % 28), "ngo", i % 7 == 0));
            references.add(new FormalReference("A/HRC/" + (40 + i % 12) + "/" + i, "HRC", 1 + i % 3,
                    "bulk/doc-" + i + ".txt", LocalDate.of(2022, 5, 1), i % 50 == 0));
        }
        documents.add(document("bulk/long.txt", "X".repeat(300), "Y".repeat(120), LocalDate.of(2022, 5, 25), "ngo", true));
        return new BriefingReport(full.run(), full.findings(), full.conditions(), full.changes(), full.keyQuotes(),
                full.mechanisms(), full.mechanismWeeks(), references, documents, full.rejected(), untouchable(),
                untouchable());
    }

    /** First run on an empty corpus: nothing found, no history. */
    static BriefingReport empty() {
        return new BriefingReport(run("2022-W01", LocalDate.of(2022, 1, 3)), List.of(), List.of(), List.of(),
                Map.of(), List.of(new MechanismCount("SP", "CHARTER", "Special Procedures", 0, 0)), List.of(),
                List.of(), List.of(), List.of(), untouchable(), untouchable());
    }

    private static ConditionAssessment condition(String id, String title, Status status, Status engine,
                                                 int supporting, int contradicting, boolean reviewed, String note) {
        return new ConditionAssessment(RUBRIC, id, title, status, engine, supporting, contradicting,
                supporting + contradicting, "", reviewed, note, reviewed ? "analyst-a" : "");
    }

    private static Evidence evidence(String condition, Stance stance, String document, String publisher,
                                     LocalDate published, String type, String quote, String qualifier) {
        return new Evidence(RUBRIC, condition, stance, document, publisher, published, type, quote, 0,
                quote.length(), qualifier, "rule-1");
    }

    private static DocumentRow document(String id, String title, String publisher, LocalDate published,
                                        String type, boolean inPeriod) {
        return new DocumentRow(id, 0, title, publisher, published, type, "", 1200, "ab12", "new", inPeriod, "");
    }
}
