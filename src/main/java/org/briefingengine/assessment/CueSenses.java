package org.briefingengine.assessment;

import java.util.List;
import java.util.Set;

/**
 * Whether a grant or denial cue reports something that happened on the expert's visit, or only looks like it:
 * a word that describes ("the detained journalist"), a rebuttal ("rejected the allegations"), a kind in general
 * ("all acts of reprisal"), a subject of discussion ("the question of reprisals"), a fear ("could face
 * reprisals"), someone else's access ("denied access to lawyers"), a span of time ("throughout the visit"). Each
 * test was found on real UN text. Used by {@link ConceptRule}; stateless.
 */
final class CueSenses {

    private CueSenses() {
    }

    /** True when the denial at {@code d} reports no refusal of the expert's visit (see the tests below). */
    static boolean deniesNothing(Tokens t, TermList.Hit d, List<TermList.Hit> concepts, List<TermList.Hit> others) {
        return ownedByAnother(t, d, others) || attributive(t, d) || rebuttal(t, d) || generic(t, d)
                || topical(t, d) || whereHeld(t, d) || accessToTheirOwn(t, d, concepts, others) || feared(t, d)
                || keptFromSomethingElse(t, d, concepts) || aQuantity(t, d) || partOfAName(t, d) || disputed(t, d)
                || usually(t, d) || wholeVisitCancelled(t, d) || watchedByTheUn(t, d);
    }

