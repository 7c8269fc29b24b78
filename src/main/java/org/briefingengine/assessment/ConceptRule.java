package org.briefingengine.assessment;

import java.util.ArrayList;
import java.util.List;

/**
 * A condition's judgement by composition instead of one regex per wording: the sentence must be about one of
 * the condition's concepts ({@code about}), and a cue near it must grant or deny it ({@code grants}, {@code
 * denies}); modifiers then decide what the pair is worth ({@link Modifiers}):
 * <ul>
 *   <li>a negated grant denies ("was not granted access to the prisons"; the forms of negation are in {@link
 *       GrantNegation}); a negated denial is no evidence ("was not obstructed" proves nothing);</li>
 *   <li>a grant is full only with a word of {@code fully} near it ("all", "unrestricted", "wherever"), else
 *       partial; an exception in the sentence ("except", "with two exceptions", "but") makes it partial too;</li>
 *   <li>the expert must be named in the sentence or the one before it; a concept in a clause about another
 *       actor (lawyers, relatives, a national body) and not the expert does not count;</li>
 *   <li>a sentence with a word of {@code skip-when} (e.g. "abroad", "third countries") does not count;</li>
 *   <li>a denial that is nobody's doing, given a cause such as "the security situation" ({@link
 *       Modifiers#noFault}), contradicts nothing unless someone refused;</li>
 *   <li>a concept word used in another sense ("the detention of a journalist") is dropped by {@link ConceptSenses},
 *       and a cue that reports nothing on the visit ("the detained journalist", "all acts of reprisal") by
 *       {@link CueSenses}.</li>
 * </ul>
 * Immutable and thread-safe.
 */
final class ConceptRule {

    /** Determiners before a noun that names again something of the sentence before. */
    private static final java.util.Set<String> DEFINITE = java.util.Set.of("the", "those", "these", "its", "their");

    /** Opening words that stand for something named in the sentence before. */
    private static final java.util.Set<String> ANAPHORA = java.util.Set.of("it", "this", "these", "they", "such");

    /** How many words apart a cue and a concept may stand. */
    static final int WINDOW = 8;
    /** How far {@link #nearInClause} reaches inside one clause. */
    private static final int CLAUSE_WINDOW = 12;

    /** Words that make an expert an earlier one, whose visit is not this one. */
    private static final java.util.Set<String> FORMER = java.util.Set.of("previous", "former", "then", "earlier",
            "predecessor");

    /** Words before an expert that make it the one the new expert follows. */
    private static final java.util.Set<String> SUCCEEDS = java.util.Set.of("succeeding", "succeeded", "succeeds",
            "replacing", "replaced", "replaces");

    /** Expert words that may stand for a former expert named in the same sentence. */
    private static final java.util.Set<String> STANDS_FOR_ANOTHER = java.util.Set.of("he", "she", "his", "her", "i",
            "we", "my", "our", "me", "us", "the visit", "visiting", "mission", "team", "delegation", "delegation*");

    /** "When my predecessor visited in 2009, he was able to …": the pronouns are the predecessor's. */
    /** A predecessor is named after token {@code from} (a comparison that opens the sentence is another visit's). */
    private static boolean mentionsPredecessor(Tokens t, int from) {
        for (int k = from; k < t.size(); k++) {
            if (t.forms[k].equals("predecessor") || t.forms[k].equals("predecessors")) {
                return true;
            }
        }
        return false;
    }

