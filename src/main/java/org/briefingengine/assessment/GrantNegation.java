package org.briefingengine.assessment;

import java.util.List;

/**
 * Whether a grant that {@link ConceptRule} paired with a concept is negated, and so denies: by a negation before it
 * ("was not granted access"), by a negated word that enables it ("was not given the opportunity to visit", "not
 * possible for the expert to meet"), by a negated noun ("none of the conversations"), by a predicate after it
 * ("made private talks impossible", "Free travel … has yet to be allowed", "Full access … was denied"), or by a
 * negated grant it is joined to ("unable to hold discreet and confidential talks"). A participle that describes its
 * noun ("the prisoner interviewed by the experts") is not negated by its noun's negation. Each test was found on text;
 * stateless.
 */
final class GrantNegation {

    private GrantNegation() {
    }

    /** True when grant {@code g}, paired with concept {@code c}, is negated in the sentence. */
    static boolean negates(ConceptRule.Context context, TermList.Hit g, TermList.Hit c, List<TermList.Hit> concepts,
                           List<TermList.Hit> granted, List<TermList.Hit> denied) {
        Tokens t = context.tokens;
        return !reducedRelative(t, c, g) && (context.negated(g.start()) || neitherAfter(t, g) || (!selfNegated(t, g) && negatedEnabler(context, g))
                || (negatedConcept(context, c, concepts) && !acrossSemicolon(t, g, c) && !inARelativeOfItsOwn(t, g, c)
                && !Modifiers.doubleNegatedRelative(t, g.start()) && !whatWasAssured(t, g, c)) || madeImpossible(t, g) || negatedConjunct(context, g, granted)
                || negatedPredicate(context, g, c, granted, denied));
    }

    /**
     * The concept stands in what an assurance said: "assurances that no person would be subjected to reprisals for
     * cooperating": its negation is the assurance's own content.
     */
    private static boolean whatWasAssured(Tokens t, TermList.Hit g, TermList.Hit c) {
        if (!Modifiers.ASSURANCES.contains(t.forms[g.start()]) || c.start() <= g.end()) {
            return false;
        }
        int that = Modifiers.thatAfter(t, g.end() - 1);
        return that >= 0 && that < c.start();
    }

    /** "was able neither to reach the district nor to visit the facility": the negation follows the grant. */
    private static boolean neitherAfter(Tokens t, TermList.Hit g) {
        int n = g.end();
        return n + 1 < t.size() && t.forms[n].equals("neither") && t.clauses[n] == t.clauses[n - 1]
                && t.forms[n + 1].equals("to");
    }

    /**
     * The grant is a negated verb of its own ("did not impede", "never interfered"): an enabler negated before it
     * ("never sought to accompany him … and did not impede his work") is another statement. ("without … present"
     * is no verb: "not possible to meet any detainee without an official present" negates it.)
     */
    private static boolean selfNegated(Tokens t, TermList.Hit g) {
        String first = t.forms[g.start()];
        return first.equals("never") || (first.equals("did") && g.end() - g.start() > 1
                && t.forms[g.start() + 1].equals("not"));
    }

