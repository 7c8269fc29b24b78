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
 * @param circumstance causes for which nobody refused anything ("the security situation", "the pandemic",
 *                  "logistical"): a visit that could not happen "due to" one of them is not denied
 * @param refusal   denial words that name someone's refusal ("refused", "barred"): such a denial counts even
 *                  with a circumstance as its cause
 * @param services  goods and services people have access to ("health care", "justice", "water"): "access to"
 *                  one of them is not the expert's access
 */
record Modifiers(TermList negation, TermList hedge, TermList demand, TermList exception, TermList expert,
                 TermList others, TermList full, TermList pronouns, TermList circumstance, TermList refusal,
                 TermList services) {

    static final List<String> NAMES = List.of("negation", "hedge", "demand", "exception", "expert", "other-actor",
            "full", "pronouns", "circumstance", "refusal", "services");

    /**
     * The sentence gives a circumstance as the cause ("was not able to go there due to the security situation",
     * "postponed because of the pandemic", "in view of the floods"): what did not happen was nobody's refusal.
     */
    boolean noFault(Tokens t) {
        for (TermList.Hit h : circumstance.find(t)) {
            for (int k = Math.max(0, h.start() - 8); k < h.start(); k++) {
                String f = t.forms[k];
                String next = t.forms[k + 1];
                if ((f.equals("due") || f.equals("owing")) && next.equals("to")
                        || (f.equals("because") || f.equals("account") || f.equals("result") || f.equals("view")
                            || f.equals("light")) && next.equals("of") || f.equals("amid")
                        // "because flooding had made the road impassable"
                        || f.equals("because") && h.start() - k <= 3) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when the sentence is hedged. "would" hedges ("it would appear"), but not in the courtesy "I would like to
     * thank"; "whether" doubts, but not in ", whether there or elsewhere".
     */
    boolean hedged(Tokens t) {
        for (TermList.Hit h : hedge.find(t)) {
            int next = h.end();
            if (CueSenses.theMonth(t, h.start())) {
                continue;
            }
            boolean courtesy = t.forms[h.start()].equals("would") && next < t.size()
                    && (t.forms[next].equals("like") || (t.forms[next].equals("also") && next + 1 < t.size()
                        && t.forms[next + 1].equals("like")));
            if (!courtesy && !alternatives(t, h.start())) {
                return true;
            }
        }
        return false;
    }

    /** ", whether there or in the centres": "whether" after a comma lists places or times, it does not doubt. */
    private static boolean alternatives(Tokens t, int i) {
        if (i == 0 || !t.forms[i].equals("whether") || t.clauses[i] == t.clauses[i - 1]) {
            return false;
        }
        for (int k = i + 1; k < Math.min(t.size(), i + 6); k++) {
            if (t.forms[k].equals("or")) {
                return true;
            }
        }
        return false;
    }

    /** "without exception", "with no exception", "no exceptions": a word for an exception that says there was none. */
    static boolean noException(Tokens t, TermList.Hit h) {
        int i = h.start();
        if (!t.forms[i].startsWith("exception")) {
            return false;
        }
        return i > 0 && (t.forms[i - 1].equals("without") || t.forms[i - 1].equals("no")
                || (i > 1 && t.forms[i - 1].equals("any") && t.forms[i - 2].equals("without")));
    }

    /** How many words before a cue a negation reaches. */
    static final int NEGATION_WINDOW = 4;
    /** How many words before a cue a negation that takes an infinitive ("unable to") reaches. */
    static final int INFINITIVE_REACH = 8;
    private static final java.util.Set<String> INFINITIVE_NEGATIONS = java.util.Set.of("unable", "failed", "fail",
            "fails", "refused", "declined", "unwilling");

    private static final java.util.Set<String> OCCURRENCES = java.util.Set.of("case", "cases", "instance",
            "instances", "incident", "incidents", "sign", "signs", "report", "reports", "act", "acts");

    /** "no case of", or a verb of recording or finding before it: "has not recorded a single case of". */
    private static boolean recordedNone(Tokens t, int noun) {
        return (noun >= 1 && t.forms[noun - 1].equals("no")) || t.anyOf(noun - 4, noun, RECORDING);
    }

    private static final java.util.Set<String> RECORDING = java.util.Set.of("recorded", "received", "found",
            "aware", "documented", "registered", "reported", "noted", "heard", "learned", "identified", "seen");

    private static final java.util.Set<String> CAUSATIVES = java.util.Set.of("cause", "force", "oblige", "compel",
            "lead", "require", "caused", "forced", "obliged", "compelled", "led", "required");

    /**
     * The cue is the infinitive of the verb at {@code verb}, right after its "to" or coordinated with it ("cause it
     * to alter or curtail"), not a later verb of another clause.
     */
    private static boolean itsInfinitive(Tokens t, int verb, int i) {
        for (int k = verb + 1; k < i; k++) {
            if (t.forms[k].equals("to")) {
                return i == k + 1 || (i == k + 3 && AND_OR_BUT.contains(t.forms[k + 2]));
            }
        }
        return false;
    }

    /**
     * A plain negation other than "no" ("not", "never", "cannot", "n't") among the few words before token {@code k},
     * in its clause.
     */
    private static boolean plainlyNegated(Tokens t, int k) {
        for (int j = Math.max(0, k - NEGATION_WINDOW); j < k; j++) {
            if (t.clauses[j] == t.clauses[k] && plainNegation(t.forms[j]) && !t.forms[j].equals("no")) {
                return true;
            }
        }
        return false;
    }

    /** True when the word at token {@code i} is negated by a word among the few before it, in its clause. */
    boolean negated(Tokens t, int i, List<TermList.Hit> negations) {
        if (doubleNegatedRelative(t, i)) {
            // "There was no place I asked to see that I was not able to reach": the two cancel out.
            return false;
        }
        if (negatedReport(t, i)) {
            // "It cannot be said that she was at any point unable to speak in confidence": the two cancel out.
            return !negativeInClause(t, clauseStart(t, i), i);
        }
        if (negatedAcrossAside(t, i) || negatedNominalReport(t, i) || laterAlternative(t, i)) {
            return true;
        }
        if (reducedRelative(t, i)) {
            return false;
        }
        if (negativeOpening(t, i) || negatedSubject(t, i)) {
            return !doubleNegative(t, i);
        }
        // "unable to hold discreet and confidential talks": a negation that takes an infinitive reaches
        // the whole of it, in its clause.
        for (int k = Math.max(0, i - INFINITIVE_REACH); k < i - NEGATION_WINDOW; k++) {
            if (t.clauses[k] == t.clauses[i] && t.forms[k + 1].equals("to") && INFINITIVE_NEGATIONS.contains(t.forms[k])) {
                return true;
            }
        }
        // "has not recorded a single case of retaliation": a negated occurrence of the cue.
        if (i >= 2 && t.forms[i - 1].equals("of") && OCCURRENCES.contains(t.forms[i - 2])
                && recordedNone(t, i - 2) && negated(t, i - 2, negations)) {
            return true;
        }
        // "did not at any time cause it to alter or curtail its plans": a negated verb that makes someone do the cue.
        for (int k = Math.max(1, i - INFINITIVE_REACH); k < i - 1; k++) {
            if (t.clauses[k] == t.clauses[i] && CAUSATIVES.contains(t.forms[k]) && itsInfinitive(t, k, i)
                    && plainlyNegated(t, k)) {
                return true;
            }
        }
        // "the absence of any security-related restriction": "absence of" and "lack of" reach over the noun phrase.
        for (int k = Math.max(0, i - 7); k < i - 1; k++) {
            if (t.clauses[k] == t.clauses[i] && (t.forms[k].equals("absence") || t.forms[k].equals("lack"))
                    && t.forms[k + 1].equals("of")) {
                return true;
            }
        }
        // "was no longer obliged to announce her visits": "no longer" reaches the infinitive after its verb.
        for (int k = Math.max(1, i - INFINITIVE_REACH); k < i; k++) {
            if (t.clauses[k] == t.clauses[i] && t.forms[k].equals("longer") && t.forms[k - 1].equals("no")) {
                return true;
            }
        }
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
            // "encountered no difficulty in obtaining the registers": the negation is the difficulty's.
            if (f.equals("no") && k + 1 < i && DIFFICULTIES.contains(t.forms[k + 1])) {
                continue;
            }
            for (TermList.Hit h : negations) {
                if (h.start() == k && h.end() <= i) {
                    return !ofANegatedNoun(t, i);
                }
            }
        }
        return false;
    }

    /** {@link #ofANegatedNoun}, and negated itself: the two negations cancel out. */
    static boolean doubleNegatedRelative(Tokens t, int i) {
        return ofANegatedNoun(t, i) && plainlyNegated(t, i);
    }

    /**
     * The cue stands in a relative clause of a noun after "no": "There was no place I asked to see that I was not
     * able to reach". The two negations cancel out.
     */
    private static boolean ofANegatedNoun(Tokens t, int i) {
        int opener = clauseStart(t, i);
        if (opener == 0 || !(t.forms[opener].equals("that") || t.forms[opener].equals("which"))) {
            return false;
        }
        for (int k = opener - 1; k >= Math.max(0, opener - 6); k--) {
            if (t.forms[k].equals("no")) {
                // "no indication that …" is a negated report, not a noun its clause describes.
                return !REPORT_NOUNS.contains(t.forms[k + 1]);
            }
            if (OF_ANOTHER_NOUN.contains(t.forms[k])) {
                return false; // "no reply about the prison that …": the clause is the prison's, not the reply's
            }
        }
        return false;
    }

    private static final java.util.Set<String> OF_ANOTHER_NOUN = java.util.Set.of("about", "regarding", "concerning");

    /** Nouns of a report or a sign: "no indication that", "no evidence that". */
    private static final java.util.Set<String> REPORT_NOUNS = java.util.Set.of("indication", "indications",
            "information", "evidence", "suggestion", "sign", "signs", "report", "reports", "allegation", "allegations",
            "proof", "record", "records", "doubt", "reason", "claim", "claims", "complaint", "complaints",
            "confirmation", "news", "word", "sense", "question", "assurance", "assurances", "guarantee");

    /**
     * The clause of token {@code i} opens with a negative adverbial or a negated subject, which negates the whole
     * clause however far the cue stands from it: "At no point was the delegation allowed to …", "On no occasion",
     * "Under no circumstances", "Nowhere", "Never", "No request … was refused", "Not a single request …", "Nor was
     * any request … turned down"; also
     * as a reported clause ("confirmed that not a single detainee … was punished").
     */
    static boolean negativeOpening(Tokens t, int i) {
        int start = opening(t, i);
        if (start + 1 < i && AND_OR_BUT.contains(t.forms[start])) {
            start++; // ", and not one of her requests was turned down"
        }
        if (start >= i) {
            return false;
        }
        String first = t.forms[start];
        String second = start + 1 < i ? t.forms[start + 1] : "";
        return first.equals("never") || first.equals("nowhere") || first.equals("no") || first.equals("none")
                || first.equals("nobody") || first.equals("nor") || first.equals("neither")
                || (NEGATIVE_PREPOSITIONS.contains(first) && second.equals("no"))
                || (first.equals("not") && (second.equals("a") || second.equals("one") || second.equals("once")));
    }

    /**
     * A negative opening negates a negative word before the cue, in its clause: "At no point was I unable to speak in
     * private", "Never was it impossible to meet them alone". The two cancel out.
     */
    private static boolean doubleNegative(Tokens t, int i) {
        return negativeInClause(t, opening(t, i) + 1, i);
    }

    /** A negative adjective ("unable", "impossible") from token {@code from} up to the cue, in the cue's clause. */
    private static boolean negativeInClause(Tokens t, int from, int i) {
        for (int k = from; k < i; k++) {
            if (t.clauses[k] == t.clauses[i] && NEGATIVE_ADJECTIVES.contains(t.forms[k])) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> NEGATIVE_ADJECTIVES = java.util.Set.of("unable", "impossible");

    /**
     * The cue is the last alternative of a list that "without" governs: "without any official, guard or staff
     * member present or within hearing".
     */
    private static boolean laterAlternative(Tokens t, int i) {
        if (i < 2 || !t.forms[i - 1].equals("or")) {
            return false;
        }
        for (int k = i - 2; k >= Math.max(0, i - 12); k--) {
            String f = t.forms[k];
            if (f.equals("without")) {
                return true;
            }
            if (VERB_OR_CONTRAST.contains(f)) {
                return false;
            }
        }
        return false;
    }

    private static final java.util.Set<String> VERB_OR_CONTRAST = java.util.Set.of("was", "were", "is", "are", "had",
            "has", "have", "could", "did", "but", "however", "yet", "while", "although", "that", "which", "who");

    /**
     * The cue is the verb of a relative clause without "who" or "that" after a negated noun ("not one
     * prisoner she talked to was moved", "no person she met"): the negation before it is the main clause's,
     * not the relative clause's. ("Not once did she visit" is an inversion: negated.)
     */
    private static boolean reducedRelative(Tokens t, int i) {
        return i > 1 && RELATIVE_SUBJECTS.contains(t.forms[i - 1]) && !INVERTED.contains(t.forms[i - 2]);
    }

    private static final java.util.Set<String> RELATIVE_SUBJECTS = java.util.Set.of("she", "he", "they", "we", "i",
            "it");
    private static final java.util.Set<String> INVERTED = java.util.Set.of("did", "could", "was", "were", "had",
            "would", "has", "have", "does", "do", "can", "will");

    /**
     * The sentence opens with "Nobody", "No one" or "None", perhaps after a short phrase ("To my knowledge, none of
     * them …"), whose predicate may stand after a relative clause and asides: "Nobody who met the expert has, to her
     * knowledge, suffered reprisals". It reaches the first contrast. So does such a subject after "that" ("assured her
     * that no one who met her would suffer reprisals"), up to ", and" before a new subject.
     */
    static boolean negatedSubject(Tokens t, int i) {
        int s = subjectStart(t);
        if (!nobodyAt(t, s, i)) {
            // Or the subject of a clause after "that": "gave assurances that no one who met her would suffer …"
            // (not a word of the relative clause that describes the subject: "who met her").
            s = -1;
            String opener = t.forms[clauseStart(t, i)];
            for (int k = i - 2; k >= 1 && s < 0 && !RELATIVES.contains(opener); k--) {
                s = t.forms[k - 1].equals("that") && nobodyAt(t, k, i) ? k : -1;
            }
            if (s < 0 || newSubjectBetween(t, s, i) >= 0) {
                return false;
            }
        } else {
            // "None of the ministers commented, and two lawyers she met were arrested": the subject has had its
            // verb; not "None of the lawyers, journalists, and the defenders she met has been arrested".
            int and = newSubjectBetween(t, s, i);
            if (and >= 0 && ownVerbBetween(t, s + 1, and)) {
                return false;
            }
        }
        // "The groups, none of whose members went with her, said …": a relative aside, not the subject.
        if (s + 2 < t.size() && (t.forms[s + 2].equals("whose") || t.forms[s + 2].equals("which")
                || t.forms[s + 2].equals("whom"))) {
            return false;
        }
        // "Honestly, none: I went where I wanted": an answer, then a statement of its own.
        if (t.text.substring(t.starts[s], t.starts[i]).indexOf(':') >= 0) {
            return false;
        }
        for (int k = s + 1; k < i; k++) {
            if (CONTRASTS.contains(t.forms[k])) {
                return false;
            }
        }
        return t.text.lastIndexOf(';', t.starts[i]) < 0;
    }

    /**
     * The ", and" before a new subject between {@code s} and {@code i}, or -1: ", and the police detained …", a clause
     * with a subject of its own.
     */
    private static int newSubjectBetween(Tokens t, int s, int i) {
        for (int m = s + 1; m + 1 < i; m++) {
            if (t.forms[m].equals("and") && t.text.substring(t.starts[m - 1], t.starts[m]).indexOf(',') >= 0
                    && AFTER_AND_SUBJECTS.contains(t.forms[m + 1])) {
                return m;
            }
        }
        return -1;
    }

    /** A verb of the subject's own in {@code [from, to)}: not one of a relative clause ("she met", "who spoke"). */
    private static boolean ownVerbBetween(Tokens t, int from, int to) {
        for (int k = Math.max(1, from); k < to; k++) {
            String f = t.forms[k];
            boolean verb = (f.endsWith("ed") && f.length() > 4) || OWN_VERBS.contains(f);
            if (verb && !CLAUSE_SUBJECTS.contains(t.forms[k - 1])) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> OWN_VERBS = java.util.Set.of("said", "was", "were", "had", "has",
            "is", "are", "did", "could", "would", "knew", "told", "made", "took", "gave", "spoke", "met", "saw");
    private static final java.util.Set<String> CLAUSE_SUBJECTS = java.util.Set.of("she", "he", "they", "i", "we",
            "it", "who", "that", "whom", "which", "you", "been", "be", "being", "had", "has", "have", "was", "were");

    static final java.util.Set<String> AFTER_AND_SUBJECTS = java.util.Set.of("that", "the", "a", "an", "she", "he",
            "they", "it", "we", "i", "two", "three", "several", "some", "many", "police", "officials", "authorities");

    private static boolean nobodyAt(Tokens t, int s, int i) {
        return i >= s + 2 && (t.forms[s].equals("nobody") || (t.forms[s].equals("none") && NONE_OF.contains(t.forms[s + 1]))
                || (t.forms[s].equals("no") && t.forms[s + 1].equals("one")));
    }

    private static final java.util.Set<String> TIME_OPENERS = java.util.Set.of("so far", "to date", "thus far",
            "as yet", "since then");

    /**
     * Where the subject starts: after a short opening phrase and its comma ("To my knowledge, none of …"), or after
     * "so far", "to date" … without one.
     */
    private static int subjectStart(Tokens t) {
        if (t.size() == 0 || NEGATIVE_SUBJECTS.contains(t.forms[0])) {
            return 0;
        }
        if (t.size() > 2 && TIME_OPENERS.contains(t.forms[0] + " " + t.forms[1])) {
            return 2; // "So far none of them has …", without a comma
        }
        for (int k = 1; k < Math.min(t.size(), 7); k++) {
            if (t.clauses[k] != t.clauses[0]) {
                return k;
            }
        }
        return 0;
    }

    static final java.util.Set<String> AND_OR_BUT = java.util.Set.of("and", "or", "but");

    private static final java.util.Set<String> DIFFICULTIES = java.util.Set.of("difficulty", "difficulties",
            "problem", "problems", "trouble", "hindrance", "obstacle", "obstacles", "objection", "objections");

    private static final java.util.Set<String> NEGATIVE_SUBJECTS = java.util.Set.of("nobody", "none", "no");
    /** What follows "none" as a subject: "none of them", "none was", "none has". */
    private static final java.util.Set<String> NONE_OF = java.util.Set.of("of", "was", "were", "has", "have", "had",
            "is", "are");

    static final java.util.Set<String> CONTRASTS = java.util.Set.of("but", "however", "yet", "although",
            "though", "while", "whereas", "nevertheless", "nonetheless");

    private static final java.util.Set<String> NEGATIVE_PREPOSITIONS = java.util.Set.of("at", "on", "in", "under");

    /**
     * A negation that ends its clause reaches over an aside to the cue that opens the clause after it: "was not,
     * despite the assurances given, permitted to visit"; "could not, however, meet".
     */
    static boolean negatedAcrossAside(Tokens t, int i) {
        int start = clauseStart(t, i);
        if (i - start > 1 || start == 0) {
            return false;
        }
        int aside = clauseStart(t, start - 1);
        if (start - aside > MAX_ASIDE || aside == 0) {
            return false;
        }
        String before = t.forms[aside - 1];
        if (before.equals("not") || before.equals("never") || before.endsWith("n't") || before.equals("cannot")) {
            return true;
        }
        // "no state officials, including law enforcement officials, are present", "none of them, as far as I am
        // aware, was monitored": the aside stands between a negated subject and its verb.
        int subject = clauseStart(t, aside - 1);
        while (subject + 1 < aside && SUBJECT_LINKS.contains(t.forms[subject])) {
            subject++;
        }
        // Only a bare subject before the aside ("none of the meetings, …, was"), not a clause with a verb of its own.
        return aside - subject <= MAX_SUBJECT && (t.forms[subject].equals("no") || t.forms[subject].equals("none"));
    }

    /** How many words a negated subject before an aside may have: "none of the meetings", "no state officials". */
    private static final int MAX_SUBJECT = 5;

    /** Words that may stand before a clause's subject: "and none of them", "that no official". */
    private static final java.util.Set<String> SUBJECT_LINKS = java.util.Set.of("that", "and", "but");

    /** Words an aside between a negation and its cue may have. */
    private static final int MAX_ASIDE = 10;

    /**
     * Where the clause of token {@code i} opens, for a negative opening: the clause that began a list it continues,
     * and after a "that" that reports it ("confirmed that not a single detainee …").
     */
    static int opening(Tokens t, int i) {
        int start = listStart(t, clauseStart(t, i));
        return start + 1 < i && t.forms[start].equals("that") ? start + 1 : start;
    }

    /**
     * A clause that continues a list after a comma ("a camp or a police cell was refused") belongs to the clause
     * that opened the list ("No request to visit a prison, …"): where that one starts.
     */
    private static int listStart(Tokens t, int start) {
        for (int hop = 0; hop < 3 && start > 0 && LIST_ITEMS.contains(t.forms[start]); hop++) {
            int comma = t.text.lastIndexOf(',', t.starts[start]);
            if (comma < t.starts[start - 1]) {
                break;
            }
            start = clauseStart(t, start - 1);
        }
        return start;
    }

    private static final java.util.Set<String> LIST_ITEMS = java.util.Set.of("a", "an", "any");

    private static int clauseStart(Tokens t, int i) {
        int start = i;
        while (start > 0 && t.clauses[start - 1] == t.clauses[i]) {
            start--;
        }
        return start;
    }

    /**
     * A demand word stands in what an assurance promised ({@link #assured}): the sentence reports the assurance,
     * and is still read part by part where it turns ("…, but three of her interlocutors were detained").
     */
    boolean assuredDemand(Tokens t) {
        for (TermList.Hit h : demand.find(t)) {
            if (assured(t, h.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the sentence holds a word of {@code demand} used as a demand. "Requests", "demands" and "appeals"
     * are verbs only after whoever asks ("The Special Rapporteur requests", "she also requests"); elsewhere they
     * are nouns ("Requests by the Working Group to visit … were turned down", "two written requests", "her demands
     * were ignored"), and the sentence reports what happened to them.
     */
    boolean demands(Tokens t) {
        for (TermList.Hit h : demand.find(t)) {
            int i = h.start();
            if (complied(t, i) || willAsNoun(t, i) || inRelativeClause(t, i) || threatened(t, i) || assured(t, i)
                    || demandedByTheWatchers(t, i) || pastHabit(t, h) || brokenPromise(t, h) || describesAPlace(t, h)) {
                continue;
            }
            if (!NOUN_OR_VERB.contains(t.forms[i]) || (i > 0 && ASKERS.contains(t.forms[i - 1]))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Interviews were, as a rule, held in private", "access was normally granted within the hour": a habit told in
     * the past reports how the visit went, for the most part. In the present ("visits normally take place") it
     * states a norm.
     */
    private boolean pastHabit(Tokens t, TermList.Hit h) {
        // The expert's visit, told by the text itself: not someone else's habit, one reported by others, or one of
        // earlier years ("UN staff were as a rule refused entry", "before the visit, detainees were usually …").
        if (!HABITS.contains(h.term()) || expert.find(t).isEmpty() || t.anyOf(0, t.size(), OTHER_TIMES_OR_VOICES)
                || (ROLE_OPENERS.contains(t.forms[0]) && h.start() > 0)) {
            return false; // "As a national judge, she was normally granted …", "When she served on the Committee"
        }
        boolean past = false;
        for (int k = Math.max(0, h.start() - 4); k < Math.min(t.size(), h.end() + 4); k++) {
            if (PRESENT_OR_MODAL.contains(t.forms[k])) {
                return false;
            }
            // The habit's own verb: "was usually granted", "were, as a rule, held", "As a rule, the talks were …";
            // not "the zone, normally off limits, was authorized", where it describes the place.
            boolean itsVerb = k < h.start() ? h.start() - k <= 2 : h.start() == 0;
            past |= itsVerb && PAST_AUXILIARIES.contains(t.forms[k]);
        }
        return past;
    }

    /**
     * "Although the Ministry undertook to provide the records, none had been received": a promise told with what
     * became of it is a report. (What was promised grants nothing: {@link CueSenses#grantsNothing}.)
     */
    private static boolean brokenPromise(Tokens t, TermList.Hit h) {
        if (!PROMISES.contains(h.term())) {
            return false;
        }
        boolean concessive = CONCESSIONS.contains(t.forms[0]);
        for (int k = h.end() + 1; k < t.size(); k++) {
            boolean notLeast = k + 1 < t.size() && t.forms[k].equals("not")
                    && (t.forms[k + 1].equals("least") || t.forms[k + 1].equals("only"));
            if (BROKEN.contains(t.forms[k]) && !notLeast && (concessive || t.clauses[k] != t.clauses[h.start()])) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> PROMISES = java.util.Set.of("undertook to", "promised to");
    /** Negations that tell what became of a promise, in a clause after it: "none had been received", "yet to". */
    private static final java.util.Set<String> BROKEN = java.util.Set.of("not", "never", "none", "neither", "nor",
            "yet");

    /**
     * The sentence reports a habit of the visit ({@link #pastHabit}): it was so for the most part, never wholly
     * ("was usually granted access to all places of detention").
     */
    boolean pastHabit(Tokens t) {
        return demand.find(t).stream().anyMatch(h -> pastHabit(t, h));
    }

    /** "the quarantine zone, normally off limits, was …": how a place usually is describes it; it asks nothing. */
    private static boolean describesAPlace(Tokens t, TermList.Hit h) {
        return HABITS.contains(h.term()) && t.anyOf(h.end(), h.end() + 2, CLOSED);
    }

    private static final java.util.Set<String> CLOSED = java.util.Set.of("off", "closed", "restricted",
            "inaccessible", "forbidden", "barred", "out");

    private static final java.util.Set<String> ROLE_OPENERS = java.util.Set.of("as", "when", "while", "during",
            "before", "in");
    private static final java.util.Set<String> OTHER_TIMES_OR_VOICES = java.util.Set.of("before", "previous",
            "previously", "earlier", "former", "formerly", "old", "years", "told", "said", "says", "according",
            "alleged", "reported", "claimed");
    private static final java.util.Set<String> HABITS = java.util.Set.of("as a rule", "usually", "normally");
    private static final java.util.Set<String> PAST_AUXILIARIES = java.util.Set.of("was", "were");
    private static final java.util.Set<String> PRESENT_OR_MODAL = java.util.Set.of("is", "are", "am", "has", "have",
            "will", "would", "can", "may", "do", "does", "be");

    /**
     * "Officers of the escort photographed those who arrived and demanded their names": what those who watch the
     * expert demanded is an act they did, reported, not a demand the text makes.
     */
    private static boolean demandedByTheWatchers(Tokens t, int i) {
        if (!t.forms[i].equals("demanded")) {
            return false;
        }
        for (int k = 0; k < i; k++) {
            if (WATCHERS.contains(t.forms[k])) {
                return true;
            }
        }
        return false;
    }

    static final java.util.Set<String> WATCHERS = java.util.Set.of("police", "officers", "officer",
            "guards", "guard", "escort", "escorts", "agents", "soldiers", "gendarmes", "minders");

    /**
     * The word says what an assurance was: "provided written assurances that no person would be subjected to
     * reprisals, and that she would be free to travel" reports the assurance, given, not a demand.
     */
    static boolean assured(Tokens t, int i) {
        if (t.size() > 1 && (CONCESSIONS.contains(t.forms[0]) || (t.forms[0].equals("in") && t.forms[1].equals("spite")))) {
            return false; // "Despite assurances that …, she was turned back": the rest is read on its own
        }
        for (int k = i - 1; k >= Math.max(0, i - 25); k--) {
            if (ASSURANCES.contains(t.forms[k])) {
                int that = thatAfter(t, k);
                return that >= 0 && that < i && withinThePromise(t, that, i);
            }
        }
        return false;
    }

    /**
     * Token {@code i} stands in the "that" clause at {@code that}, or in the clauses that go on it: a relative
     * clause ("no one who met her would …") or another "and that". A new clause of any other kind ("…, she was
     * turned back") is the sentence's own.
     */
    private static boolean withinThePromise(Tokens t, int that, int i) {
        for (int m = that + 1; m <= i; m++) {
            // A relative clause after a comma is the sentence's own: "…, which it was not allowed to do".
            boolean afterComma = t.text.substring(t.starts[m - 1], t.starts[m]).indexOf(',') >= 0;
            if (t.clauses[m] != t.clauses[m - 1] && !t.forms[m].equals("that")
                    && (!RELATIVES.contains(t.forms[m]) || afterComma)
                    && !(t.forms[m].equals("and") && m + 1 < t.size() && t.forms[m + 1].equals("that"))) {
                return false;
            }
        }
        return true;
    }

    /** The "that" among the three words after token {@code k} ("assurances that", "assured her that"), or -1. */
    static int thatAfter(Tokens t, int k) {
        for (int j = k + 1; j < Math.min(t.size(), k + 4); j++) {
            if (t.forms[j].equals("that")) {
                return j;
            }
        }
        return -1;
    }

    private static final java.util.Set<String> CONCESSIONS = java.util.Set.of("despite", "notwithstanding",
            "contrary", "although", "though");

    static final java.util.Set<String> ASSURANCES = java.util.Set.of("assurance", "assurances", "assured",
            "guarantee", "guarantees", "guaranteed", "undertaking", "undertook", "pledged", "pledge");

    /**
     * The word says what a threat was: "warned that their rations would be cut if they talked to foreigners again"
     * reports the warning.
     */
    private static boolean threatened(Tokens t, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 10); k--) {
            if (t.forms[k].equals("warned") || t.forms[k].equals("threatened")) {
                // what the threat said follows "that" or "if": "warned that …", "warned them that …"
                for (int j = k + 1; j < Math.min(i, k + 4); j++) {
                    if (t.forms[j].equals("that") || t.forms[j].equals("if")) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * The word stands in a relative clause, which describes a noun of the main clause: "the hall where farmers
     * had agreed to speak with her", "officials who must approve each trip", "an area that normally requires a
     * permit". The main clause still reports.
     */
    private static boolean inRelativeClause(Tokens t, int i) {
        for (int k = i - 1; k >= Math.max(1, i - 6); k--) {
            if (RELATIVES.contains(t.forms[k]) || (t.forms[k].equals("that") && PLACES.contains(t.forms[k - 1]))) {
                return true;
            }
            if (t.clauses[k] != t.clauses[i]) {
                return false;
            }
        }
        return false;
    }

    private static final java.util.Set<String> RELATIVES = java.util.Set.of("where", "who", "which", "whom", "whose");

    /** Places after which "that" opens a relative clause: "a border area that normally requires a permit". */
    private static final java.util.Set<String> PLACES = java.util.Set.of("area", "areas", "zone", "zones", "region",
            "regions", "district", "districts", "province", "provinces", "territory", "island", "islands", "city",
            "town", "village", "villages", "facility", "facilities", "prison", "prisons", "camp", "camps", "centre",
            "centres", "site", "sites");

    /** "will" as a noun: "moved at will", "political will", "of her own free will". */
    private static boolean willAsNoun(Tokens t, int i) {
        return t.forms[i].equals("will") && i > 0 && WILL_NOUN.contains(t.forms[i - 1]);
    }

    private static final java.util.Set<String> WILL_NOUN = java.util.Set.of("at", "political", "free", "good", "own",
            "the", "of");

    /**
     * The norm is reported as kept: "the wardens complied with her terms of reference", "respected the terms of
     * reference". ("In accordance with the terms of reference" introduces the norm itself.)
     */
    private static boolean complied(Tokens t, int i) {
        for (int k = Math.max(0, i - 4); k < i; k++) {
            if (COMPLIANCE.contains(t.stems[k])) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> COMPLIANCE = java.util.Set.of("compli", "complianc", "respect",
            "honour", "honor", "adher", "upheld");

    private static final java.util.Set<String> NOUN_OR_VERB = java.util.Set.of("requests", "demands", "appeals");
    /** Words right before such a verb: who asks, or an adverb between them ("she also requests"). */
    private static final java.util.Set<String> ASKERS = java.util.Set.of("she", "he", "it", "they", "we", "also",
            "further", "again", "therefore", "hereby", "strongly", "respectfully", "rapporteur", "group", "committee",
            "council", "commission", "expert", "experts", "government", "mission", "delegation", "assembly", "party",
            "secretariat", "office", "commissioner", "subcommittee", "mechanism");

    /**
     * The cue stands in a "that" clause whose report is negated: "did not receive any information suggesting that
     * those she met faced reprisals", "there is no indication that". Nothing is asserted in such a clause.
     */
    static boolean negatedReport(Tokens t, int i) {
        int start = clauseStart(t, i);
        if (start == 0 || !t.forms[start].equals("that")) {
            return false;
        }
        // "welcomed the fact that this was not repeated and that he could …": a second report, not the first's object
        if (AND_OR_BUT.contains(t.forms[start - 1])) {
            return false;
        }
        for (int k = Math.max(0, start - REPORT_WINDOW); k < start; k++) {
            String f = t.forms[k];
            if (plainNegation(f)) {
                return true;
            }
        }
        return false;
    }

    /** "not", "no", "never", "cannot" or a word ending in n't: the negations that a report's negation is made of. */
    private static boolean plainNegation(String f) {
        return f.equals("not") || f.equals("no") || f.endsWith("n't") || f.equals("never") || f.equals("cannot");
    }

    /** How many words before "that" the negation of the report may stand ("did not receive any information suggesting"). */
    private static final int REPORT_WINDOW = 6;

    /**
     * The cue is what a negated report is about: "has not received any allegation of reprisals", "no reports of
     * restrictions", where only report words stand between the negation and the cue.
     */
    static boolean negatedNominalReport(Tokens t, int i) {
        for (int k = i - 1; k >= Math.max(0, i - REPORT_WINDOW - 1); k--) {
            String f = t.forms[k];
            if (plainNegation(f) && k < i - 2) {
                return true;
            }
            if (!REPORT_WORDS.contains(f)) {
                return false;
            }
        }
        return false;
    }

    /** Words of a report about something: "received any allegation of", "no reports of". */
    private static final java.util.Set<String> REPORT_WORDS = java.util.Set.of("received", "receive", "seen", "heard",
            "any", "allegation", "allegations", "report", "reports", "information", "evidence", "indication",
            "indications", "complaint", "complaints", "sign", "signs", "of", "on", "about", "the", "a", "credible",
            "further");
}
