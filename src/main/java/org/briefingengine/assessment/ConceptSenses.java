package org.briefingengine.assessment;

import java.util.List;
import java.util.Set;

/**
 * Whether a concept word, where it stands, names what a condition is about: the expert's own visit, a place of
 * detention, a private talk. Each test is one way a word of the concept lists is used in another sense, found on
 * real UN text: "the Working Group on Arbitrary Detention" (a title), "the detention of a journalist" (an act),
 * "during the visit" (a time), "talks with the Government" (official contact), "a facility run by the
 * intelligence service" (an owner). Used by {@link ConceptRule}; stateless.
 */
final class ConceptSenses {

    private ConceptSenses() {
    }

    /**
     * True when the concept at {@code c} is used in the condition's sense: not in a clause about another actor,
     * not part of the expert's title, and none of the other senses below.
     */
    static boolean inSense(Tokens t, TermList.Hit c, List<TermList.Hit> experts, List<TermList.Hit> others) {
        return !aboutAnother(t, c, experts, others) && !inTitle(t, c, experts) && !compoundTail(t, c)
                && !aSecuredPlace(t, c)
                && !actOfDetaining(t, c) && !formerly(t, c) && !withOfficials(t, c) && !timeFrame(t, c)
                && !owner(t, c) && !relativeOfAnother(t, c, experts) && !aGroup(t, c)
                && !theStatesCooperation(t, c) && !accessToPeople(t, c) && !aShelter(t, c) && !spokeOut(t, c)
                && !namesRecords(t, c) && !kinOf(t, c) && !someoneElsesTrip(t, c);
    }

    /** "the trips of opposition leaders": whose trip the "of" says, and it is not the expert's. */
    private static boolean someoneElsesTrip(Tokens t, TermList.Hit concept) {
        return concept.term().equals("trip") && concept.end() < t.size() && t.forms[concept.end()].equals("of");
    }

    /**
     * "the families of detainees", "relatives of the prisoners": the people met are not the ones held, so meeting
     * them is no access to a place of detention.
     */
    private static boolean kinOf(Tokens t, TermList.Hit concept) {
        int k = concept.start() - 1;
        while (k >= 0 && CueSenses.DETERMINERS.contains(t.forms[k])) {
            k--;
        }
        return k >= 1 && t.forms[k].equals("of") && KIN.contains(t.forms[k - 1]);
    }

    private static final Set<String> KIN = Set.of("families", "family", "relatives", "relative", "mothers",
            "wives", "husbands", "children", "parents");

    /**
     * The concept says whose records they are ("detention registers", "prison records", "the registers of every
     * police station"): the expert read them, which is documentary access, not a visit to the place. (A list of
     * places names the places.)
     */
    private static boolean namesRecords(Tokens t, TermList.Hit concept) {
        int end = concept.end();
        if (RECORDS.contains(t.forms[end - 1])) {
            return false;
        }
        if (end < t.size() && RECORDS.contains(t.forms[end])) {
            return true;
        }
        int k = concept.start() - 1;
        while (k >= 0 && (CueSenses.DETERMINERS.contains(t.forms[k]) || QUANTIFIERS.contains(t.forms[k]))) {
            k--;
        }
        // "a list of all detention facilities" names the places; "the registers of every police station" are kept there.
        return k > 0 && t.forms[k].equals("of") && RECORDS.contains(t.forms[k - 1]) && !LISTS.contains(t.forms[k - 1]);
    }

    private static final Set<String> LISTS = Set.of("list", "lists", "data", "figures", "statistics");

    private static final Set<String> RECORDS = Set.of("records", "record", "register", "registers", "registry",
            "registries", "files", "file", "logbook", "logbooks", "archives", "documents", "statistics", "lists",
            "list", "data", "figures");
    private static final Set<String> QUANTIFIERS = Set.of("all", "every", "each", "any", "some", "several", "two",
            "three", "four", "five");

    /** "threatened for speaking out", "those who spoke up": public speech, not a talk with anyone. */
    private static boolean spokeOut(Tokens t, TermList.Hit concept) {
        int i = concept.start();
        if (concept.end() - i != 1 || i + 1 >= t.size() || !(t.forms[i + 1].equals("out") || t.forms[i + 1].equals("up"))) {
            return false;
        }
        String stem = t.stems[i];
        return stem.equals("speak") || stem.equals("spoke") || stem.equals("spoken");
    }

