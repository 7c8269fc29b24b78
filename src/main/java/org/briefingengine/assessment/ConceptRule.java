package org.briefingengine.assessment;

import java.util.ArrayList;
import java.util.List;

/**
 * A condition's judgement by composition instead of one regex per wording: the sentence must be about one of
 * the condition's concepts ({@code about}), and a cue near it must grant or deny it ({@code grants}, {@code
 * denies}); modifiers then decide what the pair is worth ({@link Modifiers}):
 * <ul>
 *   <li>a negated grant denies ("was not granted access to the prisons"); a negated denial is no evidence
 *       ("was not obstructed" proves nothing);</li>
 *   <li>a grant is full only with a word of {@code fully} near it ("all", "unrestricted", "wherever"), else
 *       partial; an exception in the sentence ("except", "with two exceptions", "but") makes it partial too;</li>
 *   <li>the expert must be named in the sentence or the one before it; a concept in a clause about another
 *       actor (lawyers, relatives, a national body) and not the expert does not count;</li>
 *   <li>a sentence with a word of {@code skip-when} (e.g. "abroad", "third countries") does not count.</li>
 * </ul>
 * Immutable and thread-safe.
 */
final class ConceptRule {

    /** Last words of a mandate's title ("Special Rapporteur on torture", "Working Group on Arbitrary Detention"). */
    private static final java.util.Set<String> TITLES = java.util.Set.of("rapporteur", "group", "commiss", "expert",
            "committe", "subcommitte", "commission");

    /** Opening words that stand for something named in the sentence before. */
    private static final java.util.Set<String> ANAPHORA = java.util.Set.of("it", "this", "these", "they", "such");

    /** How many words apart a cue and a concept may stand. */
    static final int WINDOW = 8;

    /** Words that make an expert an earlier one, whose visit is not this one. */
    private static final java.util.Set<String> FORMER = java.util.Set.of("previous", "former", "then", "earlier",
            "predecessor");

    /** Expert words that may stand for a former expert named in the same sentence. */
    private static final java.util.Set<String> STANDS_FOR_ANOTHER = java.util.Set.of("he", "she", "his", "her", "i",
            "we", "my", "our", "me", "us", "the visit", "visiting", "mission", "team", "delegation");

    private static boolean former(Tokens t, TermList.Hit expert) {
        for (int k = Math.max(0, expert.start() - 2); k < expert.start(); k++) {
            if (FORMER.contains(t.forms[k])) {
                return true;
            }
        }
        return false;
    }

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
        private Boolean exception;
        private Boolean ignored;
        private List<java.util.regex.Pattern> ignoredBy;

        Context(Tokens tokens, Tokens previous, boolean expertBefore, Modifiers modifiers) {
            this.tokens = tokens;
            this.previous = previous;
            this.expertBefore = expertBefore;
            this.modifiers = modifiers;
        }

        /**
         * The expert named in the sentence. A former one ("the previous Special Rapporteur") is someone else, and
         * in a sentence that names one, so are the pronouns and "the visit" ("during his 2009 visit").
         */
        List<TermList.Hit> experts() {
            if (experts == null) {
                List<TermList.Hit> all = modifiers.expert().find(tokens);
                boolean former = all.stream().anyMatch(e -> former(tokens, e));
                experts = all.stream().filter(e -> !former(tokens, e)
                        && !(former && STANDS_FOR_ANOTHER.contains(e.term()))).toList();
            }
            return experts;
        }

        List<TermList.Hit> others() {
            return others != null ? others : (others = modifiers.others().find(tokens));
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

        List<TermList.Hit> full() {
            return full != null ? full : (full = modifiers.full().find(tokens));
        }

        /** The sentence speaks of a person by a pronoun that is not one of the expert's ("he" when she visited). */
        boolean otherPerson() {
            List<TermList.Hit> pronouns = modifiers.pronouns().find(tokens);
            return pronouns.stream().anyMatch(p -> experts().stream().noneMatch(e -> e.start() == p.start()));
        }

        boolean exception() {
            return exception != null ? exception : (exception = modifiers.exception().occursIn(tokens));
        }
    }

