package org.briefingengine.assessment;

import static org.briefingengine.assessment.Stance.CONTRADICTS;
import static org.briefingengine.assessment.Stance.SUPPORTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class StatusAssessorTest {

    private static final String C = "detention-access";
    private final StatusAssessor assessor = new StatusAssessor();
    private final Rubric rubric = new Rubric("r", "Rubric", "", List.of(new RubricCondition(C, "Detention access", "")), "0");

    private ConditionAssessment assess(Evidence... evidence) {
        return assessor.assess(rubric, rubric.conditions().get(0), List.of(evidence));
    }

    private static Evidence e(Stance stance, String sourceType, String qualifier, String doc) {
        return TestDocs.evidence(C, stance, sourceType, qualifier, doc);
    }

    @Test
    void silenceIsNoEvidence() {
        ConditionAssessment a = assess();
        assertEquals(Status.NO_EVIDENCE, a.status());
        assertFalse(a.reviewed());
    }

    @Test
    void claimsAloneNeverDecide() {
        ConditionAssessment a = assess(e(SUPPORTS, "state-media", "claim", "tv"), e(SUPPORTS, "government", "claim", "ministry"));
        assertEquals(Status.NO_EVIDENCE, a.status());
        assertTrue(a.rationale().contains("claim"), a.rationale());
        assertEquals(2, a.supporting());
        assertEquals(2, a.documents());
    }

    @Test
    void directFirstHandSupportIsMet() {
        ConditionAssessment a = assess(e(SUPPORTS, "un", "", "un1"), e(SUPPORTS, "state-media", "claim", "tv"));
        assertEquals(Status.MET, a.status());
        assertEquals(a.status(), a.engineStatus());
    }

    /**
     * An NGO or a news agency saying the expert went everywhere did not see it: met in part at most. The expert's own
     * words quoted by them are first-hand.
     */
    @Test
    void supportFromAssessmentsAloneIsOnlyPartlyMetUnlessTheyQuoteTheExpert() {
        ConditionAssessment ngo = assess(e(SUPPORTS, "ngo", "", "ngo1"), e(SUPPORTS, "news", "", "wire"));
        assertEquals(Status.PARTLY_MET, ngo.status());
        assertTrue(ngo.rationale().contains("first-hand"), ngo.rationale());
        Evidence quoted = e(SUPPORTS, "news", "", "wire");
        quoted = new Evidence(quoted.rubric(), quoted.condition(), quoted.stance(), quoted.document(), quoted.publisher(),
                quoted.published(), quoted.sourceType(), quoted.quote(), quoted.start(), quoted.end(), quoted.qualifier(),
                quoted.rule(), "", "the UN expert on housing");
        assertEquals(Status.MET, assess(quoted).status());
    }

    @Test
    void partialOrHedgedSupportIsPartlyMet() {
        assertEquals(Status.PARTLY_MET, assess(e(SUPPORTS, "un", "partial", "un1")).status());
        assertEquals(Status.PARTLY_MET, assess(e(SUPPORTS, "ngo", "hedged", "ngo1")).status());
    }

    @Test
    void supportDisputedByAWeakerSourceIsPartlyMet() {
        assertEquals(Status.PARTLY_MET, assess(e(SUPPORTS, "un", "", "un1"), e(CONTRADICTS, "ngo", "", "ngo1")).status());
    }

    @Test
    void contradictionIsNotMet() {
        assertEquals(Status.NOT_MET, assess(e(CONTRADICTS, "ngo", "", "ngo1")).status());
        ConditionAssessment doubt = assess(e(CONTRADICTS, "ngo", "hedged", "ngo1"));
        assertEquals(Status.NOT_MET, doubt.status());
        assertTrue(doubt.rationale().contains("doubt"), doubt.rationale());
        assertEquals(Status.NOT_MET, assess(e(SUPPORTS, "ngo", "partial", "ngo1"), e(CONTRADICTS, "un", "", "un1")).status());
    }

    @Test
    void firstHandSourcesThatDisagreeAreContested() {
        ConditionAssessment a = assess(e(SUPPORTS, "un", "", "un1"), e(CONTRADICTS, "un", "", "un2"), e(CONTRADICTS, "ngo", "", "ngo1"));
        assertEquals(Status.CONTESTED, a.status());
        assertEquals(1, a.supporting());
        assertEquals(2, a.contradicting());
        assertEquals(3, a.documents());
        assertTrue(a.rationale().startsWith("First-hand sources disagree"), a.rationale());
    }

    @Test
    void oneFirstHandAccountThatReportsBothIsPartlyMet() {
        Rubric r = Rubric.load(TestDocs.RUBRIC_2022);
        EvidenceExtractor x = new EvidenceExtractor(r);
        List<Evidence> found = x.extract(TestDocs.doc("statement.txt", "un", "In Urumqi I spoke in private with every"
                + " detained lawyer I asked to see. In Kashgar, security officers were present at all my meetings."));
        RubricCondition c = r.condition("confidential-contact").orElseThrow();
        ConditionAssessment a = assessor.assess(r, c, found.stream().filter(e -> e.condition().equals(c.id())).toList());
        assertEquals(Status.PARTLY_MET, a.status());
        assertEquals(1, a.supporting());
        assertEquals(1, a.contradicting());
        assertTrue(a.rationale().startsWith("Met only in part"), a.rationale());
        // A second document that says only the contrary is a disagreement again.
        assertEquals(Status.CONTESTED, assess(e(SUPPORTS, "un", "", "un1"), e(CONTRADICTS, "un", "", "un1"),
                e(CONTRADICTS, "un", "", "un2"), e(SUPPORTS, "un", "", "un3")).status());
    }

    @Test
    void contestedFromSentences() {
        Rubric r = Rubric.load(TestDocs.RUBRIC_2022);
        EvidenceExtractor x = new EvidenceExtractor(r);
        List<Evidence> found = new ArrayList<>();
        found.addAll(x.extract(TestDocs.doc("statement.txt", "un", "In Urumqi I spoke in private with every detained lawyer I asked to see.")));
        found.addAll(x.extract(TestDocs.doc("mission-report.txt", "un",
                "During the High Commissioner's meetings in Urumqi, security officers were present throughout.")));
        RubricCondition c = r.condition("confidential-contact").orElseThrow();
        List<Evidence> forC = found.stream().filter(e -> e.condition().equals(c.id())).toList();
        assertEquals(Status.CONTESTED, assessor.assess(r, c, forC).status());
    }

    @Test
    void keyQuotesPutFirstHandAndDirectFirst() {
        Evidence claim = e(SUPPORTS, "state-media", "claim", "a");
        Evidence ngoHedged = e(SUPPORTS, "ngo", "hedged", "b");
        Evidence ngo = e(CONTRADICTS, "ngo", "", "c");
        Evidence unPartial = e(SUPPORTS, "un", "partial", "d");
        Evidence un = e(CONTRADICTS, "un", "", "e");
        assertEquals(List.of(un, unPartial, ngo, ngoHedged), assessor.keyQuotes(List.of(claim, ngoHedged, ngo, unPartial, un), 4));
    }

    @Test
    void anAnalystOverridesTheStatusAndTheEngineStatusIsKept() {
        ConditionAssessment engine = assess(e(CONTRADICTS, "ngo", "", "ngo1"));
        ConditionAssessment reviewed = assessor.applyReview(engine,
                new Review(C, Status.PARTLY_MET, "Visited two sites; see mission notes.", "analyst-a"));
        assertEquals(Status.PARTLY_MET, reviewed.status());
        assertEquals(Status.NOT_MET, reviewed.engineStatus());
        assertTrue(reviewed.reviewed());
        assertEquals("Visited two sites; see mission notes.", reviewed.reviewNote());
        assertEquals("analyst-a", reviewed.reviewer());
        assertEquals(engine.rationale(), reviewed.rationale());
        assertEquals(engine, assessor.applyReview(engine, null));
    }

    @Test
    void keyQuotesShowBothSidesWhenBothExist() {
        Evidence s1 = e(SUPPORTS, "un", "", "a");
        Evidence s2 = e(SUPPORTS, "un", "", "b");
        Evidence s3 = e(SUPPORTS, "un", "", "c");
        Evidence s4 = e(SUPPORTS, "ngo", "", "d");
        Evidence weakContra = e(CONTRADICTS, "ngo", "hedged", "e");
        List<Evidence> shown = assessor.keyQuotes(List.of(s4, weakContra, s3, s2, s1), 3);
        assertEquals(List.of(s1, s2, weakContra), shown);
        assertEquals(List.of(s1, s2, s3), assessor.keyQuotes(List.of(s3, s2, s1, s4), 3));
    }
}