    private static boolean former(Tokens t, TermList.Hit expert) {
        for (int k = Math.max(0, expert.start() - 2); k < expert.start(); k++) {
            if (SUCCEEDS.contains(t.forms[k])) {
                return true; // "appointed her, succeeding a mandate holder who was never granted access"
            }
            // "the then Special Rapporteur" is a former one; "Since then, the Working Group …" is not.
            if (FORMER.contains(t.forms[k]) && (!t.forms[k].equals("then") || (k > 0 && t.forms[k - 1].equals("the")))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentence speaks of an earlier visit or report ("In her previous report, she noted that she had moved
     * freely"): not this visit.
     */
    private static boolean aboutAnEarlierVisit(Tokens t) {
        for (int k = 0; k + 1 < t.size(); k++) {
            if (anEarlierVisitAt(t, k) && !inARelativeAfterTheMain(t, k)) {
                return true;
            }
            // "During its first visit, in 2009, the Working Group had been denied access": a first visit with its
            // year is an earlier one.
            if (t.forms[k].equals("first") && EARLIER_OF.contains(t.forms[k + 1])) {
                for (int y = k + 2; y < Math.min(t.size(), k + 5); y++) {
                    if (year(t.forms[y])) {
                        return true;
                    }
                }
            }
            // "The Working Group last visited the country in 2011, when …", "during its last visit"
            if (t.forms[k].equals("last") && LAST_OF.contains(t.forms[k + 1])) {
                return true;
            }
            // "her predecessor's request to visit", "the previous mandate holder's visit"
            if (t.forms[k].equals("predecessor's") && (EARLIER_OF.contains(t.forms[k + 1])
                    || t.forms[k + 1].startsWith("request"))) {
                return true;
            }
            for (int j = k + 2; j < Math.min(t.size(), k + 4) && FORMER.contains(t.forms[k]); j++) {
                if (EARLIER_OF.contains(t.forms[j]) && t.forms[j - 1].endsWith("'s")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Token {@code k} stands in a relative clause after the main one, describing a place or a thing of it: "she went
     * everywhere, including the region of X, which earlier missions had been unable to reach".
     */
    private static boolean inARelativeAfterTheMain(Tokens t, int k) {
        int opener = firstOfClause(t, k);
        return t.clauses[k] > 0 && opener > 0 && PLACE_RELATIVES.contains(t.forms[opener]);
    }

    /** The clause of token {@code i} names an earlier visit: "which earlier missions had been unable to reach". */
    private static boolean anEarlierVisitsClause(Tokens t, int i) {
        for (int k = firstOfClause(t, i); k + 1 < t.size() && t.clauses[k + 1] == t.clauses[i]; k++) {
            if (anEarlierVisitAt(t, k)) {
                return true;
            }
        }
        return false;
    }

    /** "previous visit", "earlier missions", "former report" at token {@code k} ("then" is no such word here). */
    private static boolean anEarlierVisitAt(Tokens t, int k) {
        return k + 1 < t.size() && FORMER.contains(t.forms[k]) && !t.forms[k].equals("then")
                && EARLIER_OF.contains(t.forms[k + 1]);
    }

    private static final java.util.Set<String> PLACE_RELATIVES = java.util.Set.of("which", "where");

    /**
     * The end (exclusive) of a comparison that opens the sentence ("Unlike …", "In contrast to …", "As opposed to
     * …"): it runs over the clauses that hang on it ("…, where she entered every prison, …") up to the main clause;
     * 0 when the sentence opens with none.
     */
    static int comparisonEnd(Tokens t) {
        int k = 0;
        if (t.size() > 2 && (t.forms[0].equals("unlike") || t.forms[0].equals("whereas")
                || (t.forms[1].equals("contrast") && t.forms[0].equals("in"))
                || (t.forms[0].equals("as") && t.forms[1].equals("opposed")))) {
            // "Whereas in X she could …, in Y …": a clause of its own, up to its comma.
            boolean whereas = t.forms[0].equals("whereas");
            for (k = 1; k < t.size(); k++) {
                if (t.clauses[k] != t.clauses[k - 1] && (whereas ? !OPENS_A_CLAUSE.contains(t.forms[k])
                        : !HANGING.contains(t.forms[k]))) {
                    break;
                }
            }
        }
        return k == t.size() ? 0 : k;
    }

    /** Words that open a clause hanging on the one before ("…, where she …", "…, when …"). */
    /** Words that open a clause of {@link Tokens} inside a sentence's clause: "she was told that …". */
    private static final java.util.Set<String> OPENS_A_CLAUSE = java.util.Set.of("that", "which", "who");
    private static final java.util.Set<String> HANGING = java.util.Set.of("where", "when", "which", "who", "whom",
            "whose", "during", "to", "with", "in", "that");

    /** A year of the last two centuries: "2009". */
    private static boolean year(String word) {
        return word.length() == 4 && (word.startsWith("19") || word.startsWith("20")) && CueSenses.number(word);
    }

    /** A concept before the grant, with "when", "while", "after" … between them: they are in two clauses. */
    private static boolean subordinateBetween(Tokens t, TermList.Hit concept, TermList.Hit grant) {
        for (int k = concept.end(); k < grant.start(); k++) {
            // A relative aside is left out: "the reports, which she requested before her arrival, were not provided".
            if (SUBORDINATORS.contains(t.forms[k]) && !inRelativeAside(t, k, concept, grant)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("when", "while", "after", "before",
            "until", "since", "because", "whereas", "although");

    /**
     * The title of a list or annex ("Annex II. List of the jails and police stations the delegation went to"):
     * what the list holds is not said here.
     */
    private static boolean aListTitle(Tokens t) {
        int k = 0;
        while (k < t.size() && (NUMERALS.contains(t.forms[k]) || Character.isDigit(t.forms[k].charAt(0))
                || (LETTERS.contains(t.forms[k]) && enumerator(t, k)))) {
            k++;
        }
        return k + 1 < t.size() && (t.forms[k].equals("list") || t.forms[k].equals("lists")) && t.forms[k + 1].equals("of");
    }

    private static final java.util.Set<String> NUMERALS = java.util.Set.of("i", "ii", "iii", "iv", "v", "vi", "vii",
            "viii", "ix", "x", "annex", "appendix");

    /** Letters that number a list's items, as "a)" or "(b)"; "A list of detainees was given" opens with an article. */
    private static final java.util.Set<String> LETTERS = java.util.Set.of("a", "b", "c");

    private static boolean enumerator(Tokens t, int k) {
        int after = t.starts[k] + t.forms[k].length();
        return after < t.text.length() && (t.text.charAt(after) == '.' || t.text.charAt(after) == ')');
    }

    private static final java.util.Set<String> LAST_OF = java.util.Set.of("visited", "visit", "mission",
            "travelled", "traveled");
    private static final java.util.Set<String> EARLIER_OF = java.util.Set.of("report", "reports", "visit", "visits",
            "mission", "missions");

    /** One sentence's words and the modifier words in it, found once for all the conditions. */
    static final class Context {
        final Tokens tokens;
        final boolean expertBefore;
        /** The sentence before, or null: a word of {@code needs} may stand there too. */
        final Tokens previous;
        private final Modifiers modifiers;
        private List<TermList.Hit> experts;
        private List<TermList.Hit> others;
        private List<TermList.Hit> negations;
        private List<TermList.Hit> full;
        private List<TermList.Hit> services;
        private List<TermList.Hit> refusals;
        private Boolean exception;
        private Boolean noFault;
        private Boolean pastHabit;
        private Boolean notOnThisVisit;
        private int comparedUpTo = -1;
        private Boolean ignored;
        private List<java.util.regex.Pattern> ignoredBy;
        private List<TermList.Hit> objectPronouns;

        Context(Tokens tokens, Tokens previous, boolean expertBefore, Modifiers modifiers) {
            this.tokens = tokens;
            this.previous = previous;
            this.expertBefore = expertBefore;
            this.modifiers = modifiers;
        }

        /**
         * The expert named in the sentence. A former one ("the previous Special Rapporteur") is someone else, and
         * in a sentence that names one, so are the pronouns and "the visit" ("during his 2009 visit"). A word for
         * the expert inside the name of another actor ("commission" in "the national human rights commission") is
         * that actor.
         */
        List<TermList.Hit> experts() {
            if (experts == null) {
                List<TermList.Hit> all = modifiers.expert().find(tokens);
                boolean former = all.stream().anyMatch(e -> former(tokens, e) && !compared(e.start()))
                        || mentionsPredecessor(tokens, comparedUpTo());
                experts = all.stream().filter(e -> !former(tokens, e)
                        && !(former && STANDS_FOR_ANOTHER.contains(e.term())) && !anotherBodys(tokens, e)
                        && others().stream().noneMatch(o -> o.overlaps(e) && o.end() - o.start() > e.end() - e.start()))
                        .toList();
            }
            return experts;
        }

        /**
         * A generic word for the expert's people owned by a body that is not the UN's: "the agency's teams", "the
         * Government's delegation"; not "her team", "the Rapporteur's team" nor "the Committee's delegation".
         */
        private static boolean anotherBodys(Tokens t, TermList.Hit e) {
            return e.start() > 0 && GENERIC_PEOPLE.contains(t.forms[e.start()])
                    && OTHER_OWNERS.contains(t.forms[e.start() - 1]);
        }

        private static final java.util.Set<String> GENERIC_PEOPLE = java.util.Set.of("team", "teams", "delegation",
                "delegations", "mission", "missions", "experts");
        private static final java.util.Set<String> OTHER_OWNERS = java.util.Set.of("agency's", "government's",
                "ministry's", "state's", "country's", "army's", "icrc's", "organization's", "organisation's");

        /**
         * Other actors; a "National Security Committee" or a "State Committee" for the press is an organ of the
         * State, not a treaty body.
         */
        List<TermList.Hit> others() {
            return others != null ? others : (others = modifiers.others().find(tokens).stream()
                    .filter(h -> h.start() == 0 || !STATE_ORGANS.contains(tokens.forms[h.start() - 1])).toList());
        }

        boolean negated(int i) {
            if (negations == null) {
                negations = modifiers.negation().find(tokens);
            }
            return modifiers.negated(tokens, i, negations);
        }

        /**
         * True when one of the rubric's {@code ignore} patterns matches the sentence; found once for all the
         * conditions, which share the list.
         */
        boolean ignored(List<java.util.regex.Pattern> patterns) {
            if (ignored == null || ignoredBy != patterns) {
                ignoredBy = patterns;
                ignored = patterns.stream().anyMatch(p -> p.matcher(tokens.text).find());
            }
            return ignored;
        }

        List<TermList.Hit> services() {
            return services != null ? services : (services = modifiers.services().find(tokens));
        }

        List<TermList.Hit> full() {
            return full != null ? full : (full = modifiers.full().find(tokens));
        }

        /**
         * The sentence speaks of a person by a pronoun that is not one of the expert's ("he" when she visited); a
         * partitive "of them" ("it entered eleven of them") counts things, not people, and "they" or "them" after a
         * plural concept stands for it ("the statistics …, but they have not been received").
         */
        boolean otherPerson(List<TermList.Hit> concepts) {
            List<TermList.Hit> pronouns = modifiers.pronouns().find(tokens);
            return pronouns.stream().anyMatch(p -> experts().stream().noneMatch(e -> e.start() == p.start())
                    && !partitive(p) && !standsForAConcept(p, concepts));
        }

        private boolean standsForAConcept(TermList.Hit pronoun, List<TermList.Hit> concepts) {
            String f = tokens.forms[pronoun.start()];
            return (f.equals("they") || f.equals("them")) && concepts.stream().anyMatch(c -> c.end() <= pronoun.start()
                    && pronoun.start() - c.end() <= 12 && tokens.forms[c.end() - 1].endsWith("s"));
        }

        private boolean partitive(TermList.Hit pronoun) {
            int i = pronoun.start();
            return i > 0 && tokens.forms[i].equals("them")
                    && (tokens.forms[i - 1].equals("of") || tokens.forms[i - 1].equals("among"));
        }

        boolean exception() {
            return exception != null ? exception : (exception = modifiers.exception().find(tokens).stream()
                    .anyMatch(h -> !Modifiers.noException(tokens, h)));
        }

        boolean noFault() {
            return noFault != null ? noFault : (noFault = modifiers.noFault(tokens));
        }

        /** "was usually granted access to all …": so for the most part, not wholly. */
        boolean pastHabit() {
            return pastHabit != null ? pastHabit : (pastHabit = modifiers.pastHabit(tokens));
        }

        /** The denial names someone's refusal ("refused", "denied", "barred"), not only that a thing did not happen. */
        boolean refusal(TermList.Hit denial) {
            if (refusals == null) {
                refusals = modifiers.refusal().find(tokens);
            }
            return refusals.stream().anyMatch(r -> r.overlaps(denial));
        }

        /**
         * The word stands in a comparison with another visit or place ("Unlike during her visit to Tajikistan, where
         * she entered every site unannounced, this time …"): what happened there is not said of this visit.
         */
        boolean compared(int i) {
            return i < comparedUpTo();
        }

        int comparedUpTo() {
            return comparedUpTo >= 0 ? comparedUpTo : (comparedUpTo = comparisonEnd(tokens));
        }

        /** The pronouns that may stand for a concept of the sentence before: found once for all the conditions. */
        List<TermList.Hit> objectPronouns() {
            return objectPronouns != null ? objectPronouns : (objectPronouns = ConceptRule.objectPronouns(tokens));
        }

        /** The sentence is about an earlier visit, or is the title of a list: found once for all the conditions. */
        boolean notOnThisVisit() {
            return notOnThisVisit != null ? notOnThisVisit
                    : (notOnThisVisit = aboutAnEarlierVisit(tokens) || aListTitle(tokens));
        }
    }

    /** Words before "committee" that make it an organ of the State. */
    private static final java.util.Set<String> STATE_ORGANS = java.util.Set.of("security", "state");

    /** What the rule found in one sentence. */
    record Finding(Stance stance, String rule, String qualifier, int at, boolean antecedent) {

        Finding(Stance stance, String rule, String qualifier, int at) {
            this(stance, rule, qualifier, at, false);
        }

        /**
         * This finding, read with the sentence before, where a pronoun's concept stands: the quote must show both.
         */
        Finding withAntecedent() {
            return new Finding(stance, rule, qualifier, at, true);
        }
    }

    private final TermList about;
    private final TermList grants;
    private final TermList denies;
    private final TermList fully;
    private final TermList inPart;
    private final TermList manner;
    private final TermList skipWhen;
    private final TermList needs;
    private final TermList refersBack;
    private final TermList reaches;
    private final TermList givenByTheState;
    private final List<java.util.regex.Pattern> ignore;
    private final boolean needsExpert;

    /**
     * @param fully the condition's own words for a full grant, or null for the lexicon's {@code full} list
     * @param inPart concepts or grants that show the condition only in part, however whole ("met detainees of her
     *               choosing" shows some access to detention, not access to every place)
     * @param manner words that say how, not whether ("in private", "in the presence of"): a grant negated only in
     *               its manner ("could not speak to detainees without guards present") or a denial that is one of
     *               them ("officers refused to leave the room") says nothing about this condition
     * @param needs words of which one must occur in the sentence (none: no such need)
     * @param refersBack nouns that, after a determiner ("the", "those", "these", "its", "their"), stand for the
     *                   concept of the sentence before
     * @param reaches places that, after a concept and a word for all ("travelled to all nine provinces"), grant it
     * @param givenByTheState verbs that grant only with a body of the State as their subject ("The Ministry of
     *                        Justice provided the statistics"; not "NGOs provided case lists")
     * @param ignore the rubric's patterns of sentences that never count
     * @param needsExpert false when the concept is the visit's own, so the expert need not be named
     */
    ConceptRule(TermList about, TermList grants, TermList denies, TermList fully, TermList inPart, TermList manner,
                TermList skipWhen, TermList needs, TermList refersBack, TermList reaches, TermList givenByTheState,
                List<java.util.regex.Pattern> ignore,
                boolean needsExpert) {
        this.about = about;
        this.grants = grants;
        this.denies = denies;
        this.fully = fully;
        this.inPart = inPart;
        this.manner = manner;
        this.skipWhen = skipWhen;
        this.needs = needs;
        this.refersBack = refersBack;
        this.reaches = reaches;
        this.givenByTheState = givenByTheState;
        this.ignore = List.copyOf(ignore);
        this.needsExpert = needsExpert;
    }

    TermList about() {
        return about;
    }

    TermList grants() {
        return grants;
    }

    TermList denies() {
        return denies;
    }

    /**
     * At most one supporting and one contradicting finding for the sentence.
     *
     */
    List<Finding> find(Context context) {
        Tokens t = context.tokens;
        List<Finding> out = new ArrayList<>(2);
        List<TermList.Hit> concepts = about.find(t);
        boolean anaphoric = concepts.isEmpty();
        if (concepts.isEmpty() && t.size() > 0 && context.previous != null && !refersBack.isEmpty()) {
            // "A police escort was assigned to her. The officers stayed outside": a definite noun of the
            // condition's refers-back list stands for the concept of the sentence before.
            List<TermList.Hit> named = refersBack.find(t).stream()
                    .filter(h -> h.start() > 0 && DEFINITE.contains(t.forms[h.start() - 1])).toList();
            concepts = named.isEmpty() || about.find(context.previous).isEmpty() ? List.of() : named;
        }
        if (concepts.isEmpty() && t.size() > 0 && context.previous != null) {
            // "The Office finished its report last year. It has still not been published.": the opening pronoun
            // stands for the concept of the sentence before; so does an object pronoun ("I requested the court
            // decisions. To date I have received only four of them"), if its number agrees.
            concepts = ANAPHORA.contains(t.forms[0]) ? List.of(new TermList.Hit(0, 1, t.forms[0]))
                    : context.objectPronouns();
            List<TermList.Hit> before = concepts.isEmpty() ? List.of() : about.find(context.previous);
            concepts = before.isEmpty() ? List.of()
                    : concepts.stream().filter(p -> agrees(p.term(), before, context.previous)).toList();
        }
        if (concepts.isEmpty()) {
            return out;
        }
        if (context.notOnThisVisit()) {
            return out;
        }
        List<TermList.Hit> experts = context.experts();
        if ((needsExpert && experts.isEmpty() && (!context.expertBefore || context.otherPerson(concepts)
                || opensWithAnother(context))) || skipped(t) || skippedBefore(context, concepts)
                || (!needs.isEmpty() && !needs.occursIn(t) && (context.previous == null || !needs.occursIn(context.previous)))
                || context.ignored(ignore)) {
            return out;
        }
        List<TermList.Hit> others = context.others();
        concepts = concepts.stream().filter(c -> ConceptSenses.inSense(t, c, experts, others)
                && !ConceptSenses.accessToServices(t, c, context)).toList();
        if (concepts.isEmpty()) {
            return out;
        }
        Finding contra = null;
        List<TermList.Hit> denied = outsideAssurance(t, outsideComparison(context, denies.find(t)));
        List<TermList.Hit> granted = outsideAssurance(t, outsideComparison(context,
                withJourneysToAll(context, concepts, withTheStatesGiving(t, grants.find(t)))));
        List<TermList.Hit> manners = manner.find(t);
        for (TermList.Hit d : denied) {
            if (anEarlierVisitsClause(t, d.start())) {
                continue;
            }
            // "the arrest of two lawyers who had met her": a harm's "of" names whom it befell.
            TermList.Hit ofWho = needs.isEmpty() ? null : harmOfWhoHadContact(t, d, concepts);
            TermList.Hit c = nearInClause(t, d, outsideAGround(t, d, concepts));
            if (c == null) {
                c = acrossRelativeAside(t, d, concepts);
            }
            if (c == null) {
                c = ConceptSenses.statedGround(t, concepts);
            }
            if (c == null) {
                c = ofWho;
            }
            if (c == null && !needs.isEmpty()) {
                c = harmAfterTheContact(t, d, concepts);
            }
            if (c == null) {
                // "The conversations between the expert and the inmates of X took place in the presence of …"; a
                // contrast between them turns to another subject ("…, whereas the request of an NGO was refused").
                c = subjectOfPredicate(t, d, concepts);
                if (c != null && !tookPlace(t, d) && contrastBetween(t, c, d)) {
                    c = null;
                }
            }
            if (c == null) {
                c = watchersAsSubject(t, d, concepts);
            }
            if (c != null && !needs.isEmpty() && describesThePerson(t, d, c)) {
                continue;
            }
            // The harm's "of" then names whom it befell, not whose it is (as "access of NGOs" is theirs).
            if (c != null && !context.negated(d.start())
                    && !CueSenses.deniesNothing(t, d, concepts, ofWho == null ? others : List.of())
                    && (needs.isEmpty() || HarmNegation.of(t, d) == HarmNegation.Finding.NONE)
                    && !doneByTheExpert(t, d, context.experts())
                    && !ConceptSenses.deniesAService(t, d, concepts, context)
                    && manners.stream().noneMatch(m -> m.overlaps(d)) && !(context.noFault() && !context.refusal(d))) {
                // "Not all of her meetings were attended by officials": some were, some were not.
                boolean notAll = notAll(t, d);
                contra = new Finding(Stance.CONTRADICTS, "denies '" + d.term() + "' / '" + c.term() + "'",
                        notAll || exceptionToAGrant(t, d, granted, context.full()) ? "partial" : "", t.starts[d.start()]);
                if (notAll) {
                    out.add(new Finding(Stance.SUPPORTS, "not all '" + d.term() + "' / '" + c.term() + "'", "partial",
                            t.starts[d.start()]));
                }
                break;
            }
        }
        Finding support = null;
        for (TermList.Hit g : granted) {
            if (anEarlierVisitsClause(t, g.start())
                    || (Modifiers.ASSURANCES.contains(t.forms[g.start()]) && broken(t, g.end()))) {
                continue; // another visit's; or an assurance "broken", "not honoured"
            }
            TermList.Hit c = nearInClause(t, g, concepts);
            if (c == null) {
                c = subjectOfPredicate(t, g, concepts);
            }
            if (c == null) {
                c = throughIncluding(t, g, concepts);
            }
            if (c == null) {
                c = acrossRelativeAside(t, g, concepts);
            }
            if (c == null) {
                c = antecedentOfWhich(t, g, concepts);
            }
            if (c == null) {
                c = whatWasAssured(t, g, concepts);
            }
            if (c != null && subordinateBetween(t, c, g)) {
                // "could not enter the jails when it toured the provinces": the tour is of the provinces.
                c = null;
            }
            if (c == null || (purpose(t, g) && !adjectiveBefore(t, g, c) && !GrantNegation.negatedEnabler(context, g))
                    || CueSenses.grantsNothing(t, g, c, concepts, granted, others) || someoneElseEnjoys(context, g)
                    || ConceptSenses.accessToServices(t, g, context)) {
                continue;
            }
            TermList.Hit governing = deniedBefore(t, g, denied);
            if (governing != null) {
                // "unwilling to let her inquire freely in the jails": the denial governs the grant. A negated one
                // ("was never refused access") proves nothing either way, as a negated denial never does.
                if (contra == null && !context.negated(governing.start())
                        && !doneByTheExpert(t, governing, context.experts())) {
                    contra = new Finding(Stance.CONTRADICTS, "denies '" + governing.term() + "' / '" + c.term() + "'", "",
                            t.starts[governing.start()]);
                }
                continue;
            }
            if (notAll(t, g)) {
                // "Not all of the information she requested was made available": some was, some was not.
                if (contra == null) {
                    contra = new Finding(Stance.CONTRADICTS, "not all '" + g.term() + "' / '" + c.term() + "'",
                            "partial", t.starts[g.start()]);
                }
                if (support == null) {
                    support = new Finding(Stance.SUPPORTS, "not all '" + g.term() + "' / '" + c.term() + "'",
                            "partial", t.starts[g.start()]);
                }
                continue;
            }
            if (askedForAndNoneRefused(t, g, c, denied)) {
                continue;
            }
            if (GrantNegation.negates(context, g, c, concepts, granted, denied)) {
                // "the island camps, which are not usually accessible to visitors" describes the place.
                if (contra == null && !mannerInScope(t, g, manners) && !context.noFault() && !CueSenses.usually(t, g)) {
                    contra = new Finding(Stance.CONTRADICTS, "not grants '" + g.term() + "' / '" + c.term() + "'",
                            exceptionToAGrant(t, g, granted, context.full()) ? "partial" : "", t.starts[g.start()]);
                }
                continue;
            }
            if (support == null || !support.qualifier().isEmpty()) {
                // A later grant may show all of it where the first showed a part: "kept its distance and did not
                // attend any of her meetings".
                TermList.Hit grant = g;
                TermList.Hit concept = c;
                // A negation for all of it counts where it negates the grant or a denial ("discreet and at no point
                // interfered").
                List<TermList.Hit> outside = fullWords(context).stream().filter(f -> NEGATIONS_AS_FULL.contains(f.term())
                        ? negates(t, f, grant) || denied.stream().anyMatch(d -> negates(t, f, d)) : (!f.overlaps(grant)
                        || (f.start() == grant.start() && f.end() == grant.end()))
                        && !coordinatedApart(t, f, grant) && !coordinatedApart(t, f, concept)).toList();
                boolean whole = (outside.stream().anyMatch(f -> f.start() == g.start() && f.end() == g.end())
                        || near(g, outside) != null || near(c, outside) != null)
                        && !context.exception() && !context.pastHabit() && !shownInPart(t, c, g) && !inRelativeClause(t, c, g)
                        && !restrictedByRelativeClause(t, c) && !theOthers(t, c) && !limitedInExtent(t, c, outside);
                if (support == null || whole) {
                    support = new Finding(Stance.SUPPORTS, "grants '" + g.term() + "' / '" + c.term() + "'",
                            whole ? "" : "partial", t.starts[g.start()]);
                }
                int except = whole || contra != null ? -1 : exceptionNear(t, g, c);
                if (except >= 0) {
                    // "spoke in private with all but one of the detainees": the one is a denial, in part.
                    contra = new Finding(Stance.CONTRADICTS, "except '" + g.term() + "' / '" + c.term() + "'",
                            "partial", t.starts[except]);
                }
            }
        }
        if (support == null) {
            support = noDenial(context, denied, granted, concepts, others);
        }
        if (support != null) {
            out.add(support);
        }
        if (contra != null) {
            out.add(contra);
        }
        if (anaphoric) {
            out.replaceAll(Finding::withAntecedent);
        }
        return out;
    }

    /**
     * The grants, and the verbs of {@code given-by-the-state} whose subject is a body of the State, a few words
     * before them with no other subject between: "The Office of the Prosecutor General provided case files …", "The
     * Ministry, to its credit, provided all the statistics".
     */
    private List<TermList.Hit> withTheStatesGiving(Tokens t, List<TermList.Hit> grants) {
        if (givenByTheState.isEmpty()) {
            return grants;
        }
        List<TermList.Hit> out = null;
        for (TermList.Hit v : givenByTheState.find(t)) {
            if (stateSubject(t, v.start())) {
                out = out == null ? new ArrayList<>(grants) : out;
                out.add(v);
            }
        }
        return out == null ? grants : out;
    }

    private static boolean stateSubject(Tokens t, int verb) {
        for (int k = verb - 1; k >= Math.max(0, verb - STATE_SUBJECT_REACH); k--) {
            String f = t.forms[k];
            if (STATE_BODIES.contains(f)) {
                return !theUnsOwn(t, k);
            }
            if (OTHER_SUBJECTS.contains(f) || Modifiers.AND_OR_BUT.contains(f)) {
                return false;
            }
        }
        return false;
    }

    /** "the United Nations country office", "the OHCHR office": a UN body, not the State's. */
    private static boolean theUnsOwn(Tokens t, int k) {
        return t.anyOf(k - 3, k, UN_WORDS);
    }

    private static final java.util.Set<String> UN_WORDS = java.util.Set.of("nations", "un", "ohchr", "country",
            "unicef", "unhcr", "undp", "commissioner's", "rights");

    private static final int STATE_SUBJECT_REACH = 8;
    private static final java.util.Set<String> STATE_BODIES = java.util.Set.of("government", "authorities", "ministry",
            "ministries", "office", "prosecutor", "prosecutors", "police", "administration", "director", "governor",
            "officials", "department", "minister", "judiciary", "court", "courts", "army", "service", "services");
    /** Words that bring in another subject before the verb: "the lists that NGOs provided". */
    private static final java.util.Set<String> OTHER_SUBJECTS = java.util.Set.of("i", "we", "she", "he", "they",
            "it", "who", "which", "that", "whom", "ngos", "organizations", "organisations", "groups", "lawyers",
            "families", "victims", "sources", "journalists", "activists", "defenders");

    /**
     * The grants, and a journey "to all" or "to every" of the places of {@code reaches} right after a verb that
     * reports one made, not negated: "The delegation travelled to all nine provinces"; not "Her travel to all
     * regions was subject to approval", nor "travelled to all the provinces that the Government had approved".
     */
    private List<TermList.Hit> withJourneysToAll(Context context, List<TermList.Hit> concepts,
                                                 List<TermList.Hit> grants) {
        if (reaches.isEmpty()) {
            return grants;
        }
        Tokens t = context.tokens;
        List<TermList.Hit> places = null;
        List<TermList.Hit> out = null;
        for (TermList.Hit c : concepts) {
            // A journey made ("travelled", "went") or someone's ("her travel"), not "free access to all regions"
            // asked for.
            String form = t.forms[c.end() - 1];
            boolean made = (form.endsWith("ed") || form.equals("went") || form.equals("came"))
                    && !context.negated(c.start());
            for (TermList.Hit f : made ? context.full() : List.<TermList.Hit>of()) {
                if (f.start() <= c.end() || f.start() - c.end() > 2 || temporalAll(t, f)) {
                    continue;
                }
                places = places == null ? reaches.find(t) : places;
                for (TermList.Hit p : places) {
                    // Places limited after them ("all the provinces that it approved", "all the villages of one
                    // district") are not all of them.
                    String after = p.end() < t.size() ? t.forms[p.end()] : "";
                    if (p.start() >= f.end() && p.start() - f.end() <= 2 && (!after.equals("of") || ofTheWhole(t, p.end()))
                            && !RELATIVE.contains(after)) {
                        out = out == null ? new ArrayList<>(grants) : out;
                        // The words between the concept and the word for all ("to"), so that the "to" is no
                        // infinitive of purpose and the word for all makes the grant whole; else that word.
                        out.add(f.start() > c.end() ? new TermList.Hit(c.end(), f.start(), "to " + f.term() + " " + p.term())
                                : new TermList.Hit(f.start(), f.end(), f.term() + " " + p.term()));
                    }
                }
            }
        }
        return out == null ? grants : out;
    }

    /**
     * "of the country", "of the territory" ending the clause: the places are all of the whole; not "of the country
     * controlled by the Government", nor "…, that the authorities had approved".
     */
    private static boolean ofTheWhole(Tokens t, int of) {
        int next = of + 3;
        return of + 2 < t.size() && t.forms[of + 1].equals("the") && WHOLES.contains(t.forms[of + 2])
                && (next == t.size() || (t.clauses[next] != t.clauses[of + 2] && !RELATIVE.contains(t.forms[next])));
    }

    private static final java.util.Set<String> WHOLES = java.util.Set.of("country", "territory", "state", "island",
            "kingdom", "republic", "federation");

    /**
     * The cues, less those in what an assurance promised ("assurances that she would be free to travel", "that the
     * restrictions would be lifted"): a promise shows nothing done. The assurance itself stays.
     */
    private static List<TermList.Hit> outsideAssurance(Tokens t, List<TermList.Hit> cues) {
        return cues.isEmpty() ? cues : cues.stream().filter(c -> Modifiers.ASSURANCES.contains(t.forms[c.start()])
                || !Modifiers.assured(t, c.start())).toList();
    }

    private static List<TermList.Hit> outsideComparison(Context context, List<TermList.Hit> cues) {
        return cues.isEmpty() || context.comparedUpTo() == 0 ? cues
                : cues.stream().filter(c -> !context.compared(c.start())).toList();
    }

    /**
     * A word of manner stands in the negated grant's clause, after it or just before it ("was not allowed to speak
     * to detainees without guards present", "was unable to hold private talks with inmates"): the
     * negation denies the manner, not the grant.
     */
    private static boolean mannerInScope(Tokens t, TermList.Hit grant, List<TermList.Hit> manners) {
        return manners.stream().anyMatch(m -> t.clauses[m.start()] == t.clauses[grant.start()]
                && (m.start() >= grant.end() ? m.start() - grant.end() <= 8 : grant.start() - m.end() <= 3));
    }

    /**
     * "enjoy" says what its subject has, and the expert must be that subject, in the grant's clause: "the freedom of
     * movement it enjoyed" in a sentence on the Working Group, but not "Women in the north do not enjoy freedom of
     * movement, the Rapporteur said".
     */
    private static boolean someoneElseEnjoys(Context context, TermList.Hit grant) {
        Tokens t = context.tokens;
        int i = grant.start();
        if (!t.stems[i].equals("enjoy")) {
            return false;
        }
        return context.experts().stream().noneMatch(e -> t.clauses[e.start()] == t.clauses[i])
                && !(i > 0 && (t.forms[i - 1].equals("it") || t.forms[i - 1].equals("they")) && !context.experts().isEmpty());
    }

    /**
     * A negation among a condition's words for all of it ("never", "at no point") says so only of the verb it
     * negates: the cue it opens or stands right before, in its clause ("never stood in the way", "at no point
     * interfered", "Not once did the detail restrict …"). "kept its distance at no point" or "who had never worked
     * with a UN mission, kept their distance" say nothing of the whole.
     */
    private static boolean negates(Tokens t, TermList.Hit negation, TermList.Hit cue) {
        int start = firstOfClause(t, cue.start());
        return negation.start() <= cue.start() && t.clauses[negation.start()] == t.clauses[cue.start()]
                && (cue.start() - negation.end() <= 2 || negation.start() <= start + 1);
    }

    private static final java.util.Set<String> NEGATIONS_AS_FULL = java.util.Set.of("never", "at no time",
            "at no point", "not once");

    /** The words for all in the sentence (the condition's {@code fully}, else the lexicon's), less those of time. */
    private List<TermList.Hit> fullWords(Context context) {
        Tokens t = context.tokens;
        return (fully == null ? context.full() : fully.find(t)).stream().filter(f -> !temporalAll(t, f)).toList();
    }

    /**
     * The grant's object is a word for any place ("every facility she asked to see, including the women's prison"):
     * the concept the "including" names, up to four words after it, says what kind of place. Null when there is none.
     */
    private static TermList.Hit throughIncluding(Tokens t, TermList.Hit grant, List<TermList.Hit> concepts) {
        for (int k = grant.end(); k < Math.min(t.size(), grant.end() + WINDOW); k++) {
            if (!PLACES.contains(t.forms[k])) {
                continue;
            }
            for (int i = k + 1; i < Math.min(t.size(), k + 7); i++) {
                if (t.forms[i].equals("including")) {
                    int at = i;
                    return concepts.stream().filter(c -> c.start() > at && c.start() - at <= 4).findFirst()
                            .orElse(null);
                }
            }
            return null;
        }
        return null;
    }

    private static final java.util.Set<String> PLACES = java.util.Set.of("facility", "facilities", "place", "places",
            "site", "sites", "institution", "institutions", "location", "locations", "establishment",
            "establishments", "premises");

    /**
     * Where a word of exception ("except", "with the exception of", "save for", "apart from", "all but") stands
     * within the window of the grant or of its concept, or -1. ("without exception" is none.)
     */
    private static int exceptionNear(Tokens t, TermList.Hit grant, TermList.Hit concept) {
        int from = Math.max(0, Math.min(grant.start(), concept.start()) - WINDOW);
        int to = Math.min(t.size() - 1, Math.max(grant.end(), concept.end()) + WINDOW);
        for (int k = from; k <= to; k++) {
            if (exceptionAt(t, k)) {
                return k;
            }
        }
        return -1;
    }

    /** A word of exception at token {@code k}: "except", "(with the) exception", "save for", "apart from", "all but". */
    private static boolean exceptionAt(Tokens t, int k) {
        String f = t.forms[k];
        String next = k + 1 < t.size() ? t.forms[k + 1] : "";
        return f.equals("except") || (f.startsWith("exception") && k > 0
                && !t.forms[k - 1].equals("without") && !t.forms[k - 1].equals("no")
                && !t.forms[k - 1].equals("any"))
                || (f.equals("save") && (next.equals("for") || next.equals("in") || next.equals("at")))
                || (f.equals("apart") && next.equals("from")) || (f.equals("all") && next.equals("but"));
    }

    /**
     * The denial tells the exception to a grant or a word for all of it before it, or opens with one: "was able to
     * move freely throughout the country, save for the region to which the command denied him access" denies a part.
     */
    private static boolean exceptionToAGrant(Tokens t, TermList.Hit denial, List<TermList.Hit> granted,
                                             List<TermList.Hit> full) {
        for (int k = denial.start() - 1; k >= 0; k--) {
            if (exceptionAt(t, k)) {
                // "The one exception was the military wing, where an officer remained within earshot": the grant
                // stood in the sentence before. "She went to every province, with one exception: …" is whole but
                // for the exception.
                int at = k;
                return at <= 3 || (denial.start() - at <= EXCEPTION_REACH
                        && java.util.stream.Stream.concat(granted.stream(), full.stream())
                                .anyMatch(g -> g.end() <= at && at - g.end() <= EXCEPTION_REACH));
            }
        }
        return false;
    }

    /** How many words an exception may stand from the grant it limits and the denial that tells it. */
    private static final int EXCEPTION_REACH = 12;

    /**
     * The expert is the subject of a verb of watching ("The Rapporteur monitored the situation of those she met",
     * "she recorded their testimony"): what the expert watches restricts nobody; nor does what she does to her own
     * visit ("The Rapporteur therefore suspended her visits to prisons"). Not in the passive ("her meetings were
     * monitored") nor after a possessive ("the Rapporteur's talks were recorded").
     */
    private static boolean doneByTheExpert(Tokens t, TermList.Hit denial, List<TermList.Hit> experts) {
        int i = denial.start();
        int before = i - 1;
        while (before > 0 && t.forms[before].endsWith("ly")) {
            before--; // "was constantly followed"
        }
        boolean own = OWN_ACTS.contains(t.forms[i]);
        if (i == 0 || !(OBSERVING.contains(t.forms[i]) || own) || PASSIVE_OR_BE.contains(t.forms[before])) {
            return false;
        }
        for (TermList.Hit e : experts) {
            if (own && i - e.end() > 2) {
                continue; // "The Special Rapporteur therefore suspended his visits": her own act, named as its subject
            }
            // "Her escort recorded the names": a possessive is not the one who observes.
            if (e.end() <= i && i - e.end() <= 8 && t.clauses[e.start()] == t.clauses[i]
                    && !t.forms[e.end() - 1].endsWith("'s") && !POSSESSIVES.contains(t.forms[e.end() - 1])
                    && java.util.stream.IntStream.range(e.end(), i).noneMatch(k -> REPORTING.contains(t.forms[k]))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of watching and keeping record, which the expert does too. */
    private static final java.util.Set<String> OBSERVING = java.util.Set.of("monitored", "recorded", "listened",
            "observed", "documented", "supervised");
    /** What the expert may do to her own visit: no one else's denial. */
    private static final java.util.Set<String> OWN_ACTS = java.util.Set.of("suspended", "cancelled", "canceled",
            "postponed", "interrupted");

    /** Verbs after which a new subject speaks: "the Rapporteur said officers monitored …". */
    private static final java.util.Set<String> REPORTING = java.util.Set.of("said", "says", "told", "stated",
            "noted", "reported", "learned", "learnt", "found", "observed", "added", "heard", "saw", "was", "were");

    private static final java.util.Set<String> PASSIVE_OR_BE = java.util.Set.of("was", "were", "been", "being", "is",
            "are", "be");

    /** The grant's clause opens with "not all" or "not every" (after a "that" that reports it). */
    private static boolean notAll(Tokens t, TermList.Hit grant) {
        int start = Modifiers.opening(t, grant.start());
        return start + 1 < grant.start() && t.forms[start].equals("not")
                && (t.forms[start + 1].equals("all") || t.forms[start + 1].equals("every"));
    }

    /**
     * A comma and "and" with a verb of its own stand between the two: "travelled without restriction, and had
     * visited places of detention in the capital" joins two statements, and a word for all of it in one is not the
     * other's.
     */
    static boolean coordinatedApart(Tokens t, TermList.Hit a, TermList.Hit b) {
        int from = Math.min(a.end(), b.end());
        int to = Math.max(a.start(), b.start());
        for (int k = Math.max(1, from); k + 1 < to; k++) {
            if (t.forms[k].equals("and") && t.clauses[k - 1] != t.clauses[k]
                    && (COORDINATED_VERBS.contains(t.forms[k + 1]) || t.forms[k + 1].endsWith("ed"))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> COORDINATED_VERBS = java.util.Set.of("had", "has", "have", "was",
            "were", "is", "are", "did", "could", "then", "also", "later");

    /**
     * A denial under an emphatic negation that opens its clause: "at no point", "at no time", "at no stage", "never
     * once", "not once", "in no way"; or right before it: "not in any way". Unlike a plain "was not obstructed", it
     * says the thing was never done.
     */
    private static boolean emphaticallyNegated(Tokens t, int i) {
        int start = firstOfClause(t, i);
        for (int k = start; k + 1 < i && k <= start + 1; k++) {
            if ((t.forms[k].equals("at") && t.forms[k + 1].equals("no") && k + 2 < i && EMPHATIC.contains(t.forms[k + 2]))
                    || onceOrNoWay(t, k, i)) {
                return true;
            }
        }
        // "had not once been denied", "was never once stopped", "in no way limited"
        for (int k = Math.max(0, i - 4); k + 1 < i; k++) {
            if (onceOrNoWay(t, k, i) && t.clauses[k] == t.clauses[i]) {
                return true;
            }
        }
        // "had not been hindered in any way"
        if (i + 3 < t.size() && t.forms[i + 1].equals("in") && t.forms[i + 2].equals("any")
                && t.forms[i + 3].equals("way")) {
            for (int k = Math.max(0, i - 3); k < i; k++) {
                if (t.forms[k].equals("not") || t.forms[k].equals("never")) {
                    return true;
                }
            }
        }
        // "was not in any way impeded"
        return i >= 4 && t.forms[i - 4].equals("not") && t.forms[i - 3].equals("in") && t.forms[i - 2].equals("any")
                && t.forms[i - 1].equals("way");
    }

    /** "not once", "never once" or "in no way" starts at token {@code k}, before the cue at {@code i}. */
    private static boolean onceOrNoWay(Tokens t, int k, int i) {
        String a = t.forms[k];
        String b = t.forms[k + 1];
        return ((a.equals("never") || a.equals("not")) && b.equals("once"))
                || (a.equals("in") && b.equals("no") && k + 2 < i && t.forms[k + 2].equals("way"));
    }

    private static final java.util.Set<String> EMPHATIC = java.util.Set.of("point", "time", "stage", "moment");

    /** Stems of words for a talk: that nobody prevented one says nothing about its privacy. */
    private static final java.util.Set<String> CONTACT = java.util.Set.of("meet", "met", "meeting", "interview",
            "talk", "speak", "spoke", "convers", "contact", "discuss", "testimoni", "hear");

    /**
     * "no restriction", "without restriction", "without any hindrance", "the absence of any restriction": a denial
     * noun that did not happen.
     */
    private static boolean negatedNoun(Tokens t, int i) {
        int k = i > 0 && t.forms[i - 1].equals("any") ? i - 1 : i;
        if (k > 0 && (t.forms[k - 1].equals("without") || (k == i && t.forms[k - 1].equals("no")))) {
            return true;
        }
        // "the absence of any security-related restriction"
        for (int j = Math.max(1, k - 4); j < k; j++) {
            if (t.forms[j].equals("of") && (t.forms[j - 1].equals("absence") || t.forms[j - 1].equals("lack"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "No document she asked for was withheld", "not a single request was refused": the clause opens with a
     * quantifier that takes nothing out, its subject is the concept or a request, and the denial is its verb; or
     * its subject is one of those who could watch ("No official sat in on …", "no guard was present at any
     * of those talks"). Without {@code requests}, only the second counts.
     */
    private static boolean noneRefused(Tokens t, TermList.Hit denial, TermList.Hit concept, boolean requests) {
        int i = denial.start();
        int start = Modifiers.opening(t, i);
        if (start + 1 < i && (t.forms[start].equals("and") || t.forms[start].equals("but"))) {
            start++; // ", and not one of her requests … was turned down"
        }
        int subject = start + 1;
        if (t.forms[start].equals("none") && start + 2 < i && t.forms[start + 1].equals("of")) {
            // "none of these meetings was attended by State officials": the overseer stands in the denial, and the
            // meetings are the expert's ("none of the defenders' meetings with the police" are not).
            return OWN_CONTACTS.contains(t.forms[start + 2]) && concept.start() == start + 3
                    && overseerAfterBy(t, denial);
        }
        if (t.forms[start].equals("not") && start + 2 < i && (t.forms[start + 1].equals("a")
                && t.forms[start + 2].equals("single") || t.forms[start + 1].equals("one"))) {
            subject = t.forms[start + 1].equals("a") ? start + 3 : start + 2;
        } else if (!t.forms[start].equals("no")) {
            return false;
        }
        if (subject + 2 < i && t.forms[subject].equals("of") && POSSESSIVES.contains(t.forms[subject + 1])) {
            subject += 2; // "not one of her requests"
        }
        if (overseerBefore(t, subject, i) || overseerAfterBy(t, denial)) {
            // "No warden sat in on any of the talks", "No prison official was present": nobody of those who could
            // watch did.
            return true;
        }
        if (!requests) {
            // "No request to meet a detainee was refused" says the meeting took place, not how private it was.
            return false;
        }
        boolean aboutIt = (concept.start() >= subject && concept.start() < i && concept.start() <= subject + 2)
                || (subject < i && (t.forms[subject].startsWith("request") || t.forms[subject].equals("application")));
        // "No prisoner was denied food": the denial has an object of its own, and the people are not the thing given.
        String after = denial.end() < t.size() ? t.forms[denial.end()] : "";
        return aboutIt && i - subject <= 16 && i > 0 && PASSIVE.contains(t.forms[i - 1])
                && (after.isEmpty() || AFTER_PASSIVE.contains(after)) && !HELD.contains(t.stems[concept.start()]);
    }

    /**
     * One who could watch or listen is the subject, at most three words long, just before the cue: "No warden sat in
     * on …", "At no point was a government official present during …".
     */
    private static boolean overseerBefore(Tokens t, int subject, int cue) {
        for (int k = subject; k < cue && k < subject + 3; k++) {
            if (OVERSEERS.contains(t.forms[k]) && cue - k <= 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * After a subject opened by "none" or "no one" and the contact that names it, the harm stands in a clause of its
     * own or after another verb: "None of the officials she met denied that two defenders had been arrested", "None
     * of the families she met knew why their relatives had been detained". What "none" negates is that verb.
     */
    private static boolean notTheSubjectsHarm(Tokens t, TermList.Hit harm, List<TermList.Hit> concepts) {
        int none = negatedSubjectBefore(t, harm);
        if (none < 0) {
            return false;
        }
        TermList.Hit c = firstAfter(concepts, none, harm);
        return otherVerbBefore(t, c == null ? none + 2 : c.end(), harm);
    }

    /**
     * The concept stands in a subject opened by "none" or "no one", however long, before the harm: "none of the
     * persons with whom it spoke during the visit has since suffered any form of retaliation". Null when there is
     * none, or when the harm follows another verb ({@link #notTheSubjectsHarm}).
     */
    private static TermList.Hit inTheNegatedSubject(Tokens t, TermList.Hit harm, List<TermList.Hit> concepts) {
        int none = negatedSubjectBefore(t, harm);
        TermList.Hit c = none < 0 ? null : firstAfter(concepts, none, harm);
        return c == null || otherVerbBefore(t, c.end(), harm) || t.anyOf(c.end(), harm.start(), TOLD) ? null : c;
    }

    /** Who said, or was told: the harm after them is what was said ("so far reported being subjected to" is not). */
    private static final java.util.Set<String> TOLD = java.util.Set.of("said", "told", "informed", "whom");

    /** Where "none", "nobody" or "no one" stands up to 25 words before the harm, or -1. */
    private static int negatedSubjectBefore(Tokens t, TermList.Hit harm) {
        for (int k = harm.start() - 1; k >= Math.max(0, harm.start() - 25); k--) {
            if (t.forms[k].equals("none") || t.forms[k].equals("nobody")
                    || (t.forms[k].equals("no") && k + 1 < t.size() && t.forms[k + 1].equals("one"))) {
                return k;
            }
        }
        return -1;
    }

    private static TermList.Hit firstAfter(List<TermList.Hit> concepts, int from, TermList.Hit harm) {
        return concepts.stream().filter(c -> c.start() > from && c.end() <= harm.start()).findFirst().orElse(null);
    }

    /**
     * A verb or a clause of its own between {@code start} and the harm: "None of the defenders she met said that they
     * had been threatened" still reports the harm (a reported "that"), and so does a relative aside closed before it
     * ("None of the people she met who had been detained, and the lawyers who represented them, has been harassed").
     */
    private static boolean otherVerbBefore(Tokens t, int start, TermList.Hit harm) {
        for (int m = Math.max(0, start); m < harm.start(); m++) {
            boolean reported = t.forms[m].equals("that") && m > 0 && REPORTED.contains(t.forms[m - 1]);
            boolean aside = RELATIVE_WORDS.contains(t.forms[m]) && t.clauses[m] != t.clauses[harm.start()];
            if (OTHER_VERBS_OR_CLAUSES.contains(t.forms[m]) && !reported && !aside) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> RELATIVE_WORDS = java.util.Set.of("who", "which", "that");
    private static final java.util.Set<String> REPORTED = java.util.Set.of("said", "told", "reported", "indicated",
            "complained", "alleged", "stated");
    private static final java.util.Set<String> OTHER_VERBS_OR_CLAUSES = java.util.Set.of("where", "whether", "why",
            "what", "how", "that", "which", "when", "if", "because", "who", "knew", "know", "could", "explained",
            "explain", "agreed", "denied", "disputed", "willing", "able", "unable", "afraid", "fear", "fearing",
            "feared", "speak", "named", "understood", "asked");

    /** The denial names who watched, after "by": "attended by State officials" (not "by United Nations officials"). */
    private static boolean overseerAfterBy(Tokens t, TermList.Hit denial) {
        return denial.end() - denial.start() >= 3 && t.forms[denial.start() + 1].equals("by")
                && OVERSEERS.contains(t.forms[denial.end() - 1])
                && !CueSenses.watchedByTheUn(t, denial);
    }

    /** Words after "none of" that make the contacts the expert's own: "none of her meetings", "none of these". */
    private static final java.util.Set<String> OWN_CONTACTS = java.util.Set.of("her", "his", "its", "their", "the",
            "these", "those", "my", "our");

    /** Who could watch or listen: "No official sat in on …", "No guard was present at …". */
    private static final java.util.Set<String> OVERSEERS = java.util.Set.of("official", "officials", "guard", "guards",
            "officer", "officers", "minder", "minders", "warden", "wardens", "staff", "police", "policeman",
            "policemen", "agent", "agents");

    private static final java.util.Set<String> PASSIVE = java.util.Set.of("was", "were", "been", "be");
    private static final java.util.Set<String> AFTER_PASSIVE = java.util.Set.of("to", "from", "by", "in", "at",
            "during", "on", "and", "or", "for", "her", "him", "them", "us", "me", "either");
    private static final java.util.Set<String> HELD = java.util.Set.of("prison", "prisoner", "detaine", "inmat",
            "detain");

    /** "did not decline any of her requests", "never refused a single request": a negated refusal of each one. */
    private static boolean refusedNone(Tokens t, TermList.Hit denial) {
        int i = denial.start();
        int e = denial.end();
        boolean negated = (i > 0 && NOT.contains(t.forms[i - 1])) || (i > 1 && NOT.contains(t.forms[i - 2])
                && t.forms[i - 1].endsWith("ly"));
        return negated && e < t.size() && (t.forms[e].equals("any")
                || (e + 1 < t.size() && t.forms[e].equals("a") && t.forms[e + 1].equals("single")));
    }

    private static final java.util.Set<String> NOT = java.util.Set.of("not", "never");

    /**
     * "No restrictions were placed on her movements": a denial noun under "no" says the thing was free, as "without
     * restriction" does. (A negated denial verb, "was never refused access", still proves nothing.)
     */
    private Finding noDenial(Context context, List<TermList.Hit> denied, List<TermList.Hit> granted,
                             List<TermList.Hit> concepts, List<TermList.Hit> others) {
        Tokens t = context.tokens;
        Finding partial = null; // a later denial may still leave nothing out: "not once kept waiting, and no request …"
        for (TermList.Hit d : denied) {
            int i = d.start();
            TermList.Hit nearest = near(d, concepts);
            TermList.Hit c = nearest != null || needs.isEmpty() ? nearest : inTheNegatedSubject(t, d, concepts);
            if (c != null && !needs.isEmpty() && !context.exception()) {
                // A condition about harm: "none of those she met has suffered any reprisal".
                HarmNegation.Finding harm = notTheSubjectsHarm(t, d, concepts) ? HarmNegation.Finding.NONE
                        : HarmNegation.of(t, d);
                if (harm == HarmNegation.Finding.NOBODY) {
                    return new Finding(Stance.SUPPORTS, "nobody '" + d.term() + "' / '" + c.term() + "'", "",
                            t.starts[i]);
                }
                if (harm == HarmNegation.Finding.AS_FAR_AS_KNOWN && partial == null) {
                    partial = new Finding(Stance.SUPPORTS, "nobody '" + d.term() + "' / '" + c.term() + "'",
                            "partial", t.starts[i]);
                }
            }
            if (c != null && !context.exception() && !CueSenses.ownedByAnother(t, d, others)) {
                boolean never = emphaticallyNegated(t, i) || refusedNone(t, d);
                // "At no point was I prevented from going wherever I wished." Without a word for all of it, "Not
                // once was I hindered in my movements" is met in part; "never prevented from meeting" says
                // nothing about how private the meeting was.
                boolean talkOnly = CONTACT.contains(t.stems[c.start()])
                        && !(c.start() > 0 && GrantNegation.ADJECTIVES.contains(t.forms[c.start() - 1]))
                        && granted.stream().noneMatch(g -> g.start() >= c.end() && g.start() - c.end() <= 3);
                List<TermList.Hit> full = fullWords(context).stream()
                        .filter(f -> !NEGATIONS_AS_FULL.contains(f.term()) || negates(t, f, d)).toList();
                if ((never && ((!talkOnly && near(c, full) != null)
                        || overseerBefore(t, Math.max(firstOfClause(t, i), i - 3), i)))
                        || noneRefused(t, d, c, !talkOnly)) {
                    // "never prevented from speaking in private with any detainee" shows detention only in part.
                    return new Finding(Stance.SUPPORTS, "never '" + d.term() + "' / '" + c.term() + "'",
                            shownInPart(t, c, d) ? "partial" : "", t.starts[i]);
                }
                if (never && !talkOnly && partial == null) {
                    partial = new Finding(Stance.SUPPORTS, "never '" + d.term() + "' / '" + c.term() + "'", "partial",
                            t.starts[i]);
                }
            }
            if (c == null || d.end() - i != 1 || !negatedNoun(t, i) || t.forms[i].endsWith("ed")
                    || CueSenses.ownedByAnother(t, d, others) || CueSenses.generic(t, d) || CueSenses.topical(t, d)) {
                continue;
            }
            List<TermList.Hit> full = fullWords(context).stream().filter(f -> !f.overlaps(d)).toList();
            boolean whole = (near(d, full) != null || near(c, full) != null) && !context.exception()
                    && !restrictedByRelativeClause(t, c) && !theOthers(t, c) && !limitedInExtent(t, c, full)
                    && !shownInPart(t, c, d);
            Finding found = new Finding(Stance.SUPPORTS, "no '" + d.term() + "' / '" + c.term() + "'",
                    whole ? "" : "partial", t.starts[i]);
            if (whole) {
                return found;
            }
            partial = partial == null ? found : partial;
        }
        return partial;
    }

    /**
     * The denial that governs the grant, or null: one that stands at most six words before it, in its clause
     * ("holding off on publication", "unwilling to let her inquire freely"); the caller checks whether it is negated.
     */
    private TermList.Hit deniedBefore(Tokens t, TermList.Hit grant, List<TermList.Hit> denied) {
        for (TermList.Hit d : denied) {
            if (d.end() <= grant.start() && grant.start() - d.end() <= 6
                    && t.clauses[d.start()] == t.clauses[grant.start()]) {
                return d;
            }
        }
        return null;
    }

    /**
     * The grant is an infinitive of purpose or plan ("was invited to visit", "hopes to undertake"), not a report
     * of what happened; "able to visit", "allowed to enter", "unable to visit" report it, and so does an
     * infinitive joined to one of them ("able to meet civil society and to visit a prison"). (The caller lets an
     * adjective through: "access to confidential interviews".)
     */
    private static boolean purpose(Tokens t, TermList.Hit grant) {
        int i = grant.start();
        if (i < 2 || !t.forms[i - 1].equals("to") || GrantNegation.ENABLING.contains(t.stems[i - 2])) {
            return false;
        }
        // "able to meet civil society and to visit a prison": the second infinitive shares the first one's enabler.
        if (t.forms[i - 2].equals("and") || t.forms[i - 2].equals("or")) {
            for (int k = i - 3; k >= Math.max(0, i - 14) && t.clauses[k] == t.clauses[i]; k--) {
                if (t.forms[k + 1].equals("to") && GrantNegation.ENABLING.contains(t.stems[k])) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The grant is an adjective of the concept right after it ("access to confidential interviews"), not an
     * infinitive ("to visit prisons").
     */
    private static boolean adjectiveBefore(Tokens t, TermList.Hit grant, TermList.Hit concept) {
        return concept.start() == grant.end() && GrantNegation.ADJECTIVES.contains(t.forms[grant.start()]);
    }

    /** "At all times", "all the time", "all day": a word for all that counts moments, not places. */
    private static boolean temporalAll(Tokens t, TermList.Hit full) {
        int i = full.start();
        if (!t.forms[i].equals("all") || i + 1 >= t.size()) {
            return false;
        }
        String next = t.forms[i + 1];
        return next.equals("times") || next.equals("day") || next.equals("week")
                || (next.equals("the") && i + 2 < t.size() && t.forms[i + 2].equals("time"));
    }

    /**
     * The sentence opens with another actor and an aside ("The national body, after touring the jails, …"):
     * the aside is the actor's doing, so without the expert named in it the sentence is theirs, whoever the
     * sentence before spoke of.
     */
    private static boolean opensWithAnother(Context context) {
        Tokens t = context.tokens;
        return context.others().stream().anyMatch(o -> o.start() <= 2 && o.end() < t.size()
                && t.clauses[o.end()] != t.clauses[o.start()]);
    }

    /**
     * The grant qualifies the concept in a relative clause ("each police station she visited", "every prison that
     * it toured"): a word for all then ranges over what was visited, not over every place.
     */
    private static boolean inRelativeClause(Tokens t, TermList.Hit concept, TermList.Hit grant) {
        int gap = grant.start() - concept.end();
        return gap >= 1 && gap <= 2 && java.util.stream.IntStream.range(concept.end(), grant.start())
                .anyMatch(k -> RELATIVE.contains(t.forms[k]));
    }

    /**
     * Words of manner ("freely", "unannounced", "without prior notice") say how, not how far: with no word for
     * extent in the sentence, a concept limited by an article or a count ("visited the central prison unannounced",
     * "two prisons without prior notice"), or a journey to a named place ("travelled freely to the capital"), is
     * shown in part.
     */
    private static boolean limitedInExtent(Tokens t, TermList.Hit concept, List<TermList.Hit> full) {
        if (full.isEmpty()) {
            return false;
        }
        if (full.stream().anyMatch(f -> !MANNER.contains(f.term()))) {
            // "inspected fourteen places of detention and held its interviews in private in each of them": a count
            // before the concept limits it, unless a word for all of it stands right before the count ("all
            // fourteen prisons").
            int k = concept.start() - 1;
            return k >= 1 && (NUMBERS.contains(t.forms[k]) || CueSenses.number(t.forms[k]))
                    && full.stream().noneMatch(f -> f.end() == k || f.end() == k - 1);
        }
        for (int k = concept.start() - 1; k >= Math.max(0, concept.start() - 2); k--) {
            String f = t.forms[k];
            if (LIMITING.contains(f) || NUMBERS.contains(f) || CueSenses.number(f)) {
                return true;
            }
            if (!ADJECTIVE_LIKE.matcher(f).matches()) {
                break;
            }
        }
        // "travelled freely to the capital", "went unhindered to two provinces"
        for (int k = concept.end(); k < Math.min(t.size() - 1, concept.end() + 3); k++) {
            if (t.forms[k].equals("to")) {
                String next = t.forms[k + 1];
                return LIMITING.contains(next) || NUMBERS.contains(next) || CueSenses.number(next);
            }
        }
        return false;
    }

    private static final java.util.Set<String> MANNER = java.util.Set.of("unrestricted", "unimpeded", "unhindered",
            "unfettered", "free", "freely", "without restriction", "without restrictions", "without hindrance",
            "without prior notice", "unannounced");
    private static final java.util.Set<String> LIMITING = java.util.Set.of("the", "a", "an", "this", "that", "one",
            "its", "her", "his", "their");
    /** A word that may stand between an article and its noun: "the central prison", "a police station". */
    private static final java.util.regex.Pattern ADJECTIVE_LIKE = java.util.regex.Pattern.compile(
            "[a-z-]+(al|an|ary|ed|ern|ic|ive|ous|ile|ry|police|women's|men's|juvenile|military|main|high)");

    /**
     * "nine other prisons", "the other ten prisons", "all other places": the others than some named before, so a
     * word for all covers only them.
     */
    private static boolean theOthers(Tokens t, TermList.Hit concept) {
        for (int k = concept.start() - 1; k >= Math.max(1, concept.start() - 3); k--) {
            if (t.forms[k].equals("other") || SUBSETS.contains(t.forms[k])) {
                // "all my other meetings", "the subsequent interviews": a part, however whole it is said to be
                String before = t.forms[k - 1];
                return SUBSETS.contains(t.forms[k]) || before.equals("the") || before.equals("all")
                        || before.equals("every") || POSSESSIVES.contains(before)
                        || CueSenses.number(before) || NUMBERS.contains(before);
            }
        }
        return false;
    }

    /** Words that pick out some of a kind by time or order: "all of my subsequent meetings". */
    private static final java.util.Set<String> SUBSETS = java.util.Set.of("subsequent", "remaining", "later",
            "following");

    private static final java.util.Set<String> POSSESSIVES = java.util.Set.of("my", "her", "his", "its", "their",
            "our");

    private static final java.util.Set<String> NUMBERS = java.util.Set.of("two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "dozen", "dozens", "few",
            "several", "many", "some", "numerous", "various");

    /**
     * The concept is narrowed by a relative clause after it ("all the prisons she visited", "every place that it
     * toured"): a word for all then covers only those.
     */
    private static boolean restrictedByRelativeClause(Tokens t, TermList.Hit concept) {
        int next = concept.end();
        if (next >= t.size() || !RELATIVE.contains(t.forms[next])) {
            return false;
        }
        // "any place of detention I sought", "every prison she wished to see": the expert's choice is the
        // guarantee itself, not a narrowing.
        for (int k = next + 1; k < Math.min(t.size(), next + 3); k++) {
            if (CHOICE.contains(t.forms[k])) {
                return false;
            }
        }
        return true;
    }

    /** Verbs of the expert's own choice in a relative clause. */
    private static final java.util.Set<String> CHOICE = java.util.Set.of("sought", "chose", "wished", "wanted",
            "selected", "requested", "asked", "picked");

    /** Words that open a relative clause after a noun, or stand as its subject. */
    private static final java.util.Set<String> RELATIVE = java.util.Set.of("she", "he", "they", "it", "we", "i",
            "that", "which", "where", "who");

    /** The concept or the grant is one of {@code in-part}: it can show the condition only in part. */
    private boolean shownInPart(Tokens t, TermList.Hit concept, TermList.Hit grant) {
        return inPart.find(t).stream().anyMatch(h -> h.overlaps(concept) || h.overlaps(grant));
    }


    /** A word of contrast stands between the concept and the cue: "…, whereas", "but", "while". */
    private static boolean contrastBetween(Tokens t, TermList.Hit concept, TermList.Hit cue) {
        for (int k = concept.end(); k < cue.start(); k++) {
            if (HarmNegation.TURNS.contains(t.forms[k])) {
                return true;
            }
        }
        return false;
    }

    /** The cue follows "took place", "was held" or "were conducted": it says how the subject's event went. */
    private static boolean tookPlace(Tokens t, TermList.Hit cue) {
        int i = cue.start();
        return i >= 2 && ((t.forms[i - 2].equals("took") && t.forms[i - 1].equals("place"))
                || ((t.forms[i - 2].equals("was") || t.forms[i - 2].equals("were"))
                    && (t.forms[i - 1].equals("held") || t.forms[i - 1].equals("conducted"))));
    }

    /**
     * "Not one of her requests for a private interview was turned down": the grant names what was asked, and the
     * subject's negation is the refusal's (which {@link #noDenial} reads as support).
     */
    private static boolean askedForAndNoneRefused(Tokens t, TermList.Hit grant, TermList.Hit concept,
                                                  List<TermList.Hit> denied) {
        for (TermList.Hit d : denied) {
            if (d.start() > grant.end() && t.clauses[d.start()] == t.clauses[grant.start()]
                    && noneRefused(t, d, concept, true)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentence before was skipped and this one opens by naming its concept again: "The report draws on
     * interviews held in neighbouring States. All interviews were confidential."
     */
    private boolean skippedBefore(Context context, List<TermList.Hit> concepts) {
        if (context.previous == null || concepts.isEmpty() || concepts.get(0).start() > 2) {
            return false;
        }
        String stem = context.tokens.stems[concepts.get(0).start()];
        for (String s : context.previous.stems) {
            if (s.equals(stem)) {
                return skipped(context.previous);
            }
        }
        return false;
    }

    /**
     * The sentence holds a word of {@code skip-when}, other than as an infinitive ("to document violations" is
     * not about documents, "to record" not about records), as an adjective of a journey ("two days before its
     * planned trip") or in "as planned": the sentence still reports what happened.
     */
    private boolean skipped(Tokens t) {
        return skipWhen.find(t).stream().anyMatch(h -> !(aVerbOfANoun(t, h) && !t.anyOf(0, t.size(), ACCESS))
                && (h.start() == 0 || (!plannedJourney(t, h)
                && (!t.forms[h.start() - 1].equals("to") || !INFINITIVES.contains(t.forms[h.start()])))));
    }

    /** A sentence with "access" may be about access to what was documented: the skip-when noun stays one. */
    private static final java.util.Set<String> ACCESS = java.util.Set.of("access");

    /**
     * A noun of the list found by its stem as a past verb: "the abuses we have documented" is not about documents,
     * "cases filed by lawyers" not about files. (Not in a sentence with "access", which may then be access to what
     * was documented.)
     */
    private static boolean aVerbOfANoun(Tokens t, TermList.Hit h) {
        return h.end() - h.start() == 1 && t.forms[h.start()].endsWith("ed") && !h.term().endsWith("ed")
                && !h.term().endsWith("*");
    }

    private static boolean plannedJourney(Tokens t, TermList.Hit h) {
        return t.forms[h.start()].equals("planned") && (t.forms[h.start() - 1].equals("as")
                || (CueSenses.DETERMINERS.contains(t.forms[h.start() - 1]) && h.end() < t.size()
                    && JOURNEYS.contains(t.forms[h.end()])));
    }

    private static final java.util.Set<String> JOURNEYS = java.util.Set.of("trip", "trips", "visit", "visits",
            "journey", "mission", "route", "itinerary");

    /** Words of the skip lists that are also verbs after "to". */
    private static final java.util.Set<String> INFINITIVES = java.util.Set.of("document", "record", "file",
            "plan", "register", "list", "budget", "watch", "film", "photograph");

    /**
     * A concept that stands within the window of the cue once a relative aside between them is left out: "has not
     * allowed the commission, which was set up a year ago by the Council, to enter the country".
     */
    private static TermList.Hit acrossRelativeAside(Tokens t, TermList.Hit cue, List<TermList.Hit> concepts) {
        for (TermList.Hit c : concepts) {
            // The concept after the denial, or before it ("The autopsy reports, which she requested a month before
            // her arrival, have not been provided").
            int from = c.start() >= cue.end() ? cue.end() : c.end();
            int to = c.start() >= cue.end() ? c.start() : cue.start();
            if (to < from || to - from > 3 * WINDOW) {
                continue;
            }
            int aside = 0;
            for (int k = from; k < to; k++) {
                if (inRelativeAside(t, k, cue, c) || inAdverbialAside(t, k, cue, c) || inParticipleAside(t, k, cue, c)) {
                    aside++;
                }
            }
            if (aside > 0 && to - from - aside <= WINDOW) {
                return c;
            }
        }
        return null;
    }

    /**
     * The harm is told of someone described by the contact, however long the description: "X, a lawyer who met the
     * Working Group during its visit in May, was disbarred", "Two weeks after speaking to the experts, the head of
     * the association was summoned". The contact stands in a "who" clause (the harm opens the clause after it, or
     * follows in the same clause in the passive: "women who spoke to her had since been visited") or in an opening
     * "after" clause.
     */
    private static TermList.Hit harmAfterTheContact(Tokens t, TermList.Hit harm, List<TermList.Hit> concepts) {
        int i = harm.start();
        int clause = firstOfClause(t, i);
        for (TermList.Hit c : concepts) {
            if (c.end() > i || i - c.end() > 3 * WINDOW) {
                continue;
            }
            int opener = firstOfClause(t, c.start());
            // "… who spoke to the expert in May had since been visited by officers": the harm in the same clause, in
            // the passive, after the contact.
            boolean passive = i >= 1 && (t.forms[i - 1].equals("been") || t.forms[i - 1].equals("was")
                    || t.forms[i - 1].equals("were"));
            boolean who = t.forms[opener].equals("who") && ((t.clauses[i] == t.clauses[c.start()] + 1 && i - clause <= 2)
                    || (t.clauses[i] == t.clauses[c.start()] && passive));
            boolean after = false;
            for (int k = opener; k < c.start() && t.clauses[c.start()] == 0; k++) {
                after |= t.forms[k].equals("after") || t.forms[k].equals("following");
            }
            if (who || (after && i - clause <= WINDOW)) {
                return c;
            }
        }
        return null;
    }

    /**
     * The harm is a noun, "of" the person a "who" clause then describes by the contact: "the arrest on 2 June of the
     * reporter X, who, with two colleagues, met the Rapporteur", "the dismissal of a teacher who had spoken to her".
     */
    private static TermList.Hit harmOfWhoHadContact(Tokens t, TermList.Hit harm, List<TermList.Hit> concepts) {
        int of = -1;
        for (int k = harm.end(); k < Math.min(t.size(), harm.end() + 5) && of < 0; k++) {
            of = t.forms[k].equals("of") ? k : -1;
        }
        if (of < 0 || t.forms[harm.end() - 1].endsWith("ed")) {
            return null;
        }
        for (int w = of + 1; w < Math.min(t.size(), of + 10); w++) {
            if (t.forms[w].equals("who") || t.forms[w].equals("whom")) {
                int who = w;
                // Over asides, not past a new clause of its own: "who had robbed a bank, and met …".
                return concepts.stream().filter(c -> c.start() > who && c.start() - who <= 10
                        && java.util.stream.IntStream.range(who + 1, c.start()).noneMatch(j -> t.clauses[j] != t.clauses[j - 1]
                                && Modifiers.AND_OR_BUT.contains(t.forms[j]))).findFirst().orElse(null);
            }
        }
        return null;
    }

    /**
     * The grant's clause opens with "all of which" (or "each of", "both of"): it is said of the concept before the
     * comma, however long the list that names it ("held meetings with lawyers, … and the families of the missing,
     * all of which took place without officials present"). The first concept in reach is taken: the head of the
     * list, not its last item.
     */
    private static TermList.Hit antecedentOfWhich(Tokens t, TermList.Hit grant, List<TermList.Hit> concepts) {
        int which = allOfWhich(t, grant.start());
        if (which < 0 || grant.start() - which > WINDOW) {
            return null;
        }
        TermList.Hit last = null;
        for (TermList.Hit c : concepts) {
            if (c.end() <= which - 2 && which - c.end() <= 3 * WINDOW) {
                last = last == null ? c : last;
            }
        }
        return last;
    }

    /** The "which" when the clause of token {@code i} opens with "all of which" (or "each of", …), else -1. */
    static int allOfWhich(Tokens t, int i) {
        int which = firstOfClause(t, i);
        return which >= 2 && t.forms[which].equals("which") && t.forms[which - 1].equals("of")
                && WHOLE_OF.contains(t.forms[which - 2]) ? which : -1;
    }

    private static final java.util.Set<String> WHOLE_OF = java.util.Set.of("all", "each", "both", "every");

    /** The promise was broken: "were broken when …", "were not honoured", "was violated". */
    private static boolean broken(Tokens t, int from) {
        for (int k = from; k < t.size(); k++) {
            if (BREACHES.contains(t.forms[k]) || (KEPT.contains(t.forms[k]) && k > 0 && t.forms[k - 1].equals("not"))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> BREACHES = java.util.Set.of("broken", "violated", "breached",
            "ignored", "disregarded", "reneged", "flouted");
    private static final java.util.Set<String> KEPT = java.util.Set.of("honoured", "honored", "respected", "kept",
            "fulfilled", "upheld", "met");

    /**
     * An assurance or a guarantee is of what its "that" clause says: "gave written assurances that no person would
     * be subjected to reprisals for cooperating with the Expert". The first concept in that clause, or in the
     * clauses that hang on it, up to a contrast or a semicolon.
     */
    private static TermList.Hit whatWasAssured(Tokens t, TermList.Hit grant, List<TermList.Hit> concepts) {
        int that = Modifiers.ASSURANCES.contains(t.forms[grant.start()]) ? Modifiers.thatAfter(t, grant.end() - 1) : -1;
        if (that < 0) {
            return null;
        }
        int from = that;
        return concepts.stream().filter(c -> c.start() > from && c.start() - from <= 3 * WINDOW
                && t.text.substring(t.starts[from], t.starts[c.start()]).indexOf(';') < 0
                && java.util.stream.IntStream.range(from, c.start()).noneMatch(k -> Modifiers.CONTRASTS.contains(t.forms[k])))
                .findFirst().orElse(null);
    }

    /**
     * The harm describes who later met the expert: "X, a teacher who was arrested in 2019, met the Working Group".
     */
    private static boolean describesThePerson(Tokens t, TermList.Hit harm, TermList.Hit contact) {
        int who = firstOfClause(t, harm.start());
        return contact.start() >= harm.end() && t.clauses[contact.start()] != t.clauses[harm.start()]
                && t.forms[who].equals("who") && harm.start() - who <= 3;
    }

    /**
     * Token {@code k} stands in a relative aside between {@code a} and {@code b}: a clause of neither, opened by one
     * of {@link #RELATIVE_OPENERS}.
     */
    private static boolean inRelativeAside(Tokens t, int k, TermList.Hit a, TermList.Hit b) {
        return inAsideOpenedBy(t, k, a, b, RELATIVE_OPENERS::contains);
    }

    /** Token {@code k} stands in a clause of neither {@code a} nor {@code b} whose first word is an opener. */
    private static boolean inAsideOpenedBy(Tokens t, int k, TermList.Hit a, TermList.Hit b,
                                           java.util.function.Predicate<String> opener) {
        return t.clauses[k] != t.clauses[a.start()] && t.clauses[k] != t.clauses[b.start()]
                && opener.test(t.forms[firstOfClause(t, k)]);
    }

    /**
     * Token {@code k} stands in an aside of time or manner between {@code a} and {@code b}, a clause of neither:
     * "provided, ahead of her arrival and in full, all the statistics she had asked for".
     */
    private static boolean inAdverbialAside(Tokens t, int k, TermList.Hit a, TermList.Hit b) {
        return inAsideOpenedBy(t, k, a, b, ADVERBIAL_OPENERS::contains);
    }

    /**
     * Token {@code k} stands in an aside opened by a past participle between {@code a} and {@code b}, a clause of
     * neither: "A police escort, provided at her own request for the road to the mines, kept its distance".
     */
    private static boolean inParticipleAside(Tokens t, int k, TermList.Hit a, TermList.Hit b) {
        return inAsideOpenedBy(t, k, a, b, first -> first.endsWith("ed") || PARTICIPLES.contains(first));
    }

    private static final java.util.Set<String> PARTICIPLES = java.util.Set.of("given", "taken", "made", "sent",
            "held", "drawn", "chosen", "seen", "known", "brought", "sought", "kept", "told", "shown", "led");

    /** Words that open an aside of time or manner: "ahead of her arrival", "in full", "within a day". */
    private static final java.util.Set<String> ADVERBIAL_OPENERS = java.util.Set.of("ahead", "in", "at", "on",
            "after", "before", "during", "within", "upon", "following", "despite", "once", "promptly", "eventually",
            "finally", "later");

    /** Words that open an aside between commas: a relative clause, or "as" ("…, as the occupying power, …"). */
    private static final java.util.Set<String> RELATIVE_OPENERS = java.util.Set.of("which", "who", "whom", "whose",
            "as", "where");

    private static int firstOfClause(Tokens t, int k) {
        while (k > 0 && t.clauses[k - 1] == t.clauses[k]) {
            k--;
        }
        return k;
    }

    /**
     * The concept that opens the sentence as the subject of "took place", "were held" or "were conducted" right
     * before the grant, however long the subject ("Each talk she had with traders, with teachers and with the families
     * of the missing took place in private"), or null.
     */
    private static TermList.Hit subjectOfPredicate(Tokens t, TermList.Hit grant, List<TermList.Hit> concepts) {
        int i = grant.start();
        int verb = i;
        while (verb >= 1 && PREDICATE_ADVERBS.contains(t.forms[verb - 1])) {
            verb--; // "were not made available", "were never truly private"
        }
        int aside = verb - 1;
        while (aside >= 1 && verb >= 1 && t.clauses[aside] == t.clauses[verb - 1] && t.clauses[aside] != t.clauses[i]
                && verb - aside <= 5) {
            aside--; // "were, in her words, never truly private"
        }
        if (aside >= 0 && aside < verb - 1 && t.clauses[aside] != t.clauses[verb - 1]
                && (t.forms[aside].equals("were") || t.forms[aside].equals("was"))) {
            verb = aside + 1;
        }
        boolean predicate = tookPlace(t, grant)
                || (verb >= 1 && (t.forms[verb - 1].equals("were") || t.forms[verb - 1].equals("was")));
        if (!predicate || concepts.isEmpty()) {
            return null;
        }
        // The subject opens the sentence, or the clause of the grant ("noted that the licence files of the
        // State Committee on broadcasting … were not made available").
        int start = firstOfClause(t, i);
        if (t.forms[start].equals("that")) {
            start++;
        }
        // Or the clause of its verb, after an opening phrase ("In the capital, the meetings … were never private").
        int verbClause = verb >= 1 ? firstOfClause(t, verb - 1) : start;
        // Or a clause before a list that runs on to the verb: ", and all my meetings with lawyers, judges and
        // detained persons took place in private".
        int listed = listHead(t, start);
        for (int from : new int[] {0, start, verbClause, listed}) {
            TermList.Hit first = concepts.stream().filter(c -> c.start() >= from).findFirst().orElse(null);
            if (first == null || first.end() > i) {
                continue;
            }
            // Determiners and quantifiers, and at most two words that describe it ("the licence files").
            int described = 0;
            for (int k = from; k < first.start(); k++) {
                described += SUBJECT_OPENERS.contains(t.forms[k]) ? 0 : 1;
            }
            if (described == 0 || (described <= 2 && SUBJECT_OPENERS.contains(t.forms[from]))) {
                return first;
            }
        }
        return null;
    }

    /**
     * Those who watch the expert (officers, escort, guards) are the subject of the denial's verb, however far it
     * stands in their sentence: "Uniformed officers stood at the entrance of each meeting, recording the names of
     * those who entered", "The gendarmes who escorted her, however, noted down the plates of the cars outside".
     * A new subordinate clause or a pronoun between them brings another subject; a passive is done to them.
     */
    private static TermList.Hit watchersAsSubject(Tokens t, TermList.Hit denial, List<TermList.Hit> concepts) {
        int d = denial.start();
        if (d == 0 || PASSIVE_OR_BE.contains(t.forms[d - 1])) {
            return null;
        }
        for (TermList.Hit c : concepts) {
            if (!Modifiers.WATCHERS.contains(t.forms[c.end() - 1]) || c.end() > d || d - c.end() > 30) {
                continue;
            }
            int from = firstOfClause(t, c.start());
            int described = 0;
            for (int k = from; k < c.start(); k++) {
                described += SUBJECT_OPENERS.contains(t.forms[k]) || Character.isDigit(t.forms[k].charAt(0)) ? 0 : 1;
            }
            if (described > 2) {
                continue;
            }
            int k = c.end();
            if (k < d && RELATIVE_WORDS.contains(t.forms[k])) {
                // "The gendarmes who accompanied her for her protection, …": their own relative clause.
                int clause = t.clauses[k];
                while (k < d && t.clauses[k] == clause) {
                    k++;
                }
            }
            boolean same = true;
            for (; k < d && same; k++) {
                // "…, and journalists took down the names": "and" before a new subject.
                boolean newSubject = t.forms[k].equals("and") && k + 1 < d
                        && (Modifiers.AFTER_AND_SUBJECTS.contains(t.forms[k + 1])
                            || t.text.substring(t.starts[k - 1], t.starts[k]).indexOf(',') >= 0);
                same = !OTHER_CLAUSES.contains(t.forms[k]) && !newSubject;
            }
            if (same) {
                return c;
            }
        }
        return null;
    }

    /** Words that open a clause with a subject other than the one before. */
    private static final java.util.Set<String> OTHER_CLAUSES = java.util.Set.of("that", "which", "who", "whom",
            "whose", "where", "when", "while", "because", "after", "before", "until", "but", "whereas", "although",
            "she", "he", "they", "we", "i", "it", "if", "since", "as");

    /**
     * Where the subject opens when the clause at {@code start} goes on a list begun in the clause before ("…, and all
     * my meetings with lawyers, | judges and detainees took place …"): that clause's first word after "and", or
     * {@code start} when the clause before is no such head.
     */
    private static int listHead(Tokens t, int start) {
        if (start == 0) {
            return start;
        }
        int head = firstOfClause(t, start - 1);
        if (start - head > 8) {
            return start;
        }
        for (int k = head; k < start; k++) {
            if (PREDICATE_VERBS.contains(t.forms[k])) {
                return start;
            }
        }
        return Modifiers.AND_OR_BUT.contains(t.forms[head]) && head + 1 < start ? head + 1 : head;
    }

    /** Verbs that make a clause a statement of its own, not the head of a subject. */
    private static final java.util.Set<String> PREDICATE_VERBS = java.util.Set.of("was", "were", "is", "are", "had",
            "has", "have", "took", "did");

    /** Words between "were" and a grant that leave it the predicate: "were never truly private". */
    private static final java.util.Set<String> PREDICATE_ADVERBS = java.util.Set.of("not", "never", "truly", "fully",
            "always", "entirely", "really", "ever", "genuinely", "completely", "wholly");

    private static final java.util.Set<String> SUBJECT_OPENERS = java.util.Set.of("every", "each", "all", "the", "her",
            "his", "their", "my", "our", "its", "of", "these", "those", "private", "individual", "requests",
            "request", "for");

    /**
     * A pronoun agrees in number with a concept of the sentence before: "it" and "this" with a singular one ("the
     * report", "access"), "they", "them" and "these" with a plural one ("the registers"); "such", and a group
     * ("the escort"), with either.
     */
    private static boolean agrees(String pronoun, List<TermList.Hit> concepts, Tokens previous) {
        boolean singular = pronoun.equals("it") || pronoun.equals("this");
        boolean plural = pronoun.equals("they") || pronoun.equals("them") || pronoun.equals("these");
        for (TermList.Hit c : concepts) {
            String last = previous.forms[c.end() - 1];
            boolean many = last.endsWith("s") && !last.endsWith("ss") || PLURAL_FORMS.contains(last);
            // A verb ("those she met") stands for its people or things, of either number.
            boolean verb = last.endsWith("ed") || VERB_CONCEPTS.contains(last);
            if (verb || COLLECTIVE.contains(last) || ((!singular || !many) && (!plural || many))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> PLURAL_FORMS = java.util.Set.of("data", "people", "media", "men",
            "women", "children");
    private static final java.util.Set<String> VERB_CONCEPTS = java.util.Set.of("met", "meet", "spoke", "spoken",
            "talk", "speak", "went", "go", "enter", "visit");
    /** Nouns for a group, which "it" and "they" may both stand for ("the protection unit … they stayed outside"). */
    private static final java.util.Set<String> COLLECTIVE = java.util.Set.of("unit", "detail", "escort", "team",
            "delegation", "police", "staff", "personnel", "government", "authorities", "ministry");

    /**
     * The pronouns "them", "they" after a short opening phrase, and "it" as an object (last in its clause, before a
     * preposition or after "of", not "it was able"),
     * after the sentence's first word, as hits that stand for a concept.
     */
    private static List<TermList.Hit> objectPronouns(Tokens t) {
        List<TermList.Hit> out = List.of();
        for (int k = 1; k < t.size(); k++) {
            String f = t.forms[k];
            boolean they = f.equals("they") && t.clauses[k] != t.clauses[k - 1] && k <= 6;
            // "At her request, they remained outside": a subject after a short opening phrase. "Releasing it before
            // the trip was the simplest test": a gerund names the act, not that it was done.
            boolean object = f.equals("them") || (f.equals("it") && (k + 1 == t.size()
                    || t.clauses[k + 1] != t.clauses[k] || t.forms[k - 1].equals("of")
                    || AFTER_OBJECT.contains(t.forms[k + 1])));
            if (they || (object && !(k == 1 && t.forms[0].endsWith("ing")))) {
                if (out.isEmpty()) {
                    out = new ArrayList<>(2);
                }
                out.add(new TermList.Hit(k, k + 1, f));
            }
        }
        if (!out.isEmpty()) {
            for (int k = 0; k < t.size(); k++) {
                if (UNREAL.contains(t.forms[k]) && !CueSenses.theMonth(t, k)) {
                    // "Releasing it before the trip would have shown good faith": what did not happen.
                    return List.of();
                }
            }
        }
        return out;
    }

    private static final java.util.Set<String> UNREAL = java.util.Set.of("would", "might", "if", "unless", "should",
            "may");
    private static final java.util.Set<String> AFTER_OBJECT = java.util.Set.of("in", "at", "on", "for", "from",
            "with", "and", "or", "until", "despite", "because", "after", "before", "when", "as", "again", "either",
            "since", "during", "only", "over", "within");

    /**
     * {@link #near}, else a concept further off, up to {@link #CLAUSE_WINDOW} words, in the cue's own clause with
     * no other actor between them: "Security was provided by the host Government at her request and never stood in
     * the way"; not "He declined to confirm whether he considered this to be connected to the visit".
     */
    private static TermList.Hit nearInClause(Tokens t, TermList.Hit cue, List<TermList.Hit> concepts) {
        TermList.Hit best = near(cue, concepts);
        int bestGap = Integer.MAX_VALUE;
        for (TermList.Hit c : best != null ? List.<TermList.Hit>of() : concepts) {
            int gap = c.start() >= cue.end() ? c.start() - cue.end() : cue.start() - c.end();
            if (gap >= 0 && gap <= CLAUSE_WINDOW && gap < bestGap && oneClause(t, c, cue)
                    && !anotherActorBetween(t, Math.min(c.end(), cue.end()), Math.max(c.start(), cue.start()))) {
                best = c;
                bestGap = gap;
            }
        }
        return best;
    }

    /**
     * The concepts, less those in a ground given after the denial: "the records were withheld on grounds of the
     * inmates' privacy" denies nothing of the inmates. (A ground of security is the security condition's concept,
     * which {@link ConceptSenses#statedGround} finds.)
     */
    private static List<TermList.Hit> outsideAGround(Tokens t, TermList.Hit denial, List<TermList.Hit> concepts) {
        return concepts.stream().filter(c -> {
            for (int k = Math.max(denial.end(), c.start() - 2); k < c.start(); k++) {
                if (t.clauses[k] == t.clauses[c.start()] && CueSenses.aGround(t, k)) {
                    return false;
                }
            }
            return true;
        }).toList();
    }

    /**
     * The two stand in one clause, or the later one in a clause of manner that goes on the clause of the first: "was
     * provided by the national police in a manner that did not hinder the work".
     */
    private static boolean oneClause(Tokens t, TermList.Hit a, TermList.Hit b) {
        TermList.Hit first = a.start() < b.start() ? a : b;
        TermList.Hit later = first == a ? b : a;
        if (t.clauses[first.start()] == t.clauses[later.start()]) {
            return true;
        }
        int that = firstOfClause(t, later.start());
        return t.clauses[later.start()] == t.clauses[first.start()] + 1 && that >= 1 && t.forms[that].equals("that")
                && MANNER_NOUNS.contains(t.forms[that - 1]);
    }

    private static final java.util.Set<String> MANNER_NOUNS = java.util.Set.of("manner", "way", "fashion");

    /** Words that bring in another actor or an open question between a cue and a concept far from it. */
    private static final java.util.Set<String> ACTOR_WORDS =
            java.util.Set.of("he", "she", "they", "whether", "if");
    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("of", "at", "to", "for", "with",
            "by", "on", "in", "from", "into", "during", "under");
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("the", "a", "an", "every", "all", "any");

    /**
     * A pronoun between, a possessive that is not inside a phrase with a preposition ("had his licence …
     * suspended" is another's act; "at the request of her office" only describes the subject), or a new subject
     * after "and", "but" or "or".
     */
    private static boolean anotherActorBetween(Tokens t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (ACTOR_WORDS.contains(t.forms[i]) || newSubjectAfter(t, i)
                    || (POSSESSIVES.contains(t.forms[i]) && (i == 0 || !PREPOSITIONS.contains(t.forms[i - 1]))
                            && !objectHer(t, i))) {
                return true;
            }
        }
        return false;
    }

    /** "and", "but" or "or" before a new subject: "… last month and the national army never interfered …". */
    private static boolean newSubjectAfter(Tokens t, int i) {
        return Modifiers.AND_OR_BUT.contains(t.forms[i]) && i + 1 < t.size() && NEW_SUBJECTS.contains(t.forms[i + 1]);
    }

    private static final java.util.Set<String> NEW_SUBJECTS = java.util.Set.of("the", "a", "an", "this", "these",
            "those", "its", "their", "his", "our", "no", "all", "every", "some", "many", "most", "several", "each");

    /** "her" before a preposition or an article is an object ("accompanied her to every meeting"), no owner. */
    private static boolean objectHer(Tokens t, int i) {
        return t.forms[i].equals("her") && i + 1 < t.size() && (PREPOSITIONS.contains(t.forms[i + 1])
                || ARTICLES.contains(t.forms[i + 1]));
    }

    /** The concept nearest to the cue within the window and not overlapping it, or null. */
    private static TermList.Hit near(TermList.Hit cue, List<TermList.Hit> concepts) {
        TermList.Hit best = null;
        int bestGap = Integer.MAX_VALUE;
        for (TermList.Hit c : concepts) {
            if (c.start() == cue.start() && c.end() == cue.end()) {
                continue;
            }
            boolean overlap = c.overlaps(cue);
            int gap = overlap ? 0 : c.start() >= cue.end() ? c.start() - cue.end() : cue.start() - c.end();
            if (gap <= WINDOW && gap < bestGap) {
                best = c;
                bestGap = gap;
            }
        }
        return best;
    }
}
