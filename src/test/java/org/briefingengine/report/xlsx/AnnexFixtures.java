package org.briefingengine.report.xlsx;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.briefingengine.assessment.ConditionAssessment;
import org.briefingengine.assessment.Evidence;
import org.briefingengine.assessment.Stance;
import org.briefingengine.assessment.Status;
import org.briefingengine.citation.Citation;
import org.briefingengine.report.BriefingReport;
import org.briefingengine.report.BriefingReport.DocumentRow;
import org.briefingengine.report.BriefingReport.MechanismCount;
import org.briefingengine.report.BriefingReport.MechanismWeek;
import org.briefingengine.report.BriefingReport.RejectedFile;
import org.briefingengine.report.BriefingReport.RunInfo;
import org.briefingengine.report.BriefingReport.StatusChange;
import org.briefingengine.report.RowStream;

/** A small briefing written for these tests: accented and Chinese text, and quotes that look like formulas. */
final class AnnexFixtures {

    static final String NGO = "ngo/observations-fdd.md";
    static final String UN = "un/closing-briefing.txt";
    static final String MEDIA = "media/访问评论.txt";
    static final String COMPILATION = "compilation/weekly.html#2";
    static final String NGO_URL = "https://example.org/fdd/observations";
    static final String UN_URL = "https://example.org/un/closing-briefing";
    static final LocalDate MAY_25 = LocalDate.of(2022, 5, 25);
    static final LocalDate MAY_28 = LocalDate.of(2022, 5, 28);

    /** Sentences that a spreadsheet would take for formulas, one per dangerous first character. */
    static final List<String> FORMULA_LIKE = List.of(
            "=HYPERLINK(\"http://attacker.example\",\"open\") was pasted into a footnote of the statement.",
            "+12 relatives said the delegation never contacted them.",
            "-3 meetings were shortened, the Fédération reports.",
            "@Rapporteur asked whether the interviews were held in private.",
            "\tThe team spoke in private with two former detainees.",
            "\rA scraped line began with a carriage return before the Special Rapporteur was named.");

    private AnnexFixtures() {
    }

    static BriefingReport report() {
        return report(citations());
    }