    /**
     * Those present or attending are the UN's own staff: "attended by United Nations officials", "in the presence
     * of officers of the OHCHR country office". No one of the State watched.
     */
    static boolean watchedByTheUn(Tokens t, TermList.Hit denial) {
        String term = denial.term();
        if (!(term.contains(" by") || term.contains("presence") || term.contains("present"))) {
            return false;
        }
        for (int k = denial.start(); k < Math.min(t.size(), denial.end() + 4); k++) {
            if (k >= denial.end() && t.forms[k].equals("and")) {
                return false; // "attended by prison officers and an OHCHR interpreter"
            }
            if (UN_STAFF.contains(t.forms[k]) || (t.forms[k].equals("united") && k + 1 < t.size()
                    && t.forms[k + 1].equals("nations"))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> UN_STAFF = Set.of("un", "ohchr", "unhcr", "unicef", "undp", "monusco",
            "unmiss", "minusma");

    /**
     * A cancellation ("called off", "postponed", "cancelled", "shortened") tells of a part of the visit only when it
     * names one: a trip, stay or visit to a place within the country ("her trip to the northern province was called
     * off", "her stay in the border camps was shortened"). "The visit was postponed" says nothing of how a visit
     * went, and "the visit to the country" is the whole of it.
     */
    static boolean wholeVisitCancelled(Tokens t, TermList.Hit denial) {
        String cue = t.forms[denial.start()];
        if (CANCELLATIONS.stream().noneMatch(cue::startsWith)) {
            return false; // also "postpone", "cancelling": the list is matched by stem
        }
        // "At no point was any part of her programme … cancelled"; "almost called off, but took place as planned",
        // "initially cancelled, was eventually authorized": nothing was lost.
        boolean negativeSentence = t.size() > 2 && (t.forms[0].equals("never") || (t.forms[0].equals("at")
                || t.forms[0].equals("in")) && t.forms[1].equals("no") || t.forms[0].equals("not")
                && t.forms[1].equals("once"));
        String after = t.text.substring(t.starts[denial.start()]);
        if (negativeSentence || Modifiers.negativeOpening(t, denial.start()) || t.anyOf(0, t.size(), UNDONE)
                || after.contains("took place") || after.contains("went ahead")) {
            return true;
        }
        for (int k = Math.max(0, denial.start() - 12); k < Math.min(t.size() - 2, denial.end() + 12); k++) {
            if (!JOURNEY_PARTS.contains(t.forms[k]) || !PLACE_LINKS.contains(t.forms[k + 1])
                    || (k > 0 && t.forms[k - 1].endsWith("'s") && !EXPERTS_OWN.contains(t.forms[k - 1]))) {
                continue; // "The Minister's visit to the border town": someone else's
            }
            for (int p = k + 2; p < Math.min(t.size(), k + 8) && t.clauses[p] == t.clauses[k + 1]; p++) {
                if (t.forms[p].equals("country")) {
                    break; // "her visit to the country and its border areas": the whole of it
                }
                if (PLACES_WITHIN.contains(t.forms[p])) {
                    return false;
                }
            }
        }
        return true;
    }

    private static final Set<String> UNDONE = Set.of("almost", "nearly", "eventually", "initially", "rescheduled",
            "nonetheless", "nevertheless", "own");
    private static final Set<String> EXPERTS_OWN = Set.of("rapporteur's", "expert's", "delegation's", "group's",
            "mission's", "team's", "commissioner's", "committee's", "subcommittee's", "commission's", "office's");

    private static final Set<String> CANCELLATIONS = Set.of("cancel", "call", "postpon", "shorten");
    private static final Set<String> JOURNEY_PARTS = Set.of("trip", "trips", "journey", "journeys", "stay", "leg",
            "excursion", "visit", "visits", "mission");
    private static final Set<String> PLACE_LINKS = Set.of("to", "in", "at");
    /** Places that lie within a country: not "the country" or "the territory" as a whole. */
    private static final Set<String> PLACES_WITHIN = Set.of("region", "regions", "province", "provinces", "area",
            "areas", "district", "districts", "city", "town", "towns", "village", "villages", "zone", "zones",
            "border", "capital", "settlement", "settlements", "valley", "island", "governorate",
            "municipality", "county", "highlands", "barracks", "prison", "prisons", "camp", "camps", "centre",
            "center", "facility", "station", "jail", "cells", "compound", "site", "sites");

    /**
     * The denial says what is so as a rule ("the border zone, which is normally closed to the public", "access to
     * which is ordinarily restricted for foreigners", "a zone to which access is restricted"): it describes the
     * place, and the sentence says the expert went there.
     */
    static boolean usually(Tokens t, TermList.Hit denial) {
        int i = denial.start();
        for (int k = Math.max(0, i - 2); k < i; k++) {
            if (AS_A_RULE.contains(t.forms[k]) && t.clauses[k] == t.clauses[i]) {
                return true;
            }
        }
        // "a zone to which access is restricted by decree": a relative clause in the present describes the place.
        if (i == 0 || !(t.forms[i - 1].equals("is") || t.forms[i - 1].equals("are"))) {
            return false;
        }
        for (int k = i - 2; k >= Math.max(0, i - 5) && t.clauses[k] == t.clauses[i]; k--) {
            if (t.forms[k].equals("which") || t.forms[k].equals("where")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> AS_A_RULE = Set.of("normally", "usually", "ordinarily", "generally",
            "otherwise", "typically", "routinely", "customarily");

    /** True when the grant at {@code g}, paired with concept {@code c}, grants the expert nothing. */
    static boolean grantsNothing(Tokens t, TermList.Hit g, TermList.Hit c, List<TermList.Hit> concepts,
                                 List<TermList.Hit> granted, List<TermList.Hit> others) {
        return ownedByAnother(t, g, others) || accessToSomethingElse(t, g, c) || accessToTheirOwn(t, g, concepts, others)
                || topical(t, g) || privateSomethingElse(t, g) || temporal(t, g) || requested(t, g)
                || enablesSomethingElse(t, g, concepts, granted) || habitual(t, g) || enabledBy(t, g, c)
                || attributiveGrant(t, g) || conceded(t, g) || handedDown(t, g) || subjunctive(t, g)
                || promised(t, g) || aRoomFor(t, g);
    }

    /** "the interview rooms", "the visiting hall": a room named for what is done there, not something done. */
    private static boolean aRoomFor(Tokens t, TermList.Hit grant) {
        return grant.end() - grant.start() == 1 && grant.end() < t.size() && ROOMS.contains(t.forms[grant.end()]);
    }

    private static final Set<String> ROOMS = Set.of("room", "rooms", "hall", "halls", "booth", "booths", "cubicle",
            "cubicles");

    /** What was promised is not yet given: "undertook to provide the records", "promised to share the files". */
    private static boolean promised(Tokens t, TermList.Hit grant) {
        for (int k = grant.start() - 1; k >= Math.max(1, grant.start() - 14); k--) {
            if (t.forms[k].equals("to") && PROMISING.contains(t.forms[k - 1])) {
                return true;
            }
            if (t.clauses[k] != t.clauses[grant.start()] && !t.forms[k].equals("to")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> PROMISING = Set.of("undertook", "undertaken", "promised", "agreed",
            "committed", "pledged", "offered");

    /**
     * "a request that the experts be allowed to interview detainees without officials present", "insisted that she
     * be given access": a grant in (or after) a subjunctive after "that" says what was asked for, not what was
     * granted.
     */
    private static boolean subjunctive(Tokens t, TermList.Hit grant) {
        int i = grant.start();
        // A "be" after "that" and its subject, in the grant's clause: the grant or what follows it.
        for (int b = i - 1; b >= Math.max(2, i - 12) && t.clauses[b] == t.clauses[i]; b--) {
            if (!t.forms[b].equals("be")) {
                continue;
            }
            for (int k = b - 1; k >= Math.max(0, b - 5); k--) {
                String f = t.forms[k];
                if (MODALS.contains(f) || f.equals("to") || f.equals("not")) {
                    return false; // "that she would be allowed", "to be allowed" are other forms
                }
                if (f.equals("that")) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    private static final Set<String> MODALS = Set.of("would", "will", "could", "can", "should", "must", "may",
            "might", "shall");

    /** "judgments handed down by the court": a court's ruling, not documents handed to the expert. */
    private static boolean handedDown(Tokens t, TermList.Hit grant) {
        return t.forms[grant.start()].equals("handed") && grant.end() < t.size() && t.forms[grant.end()].equals("down");
    }

    /**
     * The grant is in a clause opened by "despite" or "in spite of" ("Despite being promised unimpeded access to
     * all places of detention, the delegation was turned away"): it is what was expected, and the sentence reports
     * the opposite.
     */
    private static boolean conceded(Tokens t, TermList.Hit grant) {
        int clause = t.clauses[grant.start()];
        for (int k = grant.start() - 1; k >= 0 && t.clauses[k] == clause; k--) {
            if (t.forms[k].equals("despite") || (t.forms[k].equals("spite") && k > 0 && t.forms[k - 1].equals("in"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The concept is the subject of a verb that enables ("Such visits allow the expert to learn more", "The
     * mission enabled her to raise cases", "the visit in May, which allowed a frank dialogue"): what is allowed is
     * something else. The passive ("the visit was allowed") has a word between them and still grants.
     */
    private static boolean enabledBy(Tokens t, TermList.Hit grant, TermList.Hit concept) {
        int i = grant.start();
        if (grant.end() - i != 1 || !ENABLING_VERBS.contains(t.stems[i]) || concept.end() > i
                || (i + 1 < t.size() && (t.forms[i + 1].equals("to") || t.forms[i + 1].equals("by")))) {
            return false;
        }
        int k = i - 1;
        while (k >= concept.end() && ADVERBS_AND_MODALS.contains(t.forms[k])) {
            k--;
        }
        if (k < concept.end()) {
            return true;
        }
        // "her first visit in May, which allowed an open dialogue": the concept is the relative's
        // antecedent, a short phrase before.
        return (t.forms[k].equals("which") || t.forms[k].equals("that")) && k - concept.end() <= 5;
    }

    private static final Set<String> ENABLING_VERBS = Set.of("allow", "enabl", "permit");
    /** Words that may stand between a subject and its verb without making it passive. */
    private static final Set<String> ADVERBS_AND_MODALS = Set.of("also", "further", "thus", "therefore", "often",
            "usually", "generally", "would", "will", "should", "can", "could", "may", "might", "have", "has", "had");

    /**
     * A participle used as an adjective after an article ("a shared and accurate record", "the provided
     * figures"): it describes the noun, it does not report a handing over. Verbs of visiting keep their sense
     * ("the visited prisons" were visited).
     */
    private static boolean attributiveGrant(Tokens t, TermList.Hit grant) {
        int i = grant.start();
        return grant.end() - i == 1 && i > 0 && t.forms[i].endsWith("ed") && !VISITING.contains(t.stems[i])
                && DETERMINERS.contains(t.forms[i - 1]) && i + 1 < t.size() && !t.forms[i + 1].equals("by");
    }

    private static final Set<String> VISITING = Set.of("visit", "tour", "inspect", "interview", "enter", "met");

    /**
     * "questioned the legitimacy of the treaty bodies": questioning a thing disputes it; a reprisal questions people
     * ("were questioned by the police").
     */
    private static boolean disputed(Tokens t, TermList.Hit denial) {
        int i = denial.start();
        return denial.end() - i == 1 && t.forms[i].equals("questioned") && denial.end() < t.size()
                && DETERMINERS.contains(t.forms[denial.end()]);
    }

    /**
     * "the Human Rights Monitoring Mission", "a monitoring team": the word names a body, it does not say someone
     * watched the expert's talks.
     */
    private static boolean partOfAName(Tokens t, TermList.Hit denial) {
        int next = denial.end();
        return denial.end() - denial.start() == 1 && next < t.size() && BODIES.contains(t.forms[next]);
    }

    private static final Set<String> BODIES = Set.of("mission", "missions", "team", "teams", "unit", "units", "body",
            "bodies", "mechanism", "mechanisms", "committee", "group", "office", "section", "component");

    /**
     * "each limited to ten days at most", "limited to two visits a year": a limit of number or
     * time, as resources set, not a place kept from the expert.
     */
    private static boolean aQuantity(Tokens t, TermList.Hit denial) {
        if (!denial.term().endsWith(" to")) {
            return false;
        }
        for (int k = denial.end(); k < Math.min(t.size(), denial.end() + 3); k++) {
            String f = t.forms[k];
            if (QUANTITIES.contains(f) || Character.isDigit(f.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> QUANTITIES = Set.of("maximum", "minimum", "one", "two", "three", "four", "five",
            "six", "seven", "eight", "nine", "ten", "days", "weeks", "hours", "minutes", "number");

    /**
     * "The word limit for documents prevents her from giving details": a denial that keeps someone from doing
     * something reaches what follows it; a concept before it in its own clause, in the subject, is not what was kept
     * from them. (A ground in an aside still counts: "Citing security concerns, the police kept her from …".)
     */
    private static boolean keptFromSomethingElse(Tokens t, TermList.Hit denial, List<TermList.Hit> concepts) {
        String term = denial.term();
        // "was suspended from the bar": someone kept from a post, not a visit suspended.
        boolean suspendedFrom = term.equals("suspended") && denial.end() < t.size() && t.forms[denial.end()].equals("from");
        if (!(term.endsWith(" from") || term.endsWith(" out of") || suspendedFrom)) {
            return false;
        }
        for (int k = denial.start() + 1; k < denial.end(); k++) {
            if (t.forms[k].equals("distance")) {
                return true; // "kept a respectful distance from the sites": the escort, not a denial
            }
        }
        return concepts.stream().noneMatch(c -> (c.start() >= denial.end() && c.start() - denial.end() <= ConceptRule.WINDOW)
                || (c.end() <= denial.start() && t.clauses[c.start()] != t.clauses[denial.start()]));
    }

    /**
     * A verb in the simple present with its object ("The experts visit jails all over the world",
     * "He visits places of detention to see how the law works"): what the mandate does as a rule, not what
     * happened on a visit. A noun ("his visits to prisons", "a visit of") and an infinitive ("to visit") are not
     * this.
     */
    private static boolean habitual(Tokens t, TermList.Hit grant) {
        int i = grant.start();
        if (grant.end() - i == 1 && t.forms[i].startsWith("visit") && i >= 2) {
            // "a number of which carry out visits", "the Committee conducts visits": a verb in the present
            // with a noun of visiting is what a body does as a rule.
            // One word may describe the visits: "carries out unannounced visits".
            int verb = VISIT_KINDS.contains(t.forms[i - 1]) ? i - 2 : i - 1;
            verb = verb >= 1 && t.forms[verb].equals("out") ? verb - 1 : verb;
            if (verb >= 0 && PRESENT_DOING.contains(t.forms[verb])
                    && (verb == 0 || !NOT_A_SUBJECT.contains(t.forms[verb - 1]))) {
                return true;
            }
        }
        if (grant.end() - i != 1 || !PRESENT_VERBS.contains(t.forms[i]) || i + 1 >= t.size()) {
            return false;
        }
        String next = t.forms[i + 1];
        int b = i - 1;
        if (b >= 0 && t.clauses[b] != t.clauses[i]) {
            // After an aside, the word before the aside: "could not, despite two requests, visit" (a modal);
            // "The experts, all of them rapporteurs, visit" (a subject).
            while (b > 0 && t.clauses[b - 1] == t.clauses[b]) {
                b--;
            }
            b--;
        }
        String before = b >= 0 ? t.forms[b] : "";
        return i > 0 && !NOT_AN_OBJECT.contains(next) && !DETERMINERS.contains(before) && !PREPOSITIONS.contains(before)
                && !NOT_A_SUBJECT.contains(before) && !POSSESSIVES.contains(before);
    }

    /** One word that may describe visits between a verb and them ("carries out unannounced visits"). */
    private static final Set<String> VISIT_KINDS = Set.of("unannounced", "regular", "periodic", "country", "official",
            "preventive", "short", "surprise");

    /** Verbs in the present that take a noun of visiting: "carry out visits", "conducts visits". */
    private static final Set<String> PRESENT_DOING = Set.of("carry", "carries", "conduct", "conducts", "undertake",
            "undertakes", "make", "makes", "pay", "pays");

    private static final Set<String> PRESENT_VERBS = Set.of("visit", "visits", "meet", "meets", "enter", "enters",
            "inspect", "inspects", "tour", "tours", "interview", "interviews");
    /** Words after a noun "visit" or "interview": "visits to", "a visit of", "interviews with", "a visit by". */
    private static final Set<String> NOT_AN_OBJECT = Set.of("to", "of", "by", "with", "in", "at", "on", "and", "or",
            "was", "were", "is", "are", "took", "had", "has", "have");
    /** Words before an infinitive, a modal or an adjective: "to visit", "could visit", "unannounced visits". */
    private static final Set<String> NOT_A_SUBJECT = Set.of("to", "could", "can", "cannot", "may", "might", "would",
            "will", "should", "must", "did", "not", "unannounced", "private", "confidential", "country", "prison",
            "follow", "official", "further", "several", "two", "three", "many", "regular", "first", "second");

    /**
     * "asked Israel for access", "requested access", "requested to be given access": a request, not a grant. A
     * finite verb or "and" between them makes the request a relative clause or a first step ("the files she
     * requested were handed over", "asked for and obtained access"): the grant stands.
     */
    private static boolean requested(Tokens t, TermList.Hit grant) {
        for (int k = Math.max(0, grant.start() - 4); k < grant.start(); k++) {
            // The grant's own first word may be the finite verb: "the registers she requested were provided".
            if (REQUESTS.contains(t.forms[k]) && t.clauses[k] == t.clauses[grant.start()]
                    && !finiteBetween(t, k + 1, grant.start() + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean finiteBetween(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (FINITE.contains(t.forms[k])) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> FINITE = Set.of("was", "were", "is", "are", "has", "have", "had", "and");

    /** Verbs of asking; the nouns are left out, for "her request for a private meeting was granted" reports. */
    private static final Set<String> REQUESTS = Set.of("asked", "requested", "requesting", "sought", "seeking",
            "seek", "applied", "awaiting", "awaits");

    /**
     * "able to gather accounts from refugees", "allowed to take notes": the ability is to do something with no
     * concept or grant of the condition in it, so it grants none of it. ("able to travel", "allowed to enter",
     * "permitted to talk to the inmates" do.)
     */
    private static boolean enablesSomethingElse(Tokens t, TermList.Hit grant, List<TermList.Hit> concepts,
                                                List<TermList.Hit> granted) {
        int to = grant.end();
        if (grant.end() - grant.start() != 1 || !ENABLERS.contains(t.forms[grant.start()]) || to + 1 >= t.size()
                || !t.forms[to].equals("to")) {
            return false;
        }
        int verb = to + 1;
        // The infinitive's own words: its verb and object ("permitted to talk to the inmates of the jail").
        return concepts.stream().noneMatch(c -> c.start() >= verb && c.start() <= verb + 5
                        && t.clauses[c.start()] == t.clauses[verb])
                && granted.stream().noneMatch(g -> g.start() == verb);
    }

    private static final Set<String> ENABLERS = Set.of("able", "allowed", "permitted", "authorized", "authorised",
            "enabled", "free");

    /**
     * The cue is part of a phrase naming another actor ("their access" in "concerns about their access to identity
     * papers"), or another actor follows it after "of", "for" or "by" ("access of NGOs to the jails", "the limits
     * faced by aid agencies"): what it grants or denies is theirs, even in a clause that names the expert.
     */
    static boolean ownedByAnother(Tokens t, TermList.Hit cue, List<TermList.Hit> others) {
        for (TermList.Hit o : others) {
            if (o.overlaps(cue)) {
                return true;
            }
            for (int of = cue.end(); of < Math.min(t.size(), cue.end() + 3); of++) {
                // "by" names the agent, however long its phrase: "visited by a delegate of the Red Cross".
                int reach = t.forms[of].equals("by") ? 7 : 3;
                if (OWNER.contains(t.forms[of]) && t.clauses[of] == t.clauses[cue.start()] && !aGround(t, of)
                        && o.start() > of && o.start() - of <= reach && t.clauses[o.start()] == t.clauses[of]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words after which another actor owns the cue before them ("access of aid agencies", "access for lawyers"). */
    private static final Set<String> OWNER = Set.of("of", "for", "by");

    /**
     * The "of" of a ground given for the cue names no owner: "withheld on grounds of patient confidentiality",
     * "refused for reasons of prisoners' safety".
     */
    static boolean aGround(Tokens t, int of) {
        return of > 0 && t.forms[of].equals("of") && GROUNDS.contains(t.forms[of - 1]);
    }

    private static final Set<String> GROUNDS = Set.of("grounds", "ground", "reasons", "reason", "basis");

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

    private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their", "our",
            "my");

    /**
     * "Access to" names its object: the concept must follow it. In "incommunicado detention, disciplinary
     * sanctions, access to legal representation" the access is to a lawyer, not to the detention named before.
     */
    private static boolean accessToSomethingElse(Tokens t, TermList.Hit grant, TermList.Hit concept) {
        int to = grant.end();
        return grant.end() - grant.start() == 1 && t.forms[grant.start()].equals("access") && to < t.size()
                && t.forms[to].equals("to") && concept.end() <= grant.start();
    }

    /** "private individuals", "private prisons": the word describes who or what, not a conversation. */
    private static boolean privateSomethingElse(Tokens t, TermList.Hit grant) {
        int i = grant.start();
        return grant.end() - i == 1 && t.forms[i].equals("private") && i + 1 < t.size()
                && NOT_CONVERSATIONS.contains(t.forms[i + 1]);
    }

    private static final Set<String> NOT_CONVERSATIONS = Set.of("individuals", "individual",
            "persons", "person", "people", "citizens", "sector", "companies", "company", "firms", "security",
            "property", "prison", "prisons", "detention", "hospital", "hospitals", "clinics", "schools", "school",
            "life", "lives", "law", "actors", "entities", "contractors", "military", "capacity", "lawyer",
            "lawyers", "donors", "foundations", "land", "homes", "residence", "residences", "providers");

    /**
     * "Throughout" spans time or work ("throughout the visit", "throughout her research", "throughout the
     * preparation of the visit") unless a word for a territory follows it ("throughout the country"); "during the
     * visit", "after her mission" are spans of time, not visits granted.
     */
    private static boolean temporal(Tokens t, TermList.Hit grant) {
        String g = t.forms[grant.start()];
        if (g.equals("visit") || g.equals("visits") || g.equals("mission")) {
            // "the figures she asked for during the visit": the visit as a span of time
            for (int k = grant.start() - 1; k >= Math.max(0, grant.start() - 3); k--) {
                if (ConceptSenses.FRAMES.contains(t.forms[k])) {
                    return true;
                }
                if (t.forms[k].equals("of") && k > 0 && SPAN_PARTS.contains(t.forms[k - 1])) {
                    return true; // "at the conclusion of its visit", "in the course of the mission"
                }
                if (!DETERMINERS.contains(t.forms[k])) {
                    return false;
                }
            }
            return false;
        }
        if (!g.equals("throughout")) {
            return false;
        }
        for (int k = grant.end(); k < Math.min(t.size(), grant.end() + 3); k++) {
            if (TERRITORY.contains(t.forms[k])) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> SPAN_PARTS = Set.of("conclusion", "end", "close", "course", "eve", "start",
            "outset", "beginning", "aftermath", "wake");

    private static final Set<String> TERRITORY = Set.of("country", "territory", "territories",
            "region", "regions", "province", "provinces", "area", "areas", "district", "districts", "part", "parts",
            "island", "islands", "state", "states", "nation", "city", "cities", "zone", "zones", "north", "south",
            "east", "west", "capital", "land");

    /** "rejected all allegations", "denied the accusations": a rebuttal, not a refusal of access. */
    private static boolean rebuttal(Tokens t, TermList.Hit denial) {
        for (int k = denial.end(); k < Math.min(t.size(), denial.end() + 3); k++) {
            if (ALLEGATIONS.contains(t.forms[k])) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ALLEGATIONS = Set.of("allegation", "allegations",
            "accusation", "accusations", "claims", "charges");

    /**
     * "any act of reprisal", "all forms of intimidation", "reprisals of any kind": the kind in general, as
     * condemned or feared, not an event.
     */
    static boolean generic(Tokens t, TermList.Hit denial) {
        int i = denial.start();
        if (i >= 1 && t.forms[i - 1].equals("any")) {
            return i < 2 || !t.forms[i - 2].equals("without"); // "without any restriction" is what happened
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

    private static final Set<String> KINDS = Set.of("act", "acts", "form", "forms", "kind",
            "kinds", "type", "types", "sort");

    /**
     * The cue names a subject of discussion ("discussed the topic of reprisals", "issues related to access to
     * places of detention", "a seminar on reprisals", "the report … on reprisals"), not something that happened.
     */
    static boolean topical(Tokens t, TermList.Hit cue) {
        // "the annual report on reprisals", "the resolution on reprisals".
        int i = cue.start();
        if (i >= 2 && t.forms[i - 1].equals("on")) {
            for (int k = Math.max(0, i - 6); k < i - 1; k++) {
                if (FORUMS.contains(t.forms[k]) || PAPERS.contains(t.forms[k])) {
                    return true;
                }
            }
        }
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

    private static final Set<String> TOPICS = Set.of("topic", "topics", "theme", "themes",
            "issue", "issues", "question", "questions", "subject", "matter");

    private static final Set<String> FORUMS = Set.of("discussion", "discussions", "debate",
            "dialogue", "panel", "seminar", "workshop", "conference", "consultation", "consultations", "study",
            "briefing", "session", "training", "event", "meeting");

    /** Papers that have a subject: "the report on reprisals". */
    private static final Set<String> PAPERS = Set.of("report", "reports", "resolution", "resolutions", "guidelines",
            "statement", "note", "chapter", "section", "study", "studies");

    /** Nouns of a dispute or negotiation: "differences over unannounced visits", "negotiations over access". */
    private static final Set<String> DISAGREEMENTS = Set.of("differences", "difference",
            "disagreement", "disagreements", "dispute", "disputes", "negotiations", "negotiation", "talks",
            "discussions", "misunderstanding", "misunderstandings");

    /**
     * "said they feared reprisals", "afraid of retaliation", "at risk of reprisals", "could face reprisals": a
     * fear or a risk, not an event.
     */
    private static boolean feared(Tokens t, TermList.Hit denial) {
        for (int k = Math.max(0, denial.start() - 3); k < denial.start(); k++) {
            if ((FEARS.contains(t.stems[k]) || (MAYBE.contains(t.forms[k]) && !theMonth(t, k)))
                    && t.clauses[k] == t.clauses[denial.start()]) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> FEARS = Set.of("fear", "afraid", "fearf", "risk", "worri",
            "anxieti", "anxious", "possibl", "potenti", "danger", "concern");

    /** "could face reprisals": what may happen. */
    private static final Set<String> MAYBE = Set.of("could", "might", "may");

    /** "may" is the month: "on 4 May", "in May", "May 2026", "since early May". */
    static boolean theMonth(Tokens t, int k) {
        if (!t.forms[k].equals("may")) {
            return false;
        }
        String before = k > 0 ? t.forms[k - 1] : "";
        String after = k + 1 < t.size() ? t.forms[k + 1] : "";
        return number(before) || number(after) || MONTH_BEFORE.contains(before);
    }

    /** The word is a number written in figures ("4", "48"). */
    static boolean number(String f) {
        return !f.isEmpty() && Character.isDigit(f.charAt(0));
    }

    private static final Set<String> MONTH_BEFORE = Set.of("in", "on", "of", "since", "until", "early", "late", "mid",
            "from", "by", "last", "next", "during", "before", "after", "through", "between", "and", "to");

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

    private static final Set<String> HELD_IN = Set.of("prison", "jail", "gaol", "custody",
            "penitentiary", "camp", "colony", "cell", "facility", "centre", "center");

    /**
     * A one-word denial in "-ed" right after a determiner, a preposition, a number or a verb of meeting describes,
     * it does not report: "the detained journalist", "the restricted areas", "interviews with detained persons",
     * "two detained journalists", "120 detained persons", "leaders and detained persons", "interviewed detained
     * bloggers"; before a kind of place: "restricted zones".
     */
    private static boolean attributive(Tokens t, TermList.Hit denial) {
        int i = denial.start();
        return denial.end() - i == 1 && i > 0 && t.forms[i].endsWith("ed")
                && (DETERMINERS.contains(t.forms[i - 1]) || PREPOSITIONS.contains(t.forms[i - 1])
                    || COUNTS.contains(t.forms[i - 1]) || aCount(t.forms[i - 1])
                    || (Modifiers.AND_OR_BUT.contains(t.forms[i - 1]) && i >= 2 && t.forms[i - 2].endsWith("s")
                        && !t.forms[i - 2].endsWith("ed") && denial.end() < t.size()
                        && PEOPLE.contains(t.forms[denial.end()]))
                    || MEETING.contains(t.forms[i - 1])
                    || (denial.end() < t.size() && KINDS_OF_PLACE.contains(t.forms[denial.end()])));
    }

    /** A number of up to three digits ("120 detained persons"); not a year ("by 2024 detained 12 persons"). */
    private static boolean aCount(String word) {
        return word.length() <= 3 && word.chars().allMatch(Character::isDigit);
    }

    /** People a participle after "and" describes: "community leaders and detained persons". */
    private static final Set<String> PEOPLE = Set.of("persons", "people", "men", "women", "children", "migrants",
            "journalists", "protesters", "activists", "lawyers", "youths", "minors");

    /** Nouns after which a participle names a kind of place: "restricted border zones", "closed military areas". */
    private static final Set<String> KINDS_OF_PLACE = Set.of("zone", "zones", "area", "areas", "border", "military",
            "region", "regions", "district", "districts", "sites", "site");

    private static final Set<String> COUNTS = Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "several", "many", "some", "few", "other", "all", "both", "most", "numerous");
    private static final Set<String> MEETING = Set.of("interviewed", "met", "visited", "saw", "meet", "interview",
            "visit", "see");

    /** Articles and possessives before a noun. */
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that",
            "these", "those", "his", "her", "their", "its", "our");

    /** Prepositions before a noun phrase: "interviews with detained persons". */
    private static final Set<String> PREPOSITIONS = Set.of("with", "of", "for", "among",
            "from", "about");
}
