package org.briefingengine.assessment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.briefingengine.corpus.SegmentedDocument;
import org.briefingengine.corpus.Sentence;
import org.briefingengine.corpus.SourceDocument;

/**
 * Finds evidence for and against each rubric condition in one document, in one pass over its sentences.
 * Each row names its speaker when the sentence quotes or reports someone ({@link SpeakerFinder}).
 * Repeated sentences and demands are skipped; each sentence gives at most one supporting and one contradicting
 * row per condition (the first matching rule in file order). Immutable and thread-safe.
 */
public class EvidenceExtractor {

    private record ConditionMatchers(RubricCondition condition, List<RuleMatcher> matchers) {
    }

    private final Rubric rubric;
    private final List<ConditionMatchers> conditions;
    private final HedgeDetector hedges = new HedgeDetector();
    private final DemandDetector demands = new DemandDetector();

    public EvidenceExtractor(Rubric rubric) {
        this.rubric = rubric;
        NegationDetector negation = new NegationDetector();
        this.conditions = rubric.conditions().stream()
                .map(c -> new ConditionMatchers(c, c.rules().stream().map(r -> new RuleMatcher(r, negation)).toList()))
                .toList();
    }

    public List<Evidence> extract(SegmentedDocument doc) {
        List<Evidence> out = new ArrayList<>();
        String previous = "";
        boolean expertBefore = false;
        boolean demandList = false;
        Tokens previousTokens = null;
        SpeakerFinder speakers = new SpeakerFinder();
        Modifiers modifiers = rubric.modifiers();
        int previousEnd = 0;
        Sentence before = null;
        for (Sentence s : doc.sentences()) {
            String original = doc.text().substring(s.start(), s.end());
            String sentence = PlainText.normalise(original);
            SpeakerFinder.Voice voice = speakers.speaker(original, blankLine(doc.text(), previousEnd, s.start()));
            previousEnd = s.end();
            Tokens tokens = modifiers == null ? null : Tokens.of(sentence);
            ConceptRule.Context context = tokens == null ? null : new ConceptRule.Context(tokens, previousTokens, expertBefore, modifiers);
            String end = sentence.stripTrailing();
            boolean listItem = demandList;
            boolean demand = listItem || demand(sentence, tokens, modifiers);
            // The items of a list of demands ("we ask her to: - publish ...; - meet ...;") are demands too, and so
            // are those under a heading that plans ("What to track").
            demandList = demand && (end.endsWith(":") || end.endsWith(";") || heading(end)
                    || (listItem && (end.endsWith(",") || end.endsWith(" and") || end.endsWith(" or"))));
            if (!s.repeat()) {
                // A demand in one part of a sentence does not silence a report in another: "She received assurances
                // that no one would be penalised; nonetheless, a lawyer who met her was disbarred."
                // An assurance whose promise holds a demand word is a report, still read part by part where it turns.
                boolean promise = !demand && tokens != null && modifiers.assuredDemand(tokens);
                List<Part> parts = !demand && !promise ? List.of(new Part(sentence, 0, tokens, context))
                        : listItem || sentence.contains(":") ? List.of()
                        : reportingParts(sentence, previousTokens,
                                expertBefore || (context != null && !context.experts().isEmpty()), modifiers);
                if (promise && parts.isEmpty()) {
                    parts = List.of(new Part(sentence, 0, tokens, context));
                }
                for (Part part : parts) {
                    extractFrom(doc, s, before, part, previous, voice, modifiers, out);
                }
            }
            previous = sentence;
            before = s;
            previousTokens = tokens;
            expertBefore = context != null && !context.experts().isEmpty();
        }
        return out;
    }