    /** What the rule found in one sentence. */
    record Finding(Stance stance, String rule, String qualifier, int at) {
    }

    private final TermList about;
    private final TermList grants;
    private final TermList denies;
    private final TermList fully;
    private final TermList inPart;
    private final TermList manner;
    private final TermList skipWhen;
    private final TermList needs;
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
     * @param ignore the rubric's patterns of sentences that never count
     * @param needsExpert false when the concept is the visit's own, so the expert need not be named
     */
    ConceptRule(TermList about, TermList grants, TermList denies, TermList fully, TermList inPart, TermList manner,
                TermList skipWhen, TermList needs, List<java.util.regex.Pattern> ignore, boolean needsExpert) {
        this.about = about;
        this.grants = grants;
        this.denies = denies;
        this.fully = fully;
        this.inPart = inPart;
        this.manner = manner;
        this.skipWhen = skipWhen;
        this.needs = needs;
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
        if (concepts.isEmpty() && t.size() > 0 && ANAPHORA.contains(t.forms[0]) && context.previous != null
                && about.occursIn(context.previous)) {
            // "The Office finished its report last year. It has still not been published.": the opening pronoun
            // stands for the concept of the sentence before.
            concepts = List.of(new TermList.Hit(0, 1, t.forms[0]));
        }
        if (concepts.isEmpty()) {
            return out;
        }
        List<TermList.Hit> experts = context.experts();
        if ((needsExpert && experts.isEmpty() && (!context.expertBefore || context.otherPerson()
                || opensWithAnother(context))) || skipWhen.occursIn(t)
                || (!needs.isEmpty() && !needs.occursIn(t) && (context.previous == null || !needs.occursIn(context.previous)))
                || context.ignored(ignore)) {
            return out;
        }
        List<TermList.Hit> others = context.others();
        concepts = concepts.stream().filter(c -> !aboutAnother(t, c, experts, others) && !inTitle(t, c, experts)
                && !compoundTail(t, c) && !actOfDetaining(t, c) && !formerly(t, c) && !withOfficials(t, c)
                && !timeFrame(t, c) && !owner(t, c)).toList();
        if (concepts.isEmpty()) {
            return out;
        }
        Finding contra = null;
        List<TermList.Hit> denied = denies.find(t);
        List<TermList.Hit> manners = manner.find(t);
        for (TermList.Hit d : denied) {
            TermList.Hit c = near(d, concepts);
            if (c == null) {
                c = statedGround(t, concepts);
            }
            if (c != null && !context.negated(d.start()) && !ownedByAnother(t, d, others) && !attributive(t, d)
                    && !rebuttal(t, d) && !generic(t, d) && !topical(t, d) && !whereHeld(t, d)
                    && !accessToTheirOwn(t, d, concepts, others) && !feared(t, d)
                    && manners.stream().noneMatch(m -> overlaps(m, d))) {
                contra = new Finding(Stance.CONTRADICTS, "denies '" + d.term() + "' / '" + c.term() + "'", "",
                        t.starts[d.start()]);
                break;
            }
        }
        Finding support = null;
        List<TermList.Hit> granted = grants.find(t);
        for (TermList.Hit g : granted) {
            TermList.Hit c = near(g, concepts);
            if (c == null || (purpose(t, g) && !adjectiveBefore(t, g, c) && !negatedEnabler(context, g))
                    || ownedByAnother(t, g, others)
                    || accessToSomethingElse(t, g, c) || accessToTheirOwn(t, g, concepts, others) || topical(t, g)
                    || privateSomethingElse(t, g)
                    || temporal(t, g)) {
                continue;
            }
            TermList.Hit governing = deniedBefore(t, g, denied);
            if (governing != null) {
                // "unwilling to let her inquire freely in the jails": the denial governs the grant. A negated one
                // ("was never refused access") proves nothing either way, as a negated denial never does.
                if (contra == null && !context.negated(governing.start())) {
                    contra = new Finding(Stance.CONTRADICTS, "denies '" + governing.term() + "' / '" + c.term() + "'", "",
                            t.starts[governing.start()]);
                }
                continue;
            }
            if (context.negated(g.start()) || negatedEnabler(context, g) || negatedConcept(context, c, concepts)
                    || madeImpossible(t, g) || negatedConjunct(context, g, granted)) {
                if (contra == null && !mannerInScope(t, g, manners)) {
                    contra = new Finding(Stance.CONTRADICTS, "not grants '" + g.term() + "' / '" + c.term() + "'", "",
                            t.starts[g.start()]);
                }
                continue;
            }
            if (support == null) {
                List<TermList.Hit> full = (fully == null ? context.full() : fully.find(t)).stream()
                        .filter(f -> !temporalAll(t, f)).toList();
                List<TermList.Hit> outside = full.stream().filter(f -> !overlaps(f, g) || (f.start() == g.start()
                        && f.end() == g.end())).toList();
                boolean whole = (outside.stream().anyMatch(f -> f.start() == g.start() && f.end() == g.end())
                        || near(g, outside) != null || near(c, outside) != null)
                        && !context.exception() && !shownInPart(t, c, g) && !inRelativeClause(t, c, g)
                        && !restrictedByRelativeClause(t, c);
                support = new Finding(Stance.SUPPORTS, "grants '" + g.term() + "' / '" + c.term() + "'",
                        whole ? "" : "partial", t.starts[g.start()]);
            }
        }
        if (support == null) {
            support = noDenial(context, denied, concepts, others);
        }
        if (support != null) {
            out.add(support);
        }
        if (contra != null) {
            out.add(contra);
        }
        return out;
    }

