package org.briefingengine.assessment;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Applies one {@link Rule} to a sentence. A negated supporting phrase ("did not meet privately") becomes a
 * contradiction; a negated contradicting phrase ("was not obstructed") is no evidence either way.
 */
class RuleMatcher {

    /**
     * What a rule found in a sentence: the stance after negation, the rule label, the rule's qualifier and where
     * in the sentence the match starts.
     */
    record Finding(Stance stance, String rule, String qualifier, int at) {
    }

    private final Rule rule;
    private final NegationDetector negation;
    /** Literals of which every match of the rule's phrase holds one; empty when the regex must always run. */
    private final List<String> required;

    RuleMatcher(Rule rule, NegationDetector negation) {
        this.rule = rule;
        this.negation = negation;
        this.required = RequiredLiterals.of(rule.match());
    }

    /**
     * @param sentence the normalised sentence
     * @param previous the normalised sentence before it ("" for the first), where {@code with} terms may also stand
     */
    Optional<Finding> find(String sentence, String previous) {
        // The match phrase first, behind its literal prefilter: it is the most selective test, so most
        // sentences stop here.
        if (!RequiredLiterals.mayMatch(required, sentence)) {
            return Optional.empty();
        }
        Matcher m = rule.match().matcher(sentence);
        if (!m.find()
                || rule.unless().stream().anyMatch(p -> p.matcher(sentence).find())
                || !rule.with().stream().allMatch(p -> p.matcher(sentence).find() || p.matcher(previous).find())) {
            return Optional.empty();
        }
        do {
            boolean negated = negation.negated(sentence, m.start());
            if (!negated) {
                return Optional.of(new Finding(rule.stance(), rule.id(), rule.qualifier(), m.start()));
            }
            if (rule.stance() == Stance.SUPPORTS) {
                return Optional.of(new Finding(Stance.CONTRADICTS, "not " + rule.id(), "", m.start()));
            }
        } while (m.find());
        return Optional.empty();
    }
}
