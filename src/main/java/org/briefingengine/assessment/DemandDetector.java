package org.briefingengine.assessment;

import java.util.regex.Pattern;

/**
 * Tells whether a sentence asks for or plans something instead of reporting what happened: a modal of
 * obligation ("should", "must", "calls on" …), a plan ("will", not the noun of "at will", "foreseen" …) or an imperative opening
 * ("Ensure …", "Release …"), as in a list of demands, or a counterfactual ("Had they allowed it, she would have
 * …"). Such sentences never count as evidence: a demand to meet detainees shows nothing about whether they were
 * met. What someone "had planned" is told as past: "kept out of the districts she had planned to see" reports, and
 * so does a sentence that names a "planned trip" ("was turned back two days before its planned trip") or says
 * something went "as planned".
 */
class DemandDetector {

    private static final Pattern MODAL = Pattern.compile("\\b(should|must|ought to|needs? to|urges?|urged"
            + "|calls? (on|upon|for)|called (on|upon|for)|in order for|(?<!(?:\\bat|political|free|good|own|\\bthe|\\bof) )will|shall|foreseen|(?<!had |as )planned(?! (?:trips?|visits?|journey|mission|route|itinerary)\\b)|(is|are) expected to"
            + "|intends? to)\\b");
    private static final Pattern IMPERATIVE = Pattern.compile("^[\\s\\-*\u2022\"'\\d.]*(release|meet|make|ensure"
            + "|include|guarantee|guarantees|publish|secure|undertake|interrupt|allow|grant|provide|establish"
            + "|brief|respect|insist|condemn|seek|immediately)\\b");

    /** Literals of which every match of {@link #MODAL} holds one: without them the expression need not run. */
    private static final String[] MODAL_LITERALS = {"should", "must", "ought to", "need", "urge", "call",
            "in order for", "will", "shall", "foreseen", "planned", "expected to", "intend"};

    /** "Had the authorities granted access, the expert would have …": what did not happen, told as a wish. */
    private static final Pattern COUNTERFACTUAL = Pattern.compile("^[\\s\"']*had\\b.*\\bwould\\b");

    /** True when the normalised {@code sentence} is a demand rather than a report. */
    boolean demand(String sentence) {
        return mayBeModal(sentence) && MODAL.matcher(sentence).find() || IMPERATIVE.matcher(sentence).find()
                || sentence.contains("would") && COUNTERFACTUAL.matcher(sentence).find();
    }

    private static boolean mayBeModal(String sentence) {
        for (String literal : MODAL_LITERALS) {
            if (sentence.contains(literal)) {
                return true;
            }
        }
        return false;
    }
}
