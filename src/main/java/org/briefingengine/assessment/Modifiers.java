package org.briefingengine.assessment;

import java.util.List;

/**
 * The word lists that qualify what a sentence says, NegEx/ConText style, from the rubric's lexicon:
 *
 * @param negation  words that turn a grant into a denial when they stand among the few words before it, in the
 *                  same clause ("not", "never", "without", "unable", "n't" forms are always negations)
 * @param hedge     words that make a sentence's evidence hedged ("reportedly", "allegedly", "may")
 * @param demand    words that make a sentence a demand, a plan or a norm instead of a report: it never counts
 *                  ("should", "must", "calls on", "requests", "terms of reference", "includes", "comprise")
 * @param exception words that limit a grant to part of the condition ("except", "exceptions", "apart from",
 *                  "but")
 * @param expert    who the visiting expert is ("special rapporteur", "working group", "delegation", "we"): a
 *                  sentence counts only when it, or the one before it, names the expert
 * @param others    other actors ("lawyer", "relatives", "national preventive mechanism"): a concept in a clause
 *                  that names one of them and not the expert is about them, not the visit
 * @param full      words that make a grant cover the whole condition ("all", "any", "full", "unrestricted",
 *                  "wherever"); a grant without one is partial
 * @param pronouns  personal pronouns: a sentence that does not name the expert and uses one that is not in
 *                  {@code expert} is about someone else, so the expert named in the sentence before does not count
 */
record Modifiers(TermList negation, TermList hedge, TermList demand, TermList exception, TermList expert,
                 TermList others, TermList full, TermList pronouns) {

    static final List<String> NAMES = List.of("negation", "hedge", "demand", "exception", "expert", "other-actor",
            "full", "pronouns");

    /** How many words before a cue a negation reaches. */
    static final int NEGATION_WINDOW = 4;

    /** True when the word at token {@code i} is negated by a word among the few before it, in its clause. */
    boolean negated(Tokens t, int i, List<TermList.Hit> negations) {
        for (int k = Math.max(0, i - NEGATION_WINDOW); k < i; k++) {
            if (t.clauses[k] != t.clauses[i]) {
                continue;
            }
            String f = t.forms[k];
            if (f.endsWith("n't") || f.equals("cannot")) {
                return true;
            }
            if (f.equals("not") && k + 1 < t.size() && t.forms[k + 1].equals("only")) {
                continue;
            }
            for (TermList.Hit h : negations) {
                if (h.start() == k && h.end() <= i) {
                    return true;
                }
            }
        }
        return false;
    }
}
