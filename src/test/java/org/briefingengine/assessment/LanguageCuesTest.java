package org.briefingengine.assessment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LanguageCuesTest {

    private final NegationDetector negation = new NegationDetector();
    private final HedgeDetector hedges = new HedgeDetector();
    private final DemandDetector demands = new DemandDetector();

    private boolean negated(String sentence, String phrase) {
        String s = PlainText.normalise(sentence);
        return negation.negated(s, s.indexOf(phrase));
    }

    @Test
    void negationIsLookedForJustBeforeThePhraseInTheSameClause() {
        assertTrue(negated("The report has not yet been made public.", "been made public"));
        assertTrue(negated("She didn’t meet privately with anyone.", "meet privately"));
        assertTrue(negated("He left without being given the files.", "given the files"));
        assertFalse(negated("Nobody was hurt, but she met privately with them.", "met privately"));
        assertFalse(negated("Not only did she travel, she met privately with defenders.", "met privately"));
        assertFalse(negated("It was not easy to arrange, and in the end the team gathered for a long day and met privately.", "met privately"));
    }

    @Test
    void hedgesAreFoundAnywhereInTheSentence() {
        assertTrue(hedges.hedged(PlainText.normalise("It is unclear whether the team saw the site.")));
        assertTrue(hedges.hedged(PlainText.normalise("She appears to have visited a camp.")));
        assertFalse(hedges.hedged(PlainText.normalise("On 28 May she visited a camp.")));
        assertFalse(hedges.hedged(PlainText.normalise("She visited a camp on May 28.")));
    }

    @Test
    void demandsAndPlansAreRecognised() {
        assertTrue(demands.demand(PlainText.normalise("The Office must publish the report.")));
        assertTrue(demands.demand(PlainText.normalise("- **Release the report before the visit;**")));
        assertTrue(demands.demand(PlainText.normalise("We call on the expert to meet detainees.")));
        assertFalse(demands.demand(PlainText.normalise("The expert met detainees in private.")));
    }
}
