package org.briefingengine.assessment;

import java.util.regex.Pattern;

/**
 * Tells whether a sentence hedges what it reports ("reportedly", "appears to", "unclear whether",
 * "unable to assess", "would" …), so that its evidence counts as qualified rather than direct.
 */
class HedgeDetector {

    private static final Pattern CUE = Pattern.compile("\\b(reportedly|allegedly|apparently|purportedly"
            + "|appears? to|appeared to|seems? to|seemed to|(?<!\\d )may(?! \\d)|might|could(?! not)|would|unclear|not clear"
            + "|whether|unable to (assess|verify|confirm)|not able to (assess|verify|confirm)"
            + "|cannot (assess|verify|confirm)|is said to|are said to|was said to|were said to)\\b");

    /** True when the normalised {@code sentence} carries a hedging cue. */
    boolean hedged(String sentence) {
        return CUE.matcher(sentence).find();
    }
}
