package org.briefingengine.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.briefingengine.corpus.SegmentedDocument;
import org.briefingengine.corpus.Sentence;
import org.briefingengine.corpus.SourceDocument;
import org.junit.jupiter.api.Test;

/** The shipped 2022 rules on sentences written for the test. */
class EvidenceExtractorTest {

    private final Rubric rubric = Rubric.load(TestDocs.RUBRIC_2022);
    private final EvidenceExtractor extractor = new EvidenceExtractor(rubric);

    private List<Evidence> find(String condition, String sourceType, String text) {
        return extractor.extract(TestDocs.doc("doc.txt", sourceType, text)).stream()
                .filter(e -> e.condition().equals(condition)).toList();
    }

    private Evidence only(String condition, String sourceType, String text) {
        List<Evidence> found = find(condition, sourceType, text);
        assertEquals(1, found.size(), () -> condition + " on '" + text + "': " + found);
        return found.get(0);
    }

    @Test
    void aSupportingPhraseSupports() {
        // One private conversation shows part of the condition; "every" makes it the whole.
        Evidence e = only("confidential-contact", "un", "The High Commissioner spoke in private with two lawyers.");
        assertEquals(Stance.SUPPORTS, e.stance());
        assertEquals("partial", e.qualifier());
        assertEquals("grants 'in private' / 'spoke'", e.rule());
        assertEquals("", only("confidential-contact", "un", "The High Commissioner spoke in private with every lawyer she met.").qualifier());
    }

    @Test
    void aNegatedSupportingPhraseContradicts() {
        Evidence e = only("confidential-contact", "ngo", "The High Commissioner never spoke in private with the lawyers.");
        assertEquals(Stance.CONTRADICTS, e.stance());
        assertEquals("not grants 'in private' / 'spoke'", e.rule());
        assertEquals(Stance.CONTRADICTS,
                only("detainee-meetings", "ngo", "Her closing remarks did not include any individual case of a detained lawyer.").stance());
    }

    @Test
    void theSubjectMayStandInThePreviousSentence() {
        Evidence e = only("report-released", "ngo", "The High Commissioner's Office finished its Xinjiang report last year. "
                + "It has still not been published.");
        assertEquals(Stance.CONTRADICTS, e.stance());
        // The quote shows what "it" stands for.
        assertTrue(e.quote().startsWith("The High Commissioner's Office finished"));
        assertTrue(e.quote().endsWith("It has still not been published."));
    }

    @Test
    void aNegatedContradictionIsNoEvidence() {
        assertEquals(List.of(), find("freedom-of-movement", "ngo", "Her team's travel was not obstructed."));
        assertEquals(Stance.CONTRADICTS, only("freedom-of-movement", "ngo", "Police obstructed her team on the road north.").stance());
    }

    @Test
    void hedgedEvidenceIsMarked() {
        assertEquals("hedged", only("detention-access", "ngo", "She reportedly visited a prison near the border.").qualifier());
        Evidence doubt = only("detention-access", "un", "I was unable to assess the full scale of the detention system.");
        assertEquals(Stance.CONTRADICTS, doubt.stance());
        assertEquals("hedged", doubt.qualifier());
    }

    @Test
    void partialRulesAndPhrasesFromTheIssue() {
        assertEquals("partial", only("un-information-used", "ngo", "She made clear that her trip was not an investigation.").qualifier());
        assertEquals(Stance.SUPPORTS, only("interview-confidentiality", "un", "My team held confidential interviews with former detainees in Geneva.").stance());
        assertEquals(Stance.SUPPORTS, only("breach-reporting", "un", "The High Commissioner suspended the visit after police stopped a witness.").stance());
    }

    @Test
    void demandsAndPlansAreNotEvidence() {
        assertEquals(List.of(), find("confidential-contact", "ngo", "The High Commissioner should speak in private with detainees."));
        assertEquals(List.of(), find("confidential-contact", "ngo", "- Ensure she spoke in private with every defender she met."));
        assertEquals(List.of(), find("freedom-of-movement", "ngo", "Her team will travel to Lhasa next month."));
    }

    @Test
    void stateMediaIsAClaim() {
        assertEquals("claim", only("confidential-contact", "state-media", "She spoke in private with residents of the city.").qualifier());
    }

    @Test
    void repeatedSentencesAreSkippedAndOffsetsPointAtTheSentence() {
        String text = "Intro line. The High Commissioner spoke in private with two lawyers.";
        SourceDocument d = TestDocs.doc("doc.txt", "un", text).document();
        int start = text.indexOf("The High");
        Sentence s = new Sentence(start, text.length(), false);
        Evidence e = extractor.extract(new SegmentedDocument(d, List.of(new Sentence(0, 11, false), s))).get(0);
        assertEquals(start, e.start());
        assertEquals(text.length(), e.end());
        assertEquals(text.substring(start), e.quote());
        assertEquals("doc.txt publisher", e.publisher());
        assertEquals(List.of(), extractor.extract(new SegmentedDocument(d, List.of(new Sentence(start, text.length(), true)))));
    }

    @Test
    void theWorkedExampleOfTheReadmeHolds() {
        String c = "report-released";
        assertEquals("grants 'published' / 'report'", only(c, "ngo", "Her Office's report was published on Monday.").rule());
        assertEquals("not grants 'published' / 'it'", only(c, "ngo", "The High Commissioner's Office finished its report last year. "
                + "It has still not been published.").rule());
        assertEquals("hedged", only(c, "ngo", "Her report has reportedly been released to diplomats.").qualifier());
        assertEquals(List.of(), find(c, "ngo", "The High Commissioner should publish the report."));
        assertEquals("claim", only(c, "state-media", "State TV said her report was released.").qualifier());
        Evidence e = only(c, "ngo", "NGOs criticised her failure to release the report.");
        assertEquals(Stance.CONTRADICTS, e.stance());
        assertEquals("not grants 'released' / 'report'", e.rule());
    }
}