    /**
     * "laws may prevent access to certain health-care goods", "access to justice", "sanitation access": access to
     * goods and services (the lexicon's {@code services}) is people's, not the expert's getting in. The service
     * stands right before "access", or follows "access to" within six words in the same clause, before another "to".
     */
    static boolean accessToServices(Tokens t, TermList.Hit concept, ConceptRule.Context context) {
        int i = concept.start();
        if (concept.end() - i != 1 || !t.forms[i].equals("access")) {
            return false;
        }
        // "water and sanitation access"
        if (context.services().stream().anyMatch(h -> h.end() == i)) {
            return true;
        }
        if (i + 1 >= t.size() || !t.forms[i + 1].equals("to")) {
            return false;
        }
        int stop = i + 2;
        while (stop < Math.min(t.size(), i + 8) && !t.forms[stop].equals("to") && t.clauses[stop] == t.clauses[i]) {
            stop++;
        }
        int end = stop;
        return context.services().stream().anyMatch(h -> h.start() >= i + 2 && h.end() <= end);
    }

    /**
     * The denial is of goods or services named within six words after it, in its clause, with none of the
     * condition's concepts between ("detainees being denied health care", "without access to medication"):
     * people's, not the expert's ("denied entry and subjected to degrading treatment" is still a denied entry).
     */
    static boolean deniesAService(Tokens t, TermList.Hit denial, List<TermList.Hit> concepts,
                                  ConceptRule.Context context) {
        return context.services().stream().anyMatch(h -> h.start() >= denial.end() && h.start() - denial.end() <= 6
                && t.clauses[h.start()] == t.clauses[denial.start()]
                && concepts.stream().noneMatch(c -> c.start() >= denial.end() && c.start() < h.start()));
    }