    /**
     * The grant stands in a relative clause after the concept, set off by a comma, which says something of its own:
     * "Nor did they seek to attend the interviews, all of which were held in the absence of officials".
     */
    private static boolean inARelativeOfItsOwn(Tokens t, TermList.Hit g, TermList.Hit c) {
        if (g.start() < c.end() || t.clauses[g.start()] == t.clauses[c.start()]) {
            return false;
        }
        // Set off by a comma after a word for all: ", all of which were …"; not "the files of the detainees who
        // alleged torture were …", nor another's act (", who were all interviewed … by intelligence officers").
        int k = ConceptRule.allOfWhich(t, g.start());
        if (k < 0 || t.text.substring(t.starts[c.end() - 1], t.starts[k]).indexOf(',') < 0) {
            return false;
        }
        for (int j = k + 1; j < t.size() && t.clauses[j] == t.clauses[g.start()]; j++) {
            if (t.forms[j].equals("by")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A semicolon stands between the grant and the concept: "…, which she read in full; no file she
     * asked for was withheld" negates the second statement's noun, not the first one's grant.
     */
    private static boolean acrossSemicolon(Tokens t, TermList.Hit g, TermList.Hit c) {
        int from = t.starts[Math.min(g.start(), c.start())];
        int to = t.starts[Math.max(g.start(), c.start())];
        return t.text.substring(from, to).indexOf(';') >= 0;
    }

    /**
     * The grant is a participle right after its noun, with its agent ("neither the prisoner interviewed by the
     * experts nor any other had come to harm"), or the verb of a relative clause without "who" or "that" ("not a
     * single detainee she had interviewed was punished"). It describes the noun; a negation of the noun is the main
     * verb's.
     */
    private static boolean reducedRelative(Tokens t, TermList.Hit concept, TermList.Hit grant) {
        int e = concept.end();
        if (e == grant.start() && grant.end() - grant.start() == 1 && t.forms[grant.start()].endsWith("ed")
                && grant.end() < t.size() && t.forms[grant.end()].equals("by")) {
            return true;
        }
        int verb = e + 1 < t.size() && (t.forms[e + 1].equals("had") || t.forms[e + 1].equals("has")) ? e + 2 : e + 1;
        return e < t.size() && grant.start() == verb && RELATIVE_SUBJECTS.contains(t.forms[e]);
    }

    private static final java.util.Set<String> RELATIVE_SUBJECTS = java.util.Set.of("she", "he", "they", "we", "i");

    /**
     * The grant opens its clause with the concept after it, as a subject ("Free travel", "Unrestricted access to the
     * jails", "Visits to prisons"), and a grant after them, their predicate, is negated or a denial: "Free travel
     * across the provinces has yet to be allowed", "Access to the jails was not granted", "… was refused".
     */
    private static boolean negatedPredicate(ConceptRule.Context context, TermList.Hit grant, TermList.Hit concept,
                                            List<TermList.Hit> granted, List<TermList.Hit> denied) {
        Tokens t = context.tokens;
        if (concept.start() < grant.end() || concept.start() - grant.end() > 3) {
            return false;
        }
        for (int k = grant.start() - 1; k >= 0 && t.clauses[k] == t.clauses[grant.start()]; k--) {
            if (!CueSenses.DETERMINERS.contains(t.forms[k]) && !ADJECTIVES.contains(t.forms[k])) {
                return false;
            }
        }
        // The predicate may also be a denial: "Full access to the jails … was in practice denied".
        return granted.stream().anyMatch(h -> h.start() >= concept.end() && h.start() - concept.end() <= 2 * ConceptRule.WINDOW
                && context.negated(h.start()) && samePredicate(context, concept, h))
                || denied.stream().anyMatch(d -> d.start() >= concept.end() && d.start() - concept.end() <= 2 * ConceptRule.WINDOW
                && !context.negated(d.start()) && samePredicate(context, concept, d));
    }

    /**
     * Nothing between the subject's concept and the later grant starts another statement: no contrast or "and", no
     * new subject outside an aside ("Free travel, as the Rapporteur asked, has yet to be allowed").
     */
    private static boolean samePredicate(ConceptRule.Context context, TermList.Hit concept, TermList.Hit later) {
        Tokens t = context.tokens;
        for (int k = concept.end(); k < later.start(); k++) {
            // The subject's own verb stands just before the later grant ("has yet to be allowed"); one further
            // back is a predicate of its own ("Her visit to the jail was an exception, since …").
            if (NEW_STATEMENT.contains(t.forms[k]) || (k < later.start() - 4 && AUXILIARIES.contains(t.forms[k]))) {
                return false;
            }
        }
        int from = t.clauses[concept.start()];
        int to = t.clauses[later.start()];
        return context.experts().stream().noneMatch(e -> e.start() >= concept.end() && e.start() < later.start()
                && (t.clauses[e.start()] == from || t.clauses[e.start()] == to));
    }

    private static final java.util.Set<String> NEW_STATEMENT = java.util.Set.of("and", "but", "however", "while",
            "whereas", "although", "though", "where", "since", "because", "when", "after", "until");

    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("was", "were", "is", "are", "has", "have",
            "had", "been");

    /**
     * The grant is joined by "and" or "or" to a negated grant before it: "unable to hold discreet and
     * confidential talks" negates both.
     */
    private static boolean negatedConjunct(ConceptRule.Context context, TermList.Hit grant, List<TermList.Hit> granted) {
        Tokens t = context.tokens;
        int i = grant.start();
        if (i < 2 || !(t.forms[i - 1].equals("and") || t.forms[i - 1].equals("or"))) {
            return false;
        }
        return granted.stream().anyMatch(g -> g.end() == i - 1 && context.negated(g.start()));
    }

    /** Stems of words that take an infinitive and report whether it happened ("able to visit", "refused to let"). */
    static final java.util.Set<String> ENABLING = java.util.Set.of("abl", "unabl", "allow", "permit", "free",
            "possibl", "impossibl", "grant", "authoris", "author", "enabl", "manag", "could", "refus", "deni", "fail",
            "prevent", "forbidden", "oblig", "failur", "want", "wish", "tri", "attempt", "sought", "unwil", "declin");

    /** Grants that are adjectives of their noun ("confidential interviews", "unrestricted access"). */
    static final java.util.Set<String> ADJECTIVES = java.util.Set.of("confidential", "private",
            "unsupervised", "unmonitored", "unaccompanied", "unrestricted", "unhindered", "unimpeded", "unfettered",
            "free", "full", "discreet", "unobtrusive");

    /** Nouns that offer a chance ("an opportunity to raise"): a plan, unless negated ("not given the opportunity"). */
    /** Enablers that say no by themselves: negated, they say yes. */
    private static final java.util.Set<String> NEGATIVE_ENABLERS = java.util.Set.of("unabl", "impossibl");

    private static final java.util.Set<String> OPPORTUNITY = java.util.Set.of("opportun", "chanc", "permiss");

    /**
     * The concept itself is negated ("none of the conversations", "no private meeting", "No Special Procedures
     * mandate-holder", "could not meet"), not a verb that governs it: in "did not attend her meetings" the
     * meetings took place. Between the negation and the concept stand only determiners and other concepts.
     */
    private static boolean negatedConcept(ConceptRule.Context context, TermList.Hit concept, List<TermList.Hit> concepts) {
        Tokens t = context.tokens;
        int i = concept.start();
        if (!context.negated(i)) {
            return false;
        }
        if (Modifiers.negativeOpening(t, i) || Modifiers.negatedAcrossAside(t, i) || Modifiers.negatedReport(t, i)) {
            return true;
        }
        for (int k = i - 1; k >= Math.max(0, i - Modifiers.NEGATION_WINDOW); k--) {
            String f = t.forms[k];
            if (NEGATORS.contains(f) || f.endsWith("n't")) {
                return true;
            }
            int at = k;
            if (!BETWEEN_NEGATION_AND_NOUN.contains(f) && concepts.stream().noneMatch(h -> h.start() <= at && at < h.end())) {
                return false;
            }
        }
        return false;
    }

    private static final java.util.Set<String> NEGATORS = java.util.Set.of("not", "no", "none", "never", "nor",
            "neither", "without", "nobody", "nothing", "cannot", "unable", "failed", "refused");

    /** Words that may stand between a negation and the noun it negates ("none of the", "no such private"). */
    private static final java.util.Set<String> BETWEEN_NEGATION_AND_NOUN = java.util.Set.of("the", "a", "an", "any",
            "of", "her", "his", "their", "its", "our", "such", "private", "confidential", "single", "these", "those",
            "to", "one");

    /**
     * The grant follows a negated word that enables it: "was not given the opportunity to visit", "had no chance
     * to meet", where the negation stands too far before the grant itself. The negation reaches the whole
     * infinitive, its manner included: "was never permitted to talk to inmates without wardens nearby".
     */
    static boolean negatedEnabler(ConceptRule.Context context, TermList.Hit grant) {
        Tokens t = context.tokens;
        int i = grant.start();
        for (int k = i - 2; k >= Math.max(0, i - 2 - ConceptRule.WINDOW) && t.clauses[k] == t.clauses[i]; k--) {
            if (t.forms[k + 1].equals("to") && (ENABLING.contains(t.stems[k]) || OPPORTUNITY.contains(t.stems[k]))) {
                // "At no point was I unable to speak in private": a negated "unable" enables.
                return context.negated(k) && !NEGATIVE_ENABLERS.contains(t.stems[k]);
            }
            // "It was not possible for the Rapporteur to meet …": the enabler stands before "for" and its subject.
            if (t.forms[k + 1].equals("to")) {
                for (int f = k; f >= Math.max(1, k - 4); f--) {
                    if (t.forms[f].equals("for") && ENABLING.contains(t.stems[f - 1])) {
                        return context.negated(f - 1) || t.forms[f - 1].startsWith("impossib");
                    }
                }
            }
        }
        return false;
    }

    /**
     * A predicate after the grant negates it: "which made confidential exchanges impossible", "private talks
     * proved impossible".
     */
    private static boolean madeImpossible(Tokens t, TermList.Hit grant) {
        for (int k = grant.end(); k < Math.min(t.size(), grant.end() + 3); k++) {
            if (t.forms[k].equals("impossible") && t.clauses[k] == t.clauses[grant.start()]) {
                return true;
            }
        }
        return false;
    }
}
