package org.briefingengine.assessment;

/**
 * A report that nobody came to harm, for a condition about harm (no reprisals): "None of them has suffered any
 * reprisal", "No person she met suffered reprisals", "She has received no information of any reprisal against
 * those who met her". A harm word after "any" is otherwise a kind in general ("to refrain from any reprisal"), and a
 * negated verb of harm proves nothing; here the negation is the report.
 */
final class HarmNegation {

    /** What the sentence says of the harm at {@code harm}. */
    enum Finding {
        /** Nothing: the harm is not reported as absent. */
        NONE,
        /** Absent as far as someone knows ("no information of any", "not aware of any", "so far"). */
        AS_FAR_AS_KNOWN,
        /** Absent: nobody suffered it. */
        NOBODY
    }

    private HarmNegation() {
    }

    static Finding of(Tokens t, TermList.Hit harm) {
        int i = harm.start();
        if (future(t, i) || spared(t, i)) {
            return Finding.NONE;
        }
        boolean subject = Modifiers.negatedSubject(t, i) || Modifiers.negativeOpening(t, i);
        boolean any = !subject && negatedAny(t, i);
        if (!subject && !any) {
            return Finding.NONE;
        }
        return asFarAsKnown(t, i) ? Finding.AS_FAR_AS_KNOWN : Finding.NOBODY;
    }

    /**
     * "any", "anyone" or "anybody" up to twelve words before the harm, and a negation before that in the sentence,
     * with no turn between: "none of them reported any form of intimidation", "is not aware of any act of reprisal",
     * "no information indicating that any of the persons she met faced reprisals".
     */
    private static boolean negatedAny(Tokens t, int i) {
        int any = -1;
        for (int k = i - 1; k >= Math.max(0, i - 12); k--) {
            if (ANY.contains(t.forms[k])) {
                any = k;
                break;
            }
        }
        if (any < 0) {
            return false;
        }
        for (int k = any - 1; k >= 0; k--) {
            String f = t.forms[k];
            if (TURNS.contains(f)) {
                return false;
            }
            if (NEGATIONS.contains(f) || f.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    /**
     * What is reported as far as someone knows, or for now: a word of knowledge up to three words after a negation
     * ("no information of", "not aware of", "did not receive any information"), after the harm ("no reprisals have been reported"), or
     * "so far", "to date", "to my knowledge". ("She is pleased to report that no one suffered" is a report.)
     */
    private static boolean asFarAsKnown(Tokens t, int i) {
        for (int k = 0; k < t.size(); k++) {
            String f = t.forms[k];
            if (k < i && KNOWLEDGE.contains(f)) {
                for (int n = Math.max(0, k - 3); n < k; n++) {
                    if (NEGATIONS.contains(t.forms[n]) || t.forms[n].endsWith("n't")) {
                        return true; // "did not receive any information suggesting that …"
                    }
                }
            }
            if (k > i && k - i <= 5 && KNOWN.contains(f)) {
                return true;
            }
            String next = k + 1 < t.size() ? t.forms[k + 1] : "";
            boolean toHerKnowledge = f.equals("to") && k + 2 < t.size() && t.forms[k + 2].equals("knowledge");
            if ((f.equals("so") || f.equals("as")) && next.equals("far") || f.equals("to") && next.equals("date")
                    || toHerKnowledge) {
                return true;
            }
        }
        return false;
    }

    /** "No one who met her was spared reprisals": a verb that negates the harm itself. */
    private static boolean spared(Tokens t, int i) {
        return t.anyOf(i - 4, i, SPARED);
    }

    /** "no one will suffer", "nobody would face": a promise or a hope, not a report. */
    private static boolean future(Tokens t, int i) {
        for (int k = 0; k < i; k++) {
            if (MODALS.contains(t.forms[k]) && !CueSenses.theMonth(t, k)) {
                return true; // "In May, none of those she met suffered any reprisal" reports.
            }
        }
        return false;
    }

    private static final java.util.Set<String> ANY = java.util.Set.of("any", "anyone", "anybody");
    private static final java.util.Set<String> SPARED = java.util.Set.of("spared", "escaped", "exempt", "exempted",
            "immune");
    private static final java.util.Set<String> NEGATIONS = java.util.Set.of("no", "not", "none", "never", "nobody",
            "neither", "nor", "without");
    /** Words where a sentence turns to another statement; {@link ConceptRule} stops its longer reaches at them too. */
    static final java.util.Set<String> TURNS = java.util.Set.of("but", "however", "although", "though",
            "while", "whereas", "yet");
    private static final java.util.Set<String> KNOWLEDGE = java.util.Set.of("information", "aware", "indication",
            "indications", "allegation", "allegations", "knowledge", "reports", "report", "reported", "evidence");
    private static final java.util.Set<String> KNOWN = java.util.Set.of("reported", "known", "recorded",
            "documented", "brought");
    private static final java.util.Set<String> MODALS = java.util.Set.of("will", "would", "shall", "should", "must",
            "may", "might", "hope", "hopes", "trust", "trusts", "expects", "expect");
}