    /**
     * "granting her access to all the officials she asked to see": access to people is contact, not getting into
     * the country or about it; "such access" is the access named before, whatever it was.
     */
    private static boolean accessToPeople(Tokens t, TermList.Hit concept) {
        int i = concept.start();
        if (concept.end() - i != 1 || !t.forms[i].equals("access")) {
            return false;
        }
        // "had not granted such access": the access named before, to what this sentence does not say.
        if (i > 0 && (t.forms[i - 1].equals("such") || t.forms[i - 1].equals("similar"))) {
            return true;
        }
        if (i + 1 >= t.size() || !t.forms[i + 1].equals("to")) {
            return false;
        }
        for (int k = i + 2; k < Math.min(t.size(), i + 10); k++) {
            if (PEOPLE.contains(t.forms[k])) {
                return true;
            }
            if (!CueSenses.DETERMINERS.contains(t.forms[k]) && !PEOPLE_MODIFIERS.contains(t.forms[k])) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> PEOPLE = Set.of("officials", "authorities", "interlocutors", "individuals",
            "persons", "people", "representatives", "ministers", "members", "leaders", "victims", "witnesses",
            "stakeholders", "actors", "officers", "judges", "lawyers");
    private static final Set<String> PEOPLE_MODIFIERS = Set.of("all", "any", "every", "national", "local", "senior",
            "government", "state", "relevant", "and", "key", "other", "federal", "regional");

    /** "camps for internally displaced persons", "IDP camps", "refugee camps": shelter, not detention. */
    private static boolean aShelter(Tokens t, TermList.Hit concept) {
        int i = concept.start();
        if (concept.end() - i != 1 || !t.forms[i].startsWith("camp")) {
            return false;
        }
        for (int k = Math.max(0, i - 5); k < Math.min(t.size(), i + 6); k++) {
            if (SHELTERED.contains(t.forms[k])) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SHELTERED = Set.of("idp", "idps", "displacement", "displaced", "refugee",
            "refugees");

    /**
     * "rebel movements", "the opposition movement": a movement that is a group of people, not a journey; "the
     * movement of goods" is not the expert's.
     */
    private static boolean aGroup(Tokens t, TermList.Hit concept) {
        int i = concept.start();
        if (concept.end() - i == 1 && t.forms[i].startsWith("movement") && i + 2 < t.size()
                && t.forms[i + 1].equals("of") && GOODS.contains(t.forms[i + 2])) {
            // "the free movement of capital", "of goods", "of herders": what moves is not the expert.
            return true;
        }
        return concept.end() - i == 1 && t.forms[i].startsWith("movement") && i > 0
                && GROUP_KINDS.contains(t.forms[i - 1]);
    }

    /** What moves when it is not the expert: "movement of capital", "movement of people across the border". */
    private static final Set<String> GOODS = Set.of("capital", "goods", "services", "money", "funds", "labour",
            "labor", "workers", "persons", "people", "herders", "pastoralists", "nomads", "farmers", "residents",
            "villagers", "inhabitants", "displaced", "livestock", "civilians", "refugees", "migrants", "populations",
            "population", "troops", "vehicles", "weapons", "arms", "aid", "humanitarian", "trade");

    private static final Set<String> GROUP_KINDS = Set.of("rebel", "political", "social", "opposition", "religious",
            "armed", "liberation", "protest", "resistance", "separatist", "independence", "democratic", "student",
            "youth", "labour", "labor", "women's", "peasant", "indigenous", "islamic", "islamist", "popular",
            "nationalist", "insurgent", "guerrilla", "militant", "civic", "reform", "spiritual");

    /**
     * The concept is in a clause opened by "who" or "whom" after a noun that is not the expert, and the clause does
     * not name the expert: "persons who have been refused entry" are someone else. ("Detainees who met the
     * expert were beaten" names her, and "the Rapporteur, who was refused entry" is hers.)
     */
    private static boolean relativeOfAnother(Tokens t, TermList.Hit concept, List<TermList.Hit> experts) {
        int clause = t.clauses[concept.start()];
        int first = concept.start();
        while (first > 0 && t.clauses[first - 1] == clause) {
            first--;
        }
        if (first == 0 || !(t.forms[first].equals("who") || t.forms[first].equals("whom"))) {
            return false;
        }
        int antecedent = first - 1;
        // A person named by title ("Mr. Nowak, who was able to …") may be the expert herself: not decided here.
        for (int k = Math.max(0, antecedent - 3); k < antecedent; k++) {
            if (HONORIFICS.contains(t.forms[k])) {
                return false;
            }
        }
        return experts.stream().noneMatch(e -> t.clauses[e.start()] == clause
                || (e.start() <= antecedent && antecedent < e.end()));
    }

    private static final Set<String> HONORIFICS = Set.of("mr", "ms", "mrs", "dr", "professor", "prof", "judge",
            "ambassador", "sir", "dame", "madam");

    /**
     * "thanks to the cooperation of the police", "the Government's full cooperation": the state's cooperation
     * with the visit, not someone's cooperation with the expert ("who cooperated with her"); and cooperation
     * "with the UN human rights mechanisms" is with the UN in general, not with this visit.
     */
    private static boolean theStatesCooperation(Tokens t, TermList.Hit concept) {
        int i = concept.start();
        String f = t.forms[i];
        if (concept.end() - i != 1 || !f.startsWith("cooperat")) {
            return false;
        }
        boolean with = i + 1 < t.size() && t.forms[i + 1].equals("with");
        if (!with) {
            return f.equals("cooperation") || f.equals("cooperative");
        }
        // "cooperating with the UN human rights mechanisms", "cooperation with the United Nations": with the UN in
        // general, not with this visit ("cooperating with the UN team during the visit" is).
        boolean un = false;
        for (int k = i + 2; k < Math.min(t.size(), i + 8); k++) {
            String w = t.forms[k];
            if (w.equals("mechanisms") || w.equals("system")) {
                return true;
            }
            if (w.equals("un") || w.equals("nations")) {
                un = true;
            } else if (un && VISIT_WORDS.contains(w)) {
                return false;
            }
        }
        return un;
    }

    /** Words after "the UN" that make it this visit's people: "the UN team", "the United Nations mission". */
    private static final Set<String> VISIT_WORDS = Set.of("team", "mission", "delegation", "visit", "expert", "experts",
            "rapporteur", "group", "officials", "staff", "investigators", "monitors");

    /**
     * The concept is in a clause that names another actor and not the expert, or that speaks of "they" or "its"
     * when the sentence opens with another actor as its subject ("Lawyers told the expert that they could not see
     * their clients in private"): the pronoun is theirs. When the concept is one of those who watch the expert,
     * those met "with" are no actor of its clause ("officers stood at the entrance of each meeting with lawyers").
     */
    private static boolean aboutAnother(Tokens t, TermList.Hit concept, List<TermList.Hit> experts,
                                        List<TermList.Hit> others) {
        int clause = t.clauses[concept.start()];
        if (experts.stream().anyMatch(e -> t.clauses[e.start()] == clause)) {
            return false;
        }
        boolean watchers = Modifiers.WATCHERS.contains(t.forms[concept.end() - 1]);
        return others.stream().anyMatch(o -> t.clauses[o.start()] == clause && !(watchers && metWith(t, o, others)))
                || theyAfterAnotherSubject(t, clause, others);
    }

    /** The other actor is one of those "with" whom a meeting was held: "each meeting with lawyers and NGOs". */
    private static boolean metWith(Tokens t, TermList.Hit other, List<TermList.Hit> others) {
        int k = other.start() - 1;
        while (k > 0 && other.start() - k <= 8 && (CueSenses.DETERMINERS.contains(t.forms[k])
                || t.forms[k].equals("and") || t.forms[k].equals("or") || within(others, k))) {
            k--;
        }
        return k > 0 && t.forms[k].equals("with") && CONTACTS.contains(t.forms[k - 1]);
    }

    private static boolean within(List<TermList.Hit> hits, int k) {
        return hits.stream().anyMatch(h -> h.start() <= k && k < h.end());
    }

    /** Nouns of the expert's contacts, after which "with" names whom the expert met. */
    private static final Set<String> CONTACTS = Set.of("meeting", "meetings", "talks", "interview", "interviews",
            "conversations", "conversation", "discussions", "consultations", "exchanges");

    private static boolean theyAfterAnotherSubject(Tokens t, int clause, List<TermList.Hit> others) {
        boolean opensWithAnother = others.stream().anyMatch(o -> o.start() <= 1 && t.clauses[o.start()] != clause);
        if (!opensWithAnother) {
            return false;
        }
        for (int k = 0; k < t.size(); k++) {
            if (t.clauses[k] == clause && THEY.contains(t.forms[k])) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> THEY = Set.of("they", "their", "them", "its");

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

    /** Last words of a mandate's title ("Special Rapporteur on torture", "Working Group on Arbitrary Detention"). */
    private static final Set<String> TITLES = Set.of("rapporteur", "group", "commiss", "expert",
            "committe", "subcommitte", "commission");

    /**
     * The concept ends a hyphenated modifier ("the maximum-security wing", "a high-security prison"): it describes
     * something else.
     */
    private static boolean compoundTail(Tokens t, TermList.Hit concept) {
        int at = t.starts[concept.start()];
        return at > 0 && t.text.charAt(at - 1) == '-';
    }

    /** "security" before a kind of place ("the State Security prison", "a security wing"): it names the place. */
    private static boolean aSecuredPlace(Tokens t, TermList.Hit concept) {
        return concept.end() - concept.start() == 1 && t.forms[concept.start()].equals("security")
                && concept.end() < t.size() && SECURED.contains(t.forms[concept.end()]);
    }

    /** Places that "security" describes. */
    private static final Set<String> SECURED = Set.of("prison", "prisons", "wing", "wings", "unit", "units", "jail",
            "facility", "facilities", "detention", "colony", "cell", "cells", "zone", "zones", "perimeter");

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
        if (k < t.size() && t.forms[k].equals("between")) {
            // "a private meeting between the Secretary-General and the Foreign Minister"
            for (int j = k + 1; j < Math.min(t.size(), k + 8) && t.clauses[j] == t.clauses[k]; j++) {
                if (STATE.contains(t.forms[j])) {
                    return true;
                }
            }
            return false;
        }
        if (k < t.size() && t.forms[k].equals("with")) {
            k++;
        }
        for (int end = Math.min(t.size(), k + 3); k < end; k++) {
            if (STATE.contains(t.forms[k])) {
                return true;
            }
            if (!CueSenses.DETERMINERS.contains(t.forms[k]) && !t.forms[k].equals("senior") && !t.forms[k].equals("high")
                    && !t.forms[k].equals("several") && !t.forms[k].equals("local")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> STATE = Set.of("government", "authorities", "officials",
            "minister", "ministers", "ministry", "ministries", "president", "governor", "governors", "ambassador",
            "parliament", "parliamentarians", "deputy", "state", "secretary");

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

    private static final Set<String> RUN = Set.of("run", "operated", "controlled", "managed",
            "administered", "owned", "held");

    private static final Set<String> PREMISES = Set.of("facility", "facilities", "premises",
            "headquarters", "building", "buildings", "offices", "compound", "compounds", "sites", "site");

    /**
     * "during the visit", "after her mission": the visit as a span of time, not what was granted or denied. An
     * infinitive is no span ("Since her request to visit the country was rejected").
     */
    private static boolean timeFrame(Tokens t, TermList.Hit concept) {
        int i = concept.start();
        if (concept.end() - i != 1 || !TIME_SPANS.contains(t.forms[i])) {
            return false;
        }
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            if (t.forms[k].equals("to")) {
                return false;
            }
            if (FRAMES.contains(t.forms[k])) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> TIME_SPANS = Set.of("visit", "mission", "stay", "trip",
            "week", "weeks", "day", "days", "period", "year", "visits", "missions");

    /** Words that make a visit or a mission a span of time: "during the visit", "after her mission". */
    static final Set<String> FRAMES = Set.of("during", "throughout", "before", "after",
            "since", "until", "following", "prior");

    /** "detention of a journalist", "their detention weeks later": the act of detaining someone, not a place of it. */
    private static boolean actOfDetaining(Tokens t, TermList.Hit concept) {
        int i = concept.start();
        if (concept.end() - i != 1 || !t.forms[i].equals("detention")) {
            return false;
        }
        return (concept.end() < t.size() && t.forms[concept.end()].equals("of"))
                || (i > 0 && WHOSE.contains(t.forms[i - 1]));
    }

    private static final Set<String> WHOSE = Set.of("their", "his", "whose");

    /**
     * A concept given as the ground of what was done ("for security reasons", "on security grounds",
     * "citing security concerns"):
     * it explains a denial anywhere in the sentence, however far.
     */
    static TermList.Hit statedGround(Tokens t, List<TermList.Hit> concepts) {
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
}
