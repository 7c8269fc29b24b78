package org.briefingengine.assessment;

import java.util.regex.Pattern;

/**
 * Tells whether a phrase is negated: a negation cue ("not", "never", "without", "unable", "failed", "n't" …)
 * among the few words before it, in the same clause. "not only" is not a negation.
 */
class NegationDetector {

    static final int WINDOW_WORDS = 5;

    private static final Pattern CLAUSE_BREAK =
            Pattern.compile("[,;:()]| - |\\b(but|while|whereas|although|though|however)\\b");
    private static final Pattern CUE = Pattern.compile("\\b(not(?! only)|no|never|nor|neither|without|cannot|none"
            + "|unable|failed|failure|refused|denied|lack|lacked|lacking|absence)\\b|n't\\b");

    /** True when the phrase starting at {@code start} of the normalised {@code sentence} is negated. */
    boolean negated(String sentence, int start) {
        String before = sentence.substring(0, start);
        var breaks = CLAUSE_BREAK.matcher(before);
        int clauseStart = 0;
        while (breaks.find()) {
            clauseStart = breaks.end();
        }
        String[] words = before.substring(clauseStart).strip().split("\\s+");
        int from = Math.max(0, words.length - WINDOW_WORDS);
        String window = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
        return CUE.matcher(window).find();
    }
}