    /**
     * A word of manner stands in the negated grant's clause, after it or just before it ("was not allowed to speak
     * to detainees without guards present", "was unable to carry out private interviews with detainees"): the
     * negation denies the manner, not the grant.
     */
    private static boolean mannerInScope(Tokens t, TermList.Hit grant, List<TermList.Hit> manners) {
        return manners.stream().anyMatch(m -> t.clauses[m.start()] == t.clauses[grant.start()]
                && (m.start() >= grant.end() ? m.start() - grant.end() <= 8 : grant.start() - m.end() <= 3));
    }

    /**
     * The grant is joined by "and" or "or" to a negated grant before it: "unable to carry out private and
     * confidential interviews" negates both.
     */
    private static boolean negatedConjunct(Context context, TermList.Hit grant, List<TermList.Hit> granted) {
        Tokens t = context.tokens;
        int i = grant.start();
        if (i < 2 || !(t.forms[i - 1].equals("and") || t.forms[i - 1].equals("or"))) {
            return false;
        }
        return granted.stream().anyMatch(g -> g.end() == i - 1 && context.negated(g.start()));
    }

    /**
     * "No restrictions were placed on her movements": a denial noun under "no" says the thing was free, as "without
     * restriction" does. (A negated denial verb, "was never refused access", still proves nothing.)
     */
    private Finding noDenial(Context context, List<TermList.Hit> denied, List<TermList.Hit> concepts,
                             List<TermList.Hit> others) {
        Tokens t = context.tokens;
        for (TermList.Hit d : denied) {
            int i = d.start();
            TermList.Hit c = near(d, concepts);
            if (c == null || d.end() - i != 1 || i == 0 || !t.forms[i - 1].equals("no") || t.forms[i].endsWith("ed")
                    || ownedByAnother(t, d, others) || generic(t, d) || topical(t, d)) {
                continue;
            }
            List<TermList.Hit> full = (fully == null ? context.full() : fully.find(t)).stream()
                    .filter(f -> !temporalAll(t, f) && !overlaps(f, d)).toList();
            boolean whole = (near(d, full) != null || near(c, full) != null) && !context.exception()
                    && !restrictedByRelativeClause(t, c);
            return new Finding(Stance.SUPPORTS, "no '" + d.term() + "' / '" + c.term() + "'", whole ? "" : "partial",
                    t.starts[i]);
        }
        return null;
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
     * of what happened; "able to visit", "allowed to enter", "unable to visit" report it. (The caller lets an
     * adjective through: "access to confidential interviews".)
     */
    private static boolean purpose(Tokens t, TermList.Hit grant) {
        int i = grant.start();
        return i >= 2 && t.forms[i - 1].equals("to") && !ENABLING.contains(t.stems[i - 2]);
    }

    private static final java.util.Set<String> ENABLING = java.util.Set.of("abl", "unabl", "allow", "permit", "free",
            "possibl", "impossibl", "grant", "authoris", "author", "enabl", "manag", "could", "refus", "deni", "fail",
            "prevent", "forbidden", "oblig", "failur", "want", "wish", "tri", "attempt", "sought", "unwil", "declin");

    /**
     * The grant is an adjective of the concept right after it ("access to confidential interviews"), not an
     * infinitive ("to visit prisons").
     */
    private static boolean adjectiveBefore(Tokens t, TermList.Hit grant, TermList.Hit concept) {
        return concept.start() == grant.end() && ADJECTIVES.contains(t.forms[grant.start()]);
    }

    private static final java.util.Set<String> ADJECTIVES = java.util.Set.of("confidential", "private",
            "unsupervised", "unmonitored", "unaccompanied", "unrestricted", "unhindered", "unimpeded", "unfettered",
            "free", "full", "discreet", "unobtrusive");

    /** Nouns that offer a chance ("an opportunity to raise"): a plan, unless negated ("not given the opportunity"). */
    private static final java.util.Set<String> OPPORTUNITY = java.util.Set.of("opportun", "chanc", "permiss");

    /**
     * The cue is part of a phrase naming another actor ("their access" in "concerns about their access to civil
     * documentation"), or another actor follows it after "of", "for" or "by" ("access of members of civil society
     * to places of detention", "the access constraints faced by humanitarian actors"): what it grants or denies is theirs, even in a clause that names the expert.
     */
    private static boolean ownedByAnother(Tokens t, TermList.Hit cue, List<TermList.Hit> others) {
        for (TermList.Hit o : others) {
            if (overlaps(o, cue)) {
                return true;
            }
            for (int of = cue.end(); of < Math.min(t.size(), cue.end() + 3); of++) {
                // "by" names the agent, however long its phrase: "visited by a delegate of the Red Cross".
                int reach = t.forms[of].equals("by") ? 7 : 3;
                if (OWNER.contains(t.forms[of]) && t.clauses[of] == t.clauses[cue.start()]
                        && o.start() > of && o.start() - of <= reach && t.clauses[o.start()] == t.clauses[of]) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The concept itself is negated ("none of the conversations", "no private meeting", "No Special Procedures
     * mandate-holder", "could not meet"), not a verb that governs it: in "did not attend her meetings" the
     * meetings took place. Between the negation and the concept stand only determiners and other concepts.
     */
    private static boolean negatedConcept(Context context, TermList.Hit concept, List<TermList.Hit> concepts) {
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
    private static boolean negatedEnabler(Context context, TermList.Hit grant) {
        Tokens t = context.tokens;
        int i = grant.start();
        for (int k = i - 2; k >= Math.max(0, i - 2 - WINDOW) && t.clauses[k] == t.clauses[i]; k--) {
            if (t.forms[k + 1].equals("to") && (ENABLING.contains(t.stems[k]) || OPPORTUNITY.contains(t.stems[k]))) {
                return context.negated(k);
            }
        }
        return false;
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
     * "Throughout" spans time or work ("throughout the visit", "throughout her research", "throughout the
     * preparation of the visit") unless a word for a territory follows it ("throughout the country").
     */
    private static boolean temporal(Tokens t, TermList.Hit grant) {
        if (!t.forms[grant.start()].equals("throughout")) {
            return false;
        }
        for (int k = grant.end(); k < Math.min(t.size(), grant.end() + 3); k++) {
            if (TERRITORY.contains(t.forms[k])) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Set<String> TERRITORY = java.util.Set.of("country", "territory", "territories",
            "region", "regions", "province", "provinces", "area", "areas", "district", "districts", "part", "parts",
            "island", "islands", "state", "states", "nation", "city", "cities", "zone", "zones", "north", "south",
            "east", "west", "capital", "land");

    private static final java.util.Set<String> POSSESSIVES = java.util.Set.of("his", "her", "its", "their", "our",
            "my");
    private static final java.util.Set<String> TIME_SPANS = java.util.Set.of("visit", "mission", "stay", "trip",
            "week", "weeks", "day", "days", "period", "year", "visits", "missions");

    /**
     * "denied access to their children in detention", "access to his family", "denied access to lawyers": access to
     * someone's own people or things, or to another actor, a detainee's entitlement, not the expert's access to
     * the place named after it.
     */
    private static boolean accessToTheirOwn(Tokens t, TermList.Hit cue, List<TermList.Hit> concepts,
                                            List<TermList.Hit> others) {
        int access = t.forms[cue.start()].equals("access") ? cue.start() : cue.end();
        if (access + 2 >= t.size() || !t.forms[access].equals("access") || !t.forms[access + 1].equals("to")) {
            return false;
        }
        // "denied access to lawyers": to another actor.
        if (others.stream().anyMatch(o -> o.start() > access + 1 && o.start() <= access + 3)) {
            return true;
        }
        return access + 3 < t.size() && POSSESSIVES.contains(t.forms[access + 2])
                && concepts.stream().noneMatch(c -> c.start() == access + 3);
    }

    /**
     * "Access to" names its object: the concept must follow it. In "incommunicado detention, disciplinary
     * sanctions, access to legal representation" the access is to a lawyer, not to the detention named before.
     */
    private static boolean accessToSomethingElse(Tokens t, TermList.Hit grant, TermList.Hit concept) {
        int to = grant.end();
        return grant.end() - grant.start() == 1 && t.forms[grant.start()].equals("access") && to < t.size()
                && t.forms[to].equals("to") && concept.end() <= grant.start();
    }

    /** Words after which another actor owns the cue before them ("access of aid agencies", "access for lawyers"). */
    private static final java.util.Set<String> OWNER = java.util.Set.of("of", "for", "by");

    /** The concept is in a clause that names another actor and not the expert. */
    private static boolean aboutAnother(Tokens t, TermList.Hit concept, List<TermList.Hit> experts,
                                        List<TermList.Hit> others) {
        int clause = t.clauses[concept.start()];
        boolean other = others.stream().anyMatch(o -> t.clauses[o.start()] == clause);
        return other && experts.stream().noneMatch(e -> t.clauses[e.start()] == clause);
    }

    /**
     * The concept is part of the expert's title, as "detention" in "the Working Group on Arbitrary Detention":
     * it follows an expert word within three words, after "on", "of" or "for".
     */
    private static boolean inTitle(Tokens t, TermList.Hit concept, List<TermList.Hit> experts) {
        for (TermList.Hit e : experts) {
            if (TITLES.contains(t.stems[e.end() - 1]) && e.end() <= concept.start() && concept.start() - e.end() <= 3 && e.end() < t.size()
                    && (t.forms[e.end()].equals("on") || t.forms[e.end()].equals("of") || t.forms[e.end()].equals("for"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The concept ends a hyphenated modifier ("the maximum-security wing", "a high-security prison"): it describes
     * something else.
     */
    private static boolean compoundTail(Tokens t, TermList.Hit concept) {
        int at = t.starts[concept.start()];
        return at > 0 && t.text.charAt(at - 1) == '-';
    }

    /** "former prisoners", "released detainees", "a former detention camp": no longer held, no longer a place of it. */
    private static boolean formerly(Tokens t, TermList.Hit concept) {
        int i = concept.start();
        return i > 0 && (t.forms[i - 1].equals("former") || t.forms[i - 1].equals("released")
                || t.forms[i - 1].equals("ex"));
    }

    /**
     * A meeting or talk with the state ("talks with the Government", "met the Minister of
     * Justice"): official contact, which is not the contact the guarantees protect and carries no risk of reprisal.
     */
    private static boolean withOfficials(Tokens t, TermList.Hit concept) {
        int k = concept.end();
        if (k < t.size() && t.forms[k].equals("with")) {
            k++;
        }
        for (int end = Math.min(t.size(), k + 3); k < end; k++) {
            if (STATE.contains(t.forms[k])) {
                return true;
            }
            if (!DETERMINERS.contains(t.forms[k]) && !t.forms[k].equals("senior") && !t.forms[k].equals("high")
                    && !t.forms[k].equals("several") && !t.forms[k].equals("local")) {
                return false;
            }
        }
        return false;
    }

    private static final java.util.Set<String> STATE = java.util.Set.of("government", "authorities", "officials",
            "minister", "ministers", "ministry", "ministries", "president", "governor", "governors", "ambassador",
            "parliament", "parliamentarians", "deputy", "state", "secretary");

    /**
     * A concept given as the ground of what was done ("for security reasons", "on security grounds",
     * "citing security concerns"):
     * it explains a denial anywhere in the sentence, however far.
     */
    private static TermList.Hit statedGround(Tokens t, List<TermList.Hit> concepts) {
        for (TermList.Hit c : concepts) {
            String last = t.forms[c.end() - 1];
            String before = c.start() > 0 ? t.forms[c.start() - 1] : "";
            if (last.equals("reasons") || last.equals("grounds") || before.equals("citing") || before.equals("cited")
                    || before.equals("invoking") || before.equals("invoked")) {
                return c;
            }
        }
        return null;
    }

    /**
     * The concept owns or runs a place ("a facility run by the intelligence service", "facilities of the Security
     * Service"): named as an owner, it does nothing in the sentence.
     */
    private static boolean owner(Tokens t, TermList.Hit concept) {
        int i = concept.start();
        for (int k = Math.max(1, i - 3); k < i; k++) {
            String f = t.forms[k];
            String before = t.forms[k - 1];
            if ((f.equals("by") && RUN.contains(before)) || (f.equals("to") && before.equals("belonging"))
                    || (f.equals("of") && PREMISES.contains(before))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> RUN = java.util.Set.of("run", "operated", "controlled", "managed",
            "administered", "owned", "held");
    private static final java.util.Set<String> PREMISES = java.util.Set.of("facility", "facilities", "premises",
            "headquarters", "building", "buildings", "offices", "compound", "compounds", "sites", "site");

    /** "during the visit", "after her mission": the visit as a span of time, not what was granted or denied. */
    private static boolean timeFrame(Tokens t, TermList.Hit concept) {
        int i = concept.start();
        if (concept.end() - i != 1 || !TIME_SPANS.contains(t.forms[i])) {
            return false;
        }
        for (int k = Math.max(0, i - 4); k < i; k++) {
            if (FRAMES.contains(t.forms[k])) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> FRAMES = java.util.Set.of("during", "throughout", "before", "after",
            "since", "until", "following", "prior");

    /** "detention of a journalist": the act of detaining someone, not a place of detention. */
    private static boolean actOfDetaining(Tokens t, TermList.Hit concept) {
        return concept.end() - concept.start() == 1 && t.forms[concept.start()].equals("detention")
                && concept.end() < t.size() && t.forms[concept.end()].equals("of");
    }

    /** "rejected all allegations", "denied the accusations": a rebuttal, not a refusal of access. */
    private static boolean rebuttal(Tokens t, TermList.Hit denial) {
        for (int k = denial.end(); k < Math.min(t.size(), denial.end() + 3); k++) {
            if (ALLEGATIONS.contains(t.forms[k])) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> ALLEGATIONS = java.util.Set.of("allegation", "allegations",
            "accusation", "accusations", "claims", "charges");

    /**
     * "any act of reprisal", "all forms of intimidation", "reprisals of any kind": the kind in general, as
     * condemned or feared, not an event.
     */
    private static boolean generic(Tokens t, TermList.Hit denial) {
        int i = denial.start();
        if (i >= 1 && t.forms[i - 1].equals("any")) {
            return true;
        }
        // "all acts of intimidation and reprisal": the kind may be one of several joined by "and", "or" or commas.
        for (int of = i - 1; of >= Math.max(2, i - 5) && t.clauses[of] == t.clauses[i]; of--) {
            if (t.forms[of].equals("of") && KINDS.contains(t.forms[of - 1])
                    && (t.forms[of - 2].equals("all") || t.forms[of - 2].equals("any"))) {
                return true;
            }
        }
        return i + 3 < t.size() && t.forms[i + 1].equals("of") && t.forms[i + 2].equals("any")
                && KINDS.contains(t.forms[i + 3]);
    }

    private static final java.util.Set<String> KINDS = java.util.Set.of("act", "acts", "form", "forms", "kind",
            "kinds", "type", "types", "sort");

    /**
     * The cue names a subject of discussion ("discussed the topic of reprisals", "issues related to access to
     * places of detention", "a seminar on reprisals"), not something that happened.
     */
    private static boolean topical(Tokens t, TermList.Hit cue) {
        for (int k = Math.max(0, cue.start() - 12); k < cue.start(); k++) {
            if (t.clauses[k] != t.clauses[cue.start()]) {
                continue;
            }
            String f = t.forms[k];
            String next = k + 1 < t.size() ? t.forms[k + 1] : "";
            boolean near = cue.start() - k <= 4;
            // A dispute reaches over all it lists: "a dispute over surprise inspections … and holding
            // private interviews".
            if ((near && TOPICS.contains(f) && next.equals("of")) || (near && FORUMS.contains(f) && next.equals("on"))
                    || (DISAGREEMENTS.contains(f) && (next.equals("over") || next.equals("about")
                        || next.equals("regarding") || next.equals("on")))
                    || (near && (f.equals("related") || f.equals("relating")) && next.equals("to"))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> TOPICS = java.util.Set.of("topic", "topics", "theme", "themes",
            "issue", "issues", "question", "questions", "subject", "matter");
    private static final java.util.Set<String> FORUMS = java.util.Set.of("discussion", "discussions", "debate",
            "dialogue", "panel", "seminar", "workshop", "conference", "consultation", "consultations", "study",
            "briefing", "session", "training", "event", "meeting");

    /** Nouns of a dispute or negotiation: "differences over unannounced visits", "negotiations over access". */
    private static final java.util.Set<String> DISAGREEMENTS = java.util.Set.of("differences", "difference",
            "disagreement", "disagreements", "dispute", "disputes", "negotiations", "negotiation", "talks",
            "discussions", "misunderstanding", "misunderstandings");

    /**
     * "said they feared reprisals", "afraid of retaliation", "at risk of reprisals", "could face reprisals": a
     * fear or a risk, not an event.
     */
    private static boolean feared(Tokens t, TermList.Hit denial) {
        for (int k = Math.max(0, denial.start() - 3); k < denial.start(); k++) {
            if ((FEARS.contains(t.stems[k]) || MAYBE.contains(t.forms[k])) && t.clauses[k] == t.clauses[denial.start()]) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> FEARS = java.util.Set.of("fear", "afraid", "fearf", "risk", "worri",
            "anxieti", "anxious", "possibl", "potenti", "danger", "concern");
    /** "could face reprisals": what may happen. */
    private static final java.util.Set<String> MAYBE = java.util.Set.of("could", "might", "may");

    /** "a lawyer, detained at the central prison": where someone is held, not an arrest. */
    private static boolean whereHeld(Tokens t, TermList.Hit denial) {
        int i = denial.end();
        if (denial.end() - denial.start() != 1 || i >= t.size()
                || !(t.forms[i].equals("at") || t.forms[i].equals("in"))) {
            return false;
        }
        for (int k = i + 1; k < Math.min(t.size(), i + 5); k++) {
            if (HELD_IN.contains(t.forms[k])) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> HELD_IN = java.util.Set.of("prison", "jail", "gaol", "custody",
            "penitentiary", "camp", "colony", "cell", "facility", "centre", "center");

    /** "private individuals", "private prisons": the word describes who or what, not a conversation. */
    private static boolean privateSomethingElse(Tokens t, TermList.Hit grant) {
        int i = grant.start();
        return grant.end() - i == 1 && t.forms[i].equals("private") && i + 1 < t.size()
                && NOT_CONVERSATIONS.contains(t.forms[i + 1]);
    }

    private static final java.util.Set<String> NOT_CONVERSATIONS = java.util.Set.of("individuals", "individual",
            "persons", "person", "people", "citizens", "sector", "companies", "company", "firms", "security",
            "property", "prison", "prisons", "detention", "hospital", "hospitals", "clinics", "schools", "school",
            "life", "lives", "law", "actors", "entities", "contractors", "military", "capacity", "lawyer",
            "lawyers", "donors", "foundations", "land", "homes", "residence", "residences", "providers");

    /**
     * The sentence opens with another actor and an aside ("The Committee, after visiting places of detention, …"):
     * the aside is the actor's doing, so without the expert named in it the sentence is theirs, whoever the
     * sentence before spoke of.
     */
    private static boolean opensWithAnother(Context context) {
        Tokens t = context.tokens;
        return context.others().stream().anyMatch(o -> o.start() <= 2 && o.end() < t.size()
                && t.clauses[o.end()] != t.clauses[o.start()]);
    }

    /** Articles and possessives before a noun. */
    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "an", "this", "that",
            "these", "those", "his", "her", "their", "its", "our");

    /**
     * A one-word denial in "-ed" right after a determiner or a preposition describes, it does not report: "the
     * detained journalist", "the restricted areas", "interviews with detained persons".
     */
    private static boolean attributive(Tokens t, TermList.Hit denial) {
        int i = denial.start();
        return denial.end() - i == 1 && i > 0 && t.forms[i].endsWith("ed")
                && (DETERMINERS.contains(t.forms[i - 1]) || PREPOSITIONS.contains(t.forms[i - 1]));
    }

    /** Prepositions before a noun phrase: "interviews with detained persons". */
    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("with", "of", "for", "among",
            "from", "about");

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
     * The concept is narrowed by a relative clause after it ("all the prisons she visited", "every place that it
     * asked to see"): a word for all then covers only those.
     */
    private static boolean restrictedByRelativeClause(Tokens t, TermList.Hit concept) {
        int next = concept.end();
        return next < t.size() && RELATIVE.contains(t.forms[next]);
    }

    /** Words that open a relative clause after a noun, or stand as its subject. */
    private static final java.util.Set<String> RELATIVE = java.util.Set.of("she", "he", "they", "it", "we", "i",
            "that", "which", "where", "who");

    /** The concept or the grant is one of {@code in-part}: it can show the condition only in part. */
    private boolean shownInPart(Tokens t, TermList.Hit concept, TermList.Hit grant) {
        return inPart.find(t).stream().anyMatch(h -> overlaps(h, concept) || overlaps(h, grant));
    }

    private static boolean overlaps(TermList.Hit a, TermList.Hit b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    /** The concept nearest to the cue within the window and not overlapping it, or null. */
    private static TermList.Hit near(TermList.Hit cue, List<TermList.Hit> concepts) {
        TermList.Hit best = null;
        int bestGap = Integer.MAX_VALUE;
        for (TermList.Hit c : concepts) {
            if (c.start() == cue.start() && c.end() == cue.end()) {
                continue;
            }
            boolean overlap = overlaps(c, cue);
            int gap = overlap ? 0 : c.start() >= cue.end() ? c.start() - cue.end() : cue.start() - c.end();
            if (gap <= WINDOW && gap < bestGap) {
                best = c;
                bestGap = gap;
            }
        }
        return best;
    }
}