    /** True when a blank line stands between two offsets of the text: a new paragraph. */
    private static boolean blankLine(String text, int from, int to) {
        int newlines = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                if (++newlines == 2) {
                    return true;
                }
            } else if (!Character.isWhitespace(c)) {
                newlines = 0;
            }
        }
        return false;
    }

    /**
     * True when the sentence (or part) asks, plans or states a norm instead of reporting; a question reports
     * nothing either ("Was the expert able to visit every prison?").
     */
    private boolean demand(String text, Tokens tokens, Modifiers modifiers) {
        return demands.demand(text) || (tokens != null && modifiers.demands(tokens))
                || text.stripTrailing().endsWith("?");
    }

    /** A sentence, or the part of it that reports, with its offset in the sentence. */
    private record Part(String text, int offset, Tokens tokens, ConceptRule.Context context) {
    }

    /**
     * Adds the evidence of one part of sentence {@code s} for every condition. A finding whose concept is a pronoun
     * for the sentence {@code before} quotes both sentences.
     */
    private void extractFrom(SegmentedDocument doc, Sentence s, Sentence before, Part part, String previous, SpeakerFinder.Voice voice,
                             Modifiers modifiers, List<Evidence> out) {
        boolean hedged = part.tokens() == null ? hedges.hedged(part.text()) : modifiers.hedged(part.tokens());
        for (ConditionMatchers c : conditions) {
            Set<Stance> found = EnumSet.noneOf(Stance.class);
            if (part.context() != null && c.condition().concept() != null) {
                for (ConceptRule.Finding f : c.condition().concept().find(part.context())) {
                    int at = part.offset() + f.at();
                    if (!voice.deniedAt(at) && found.add(f.stance())) {
                        Sentence quoted = f.antecedent() && before != null ? new Sentence(before.start(), s.end(), false) : s;
                        out.add(evidence(doc, quoted, c.condition(), f.stance(), f.rule(), f.qualifier(), hedged,
                                voice.at(at)));
                    }
                }
            }
            for (RuleMatcher matcher : c.matchers()) {
                matcher.find(part.text(), previous)
                        .filter(f -> !voice.deniedAt(part.offset() + f.at()) && found.add(f.stance()))
                        .ifPresent(f -> out.add(evidence(doc, s, c.condition(), f.stance(), f.rule(),
                                f.qualifier(), hedged, voice.at(part.offset() + f.at()))));
            }
        }
    }

    /**
     * A clause of cause, time or concession that opens a sentence, up to its comma: "Since …,", "Because …,", "As
     * …,", "Despite assurances that she would …,".
     */
    private static final Pattern CAUSE = Pattern.compile("^\\W{0,2}(?:since|because|as|given that|now that|despite"
            + "|in spite of|notwithstanding)\\b[^,;:]{5,200},");

    /**
     * Where a sentence turns from one statement to another: a semicolon, or a contrast or concession after a comma
     * ("…, even though her team had been told that the escort would be discreet").
     */
    private static final Pattern TURN = Pattern.compile(
            ";\\s*|,\\s*(?=(but|however|nonetheless|nevertheless|yet|even though|although|though|whereas)\\b)");

    /** ", and" before a clause with a subject of its own: "…, and I would urge the authorities to …". */
    private static final Pattern AND_CLAUSE = Pattern.compile(",\\s*and\\s+(?=(?:i|we|she|he|it|they|the)\\s)");

    /**
     * The parts of a demanding sentence that are not demands themselves, split where the sentence turns. None
     * when it does not turn: the whole sentence is the demand. (A sentence with a colon is a list of demands and
     * is not split.) The expert named in one part counts for the others.
     */
    private List<Part> reportingParts(String sentence, Tokens previous, boolean expertBefore, Modifiers modifiers) {
        Matcher and = AND_CLAUSE.matcher(sentence);
        while (and.find()) {
            // "To date I have received only four of them, and I would urge …": a report, then a demand of its own.
            String tail = sentence.substring(and.end());
            Part head = demand(tail, modifiers == null ? null : Tokens.of(tail), modifiers)
                    ? reportingPart(sentence.substring(0, and.start()), 0, previous, expertBefore, modifiers) : null;
            if (head != null) {
                // The demand's own parts may still report: "…, and I urge them to reconsider; however, she was …"
                List<Part> parts = new ArrayList<>();
                parts.add(head);
                for (Part p : reportingParts(tail, previous, expertBefore, modifiers)) {
                    parts.add(new Part(p.text(), p.offset() + and.end(), p.tokens(), p.context()));
                }
                return parts;
            }
        }
        List<Part> parts = new ArrayList<>();
        int from = 0;
        Matcher cause = CAUSE.matcher(sentence);
        if (cause.find()) {
            // "Since my request to visit was rejected, I will go to the neighbouring country": the cause is a report;
            // "Despite assurances that it would see the files, none was shown": the rest is.
            Part part = reportingPart(sentence.substring(0, cause.end()), 0, previous, expertBefore, modifiers);
            if (part != null) {
                parts.add(part);
            }
            from = cause.end();
        }
        Matcher m = TURN.matcher(sentence);
        m.region(from, sentence.length());
        if (!m.find()) {
            Part rest = from > 0 ? reportingPart(sentence.substring(from), from, previous, expertBefore, modifiers)
                    : outsideAside(sentence, previous, expertBefore, modifiers);
            if (rest != null) {
                parts.add(rest);
            }
            return parts;
        }
        m.region(from, sentence.length());
        boolean afterSemicolon = false;
        while (from < sentence.length()) {
            int to = m.find() ? m.start() : sentence.length();
            String text = sentence.substring(from, to);
            // The items of a list after the demand's verb: "must guarantee freedom of movement; access to all
            // prisons; …".
            Part part = text.isBlank() || (afterSemicolon && continuesTheDemand(text)) ? null
                    : reportingPart(text, from, previous, expertBefore, modifiers);
            afterSemicolon = to < sentence.length() && sentence.charAt(to) == ';';
            if (part != null) {
                parts.add(part);
            }
            from = to < sentence.length() ? m.end() : to;
        }
        return parts;
    }

    /**
     * True when a part has no finite verb that would make it a statement of its own, or is one more "that" clause
     * of the verb before ("must ensure that …; that …; and that …").
     */
    static boolean continuesTheDemand(String part) {
        Tokens t = Tokens.of(part);
        if (t.size() > 1 && (t.forms[0].equals("that") || (t.forms[0].equals("and") && t.forms[1].equals("that")))) {
            return true;
        }
        for (int k = 0; k < t.size(); k++) {
            String f = t.forms[k];
            if (FINITE.contains(f) || (k > 0 && f.endsWith("ed") && PRONOUNS.contains(t.forms[k - 1]))) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Set<String> FINITE = java.util.Set.of("is", "are", "was", "were", "has", "have",
            "had", "did", "does", "do", "could", "can", "will", "would", "may", "might", "shall", "should", "must",
            "been");
    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("i", "we", "she", "he", "it", "they");

    /** An aside between commas that opens with a relative word: ", which the terms of reference guarantee,". */
    private static final Pattern ASIDE = Pattern.compile(",\\s*(?:which|who|as)\\b[^,;:]*,");

    /**
     * The sentence without the asides that make it a demand, or null: "Full access to all detention facilities,
     * which the terms of reference guarantee, was in practice denied" reports the denial. The aside is blanked, not
     * cut, so offsets stay those of the sentence.
     */
    private Part outsideAside(String sentence, Tokens previous, boolean expertBefore, Modifiers modifiers) {
        Matcher a = ASIDE.matcher(sentence);
        StringBuilder blanked = null;
        while (a.find()) {
            String aside = sentence.substring(a.start() + 1, a.end() - 1);
            if (demand(aside, modifiers == null ? null : Tokens.of(aside), modifiers)) {
                if (blanked == null) {
                    blanked = new StringBuilder(sentence);
                }
                for (int k = a.start() + 1; k < a.end() - 1; k++) {
                    blanked.setCharAt(k, ' ');
                }
            }
        }
        return blanked == null ? null : reportingPart(blanked.toString(), 0, previous, expertBefore, modifiers);
    }

    /** The part of a sentence at {@code offset}, read with its own context, or null when it demands. */
    private Part reportingPart(String text, int offset, Tokens previous, boolean expertBefore, Modifiers modifiers) {
        Tokens tokens = modifiers == null ? null : Tokens.of(text);
        if (demand(text, tokens, modifiers)) {
            return null;
        }
        return new Part(text, offset, tokens, tokens == null ? null
                : new ConceptRule.Context(tokens, previous, expertBefore, modifiers));
    }

    /** A short line that ends in a letter, as a heading does ("What to track"). */
    private static boolean heading(String sentence) {
        return !sentence.isEmpty() && Character.isLetter(sentence.charAt(sentence.length() - 1))
                && sentence.split("\\s+").length <= 8;
    }

    /** Words by which a State dismisses what is said against it ("the allegations were unfounded"). */
    private static final Pattern DISMISSED = Pattern.compile("(?i)\\b(?:unfounded|baseless|groundless|untrue|false"
            + "|fabricated|allegations?|accusations?)\\b");

    /**
     * A State reporting that it refused or restricted the expert ("The Government informed the Rapporteur that the
     * region was closed to visitors") admits a fact against itself: unlike its claim of compliance, that is no mere
     * claim; unless it dismisses allegations in the same breath.
     */
    private static boolean admission(Stance stance, String sentence) {
        return stance == Stance.CONTRADICTS && !DISMISSED.matcher(sentence).find();
    }

    private Evidence evidence(SegmentedDocument doc, Sentence s, RubricCondition condition, Stance stance,
                              String rule, String ruleQualifier, boolean hedged, String speaker) {
        SourceDocument d = doc.document();
        boolean claim = !SourceWeight.of(d.sourceType()).credible()
                || SpeakerFinder.stateVoice(speaker) && !admission(stance, doc.quote(s));
        String qualifier = claim ? "claim" : hedged ? "hedged" : ruleQualifier;
        return new Evidence(rubric.id(), condition.id(), stance, d.id(), d.publisher(), d.published(),
                d.sourceType(), doc.quote(s), s.start(), s.end(), qualifier, rule, "", speaker);
    }
}