    static BriefingReport report(List<Citation> citations) {
        RunInfo run = new RunInfo("weekly-briefing", "2022-W21", LocalDate.of(2022, 5, 23), LocalDate.of(2022, 5, 29),
                OffsetDateTime.of(2022, 5, 30, 8, 15, 0, 0, ZoneOffset.ofHours(2)), "input/",
                "minimum-visit-conditions-2022", "Conditions minimales pour la visite — 访问最低条件",
                "c0ffee".repeat(10) + "abcd", "feed".repeat(16), 42L);
        List<ConditionAssessment> conditions = List.of(
                new ConditionAssessment("minimum-visit-conditions-2022", "no-reprisals", "No reprisals against those met",
                        Status.NOT_MET, Status.CONTESTED, 1, 2, 3, "First-hand sources disagree.", true,
                        "Confirmed by two accounts; see the Fédération's note.", "M. Núñez"),
                new ConditionAssessment("minimum-visit-conditions-2022", "detention-access", "Access to places of detention",
                        Status.PARTLY_MET, Status.PARTLY_MET, 2, 0, 2, "Supported with a qualification.", false, "", ""));
        List<DocumentRow> documents = List.of(
                new DocumentRow(NGO, 0, "Observations de la Fédération sur la visite", "Fédération des défenseurs",
                        MAY_25, "ngo", NGO_URL, 5_120, "a1".repeat(32), "new", true, ""),
                new DocumentRow(UN, 0, "Closing briefing of the visit", "Office of the High Commissioner", MAY_28,
                        "un", UN_URL, 8_300, "b2".repeat(32), "changed", true, ""),
                new DocumentRow(MEDIA, 0, "访问取得圆满成功", "新华通讯社", null, "state-media", "", 1_200,
                        "c3".repeat(32), "unchanged", false, ""),
                new DocumentRow(COMPILATION, 2, "Weekly compilation, part 2", "Collectif Ñandú", MAY_25, "ngo",
                        "javascript:alert(1)", 900, "d4".repeat(32), "new", true, NGO));
        List<Evidence> evidence = List.of(
                new Evidence("minimum-visit-conditions-2022", "no-reprisals", Stance.CONTRADICTS, NGO,
                        "Fédération des défenseurs", MAY_25, "ngo", FORMULA_LIKE.get(1), 10, 60, "", "reprisal-report"),
                new Evidence("minimum-visit-conditions-2022", "detention-access", Stance.SUPPORTS, UN,
                        "Office of the High Commissioner", MAY_28, "un", FORMULA_LIKE.get(4), 120, 170, "partial",
                        "visited-detention"),
                new Evidence("minimum-visit-conditions-2022", "no-reprisals", Stance.SUPPORTS, MEDIA, "新华通讯社",
                        null, "state-media", "代表团与各方进行了坦诚交流。", 5, 18, "claim", "no-harm-claim"));
        return new BriefingReport(run,
                List.of("1 of 2 conditions partly met; the Fédération and the Office disagree on reprisals.",
                        "The Special Procedures are cited most this week, by 3 sources.",
                        "=1+1 is not a formula here: a finding is text too."),
                conditions,
                List.of(new StatusChange("no-reprisals", "No reprisals against those met", "2022-W20",
                        Status.NO_EVIDENCE, Status.NOT_MET)),
                Map.of(),
                List.of(new MechanismCount("SP", "CHARTER", "Special Procedures", 4, 9),
                        new MechanismCount("CERD", "TREATY", "Committee on the Elimination of Racial Discrimination", 1, 5),
                        new MechanismCount("OHCHR", "SECRETARIAT", "Office of the High Commissioner", 2, 2)),
                List.of(new MechanismWeek("SP", "2022-W20", 5), new MechanismWeek("SP", "2022-W21", 4),
                        new MechanismWeek("CERD", "2022-W19", 4), new MechanismWeek("CERD", "2022-W21", 1),
                        new MechanismWeek("OHCHR", "2022-W21", 2)),
                List.of(),
                documents,
                List.of(new RejectedFile("scans/illisible.pdf", "no text layer: scanned pages are not read"),
                        new RejectedFile("manifest.csv:7", "-file column empty")),
                RowStream.of(evidence.stream().map(e -> withUrl(e, documents)).toList()),
                RowStream.of(citations.stream().map(c -> withUrl(c, documents)).toList()));
    }

    /** The citation as the report reads it: joined with its document's url, as {@code ReportReadModel} does. */
    private static Citation withUrl(Citation c, List<DocumentRow> documents) {
        return new Citation(c.document(), c.publisher(), c.published(), c.mechanism(), c.family(), c.reference(),
                c.quote(), c.start(), c.end(), c.note(), urlOf(c.document(), documents));
    }

    private static Evidence withUrl(Evidence e, List<DocumentRow> documents) {
        return new Evidence(e.rubric(), e.condition(), e.stance(), e.document(), e.publisher(), e.published(),
                e.sourceType(), e.quote(), e.start(), e.end(), e.qualifier(), e.rule(), urlOf(e.document(), documents));
    }

    private static String urlOf(String document, List<DocumentRow> documents) {
        return documents.stream().filter(d -> d.document().equals(document)).map(DocumentRow::url).findFirst().orElse("");
    }

    /** One citation per formula-like sentence: four from the NGO, one from the UN, one from the compilation part. */
    static List<Citation> citations() {
        String fdd = "Fédération des défenseurs";
        String ohchr = "Office of the High Commissioner";
        return List.of(
                new Citation(NGO, fdd, MAY_25, "SP", "CHARTER", "CHN 13/2018", FORMULA_LIKE.get(0), 0, 17,
                        "repaired from CHN 13 2018"),
                new Citation(NGO, fdd, MAY_25, "CERD", "TREATY", "", FORMULA_LIKE.get(1), 100, 117, ""),
                new Citation(NGO, fdd, MAY_25, "SP", "CHARTER", "", FORMULA_LIKE.get(2), 200, 217, ""),
                new Citation(NGO, fdd, MAY_25, "SP", "CHARTER", "", FORMULA_LIKE.get(3), 300, 317, ""),
                new Citation(UN, ohchr, MAY_28, "OHCHR", "SECRETARIAT", "", FORMULA_LIKE.get(4), 400, 417, ""),
                new Citation(COMPILATION, "Collectif Ñandú", null, "SP", "CHARTER", "", FORMULA_LIKE.get(5), 500, 517, ""));
    }
}
