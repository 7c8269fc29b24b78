package org.briefingengine.assessment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
        for (Sentence s : doc.sentences()) {
            String original = doc.text().substring(s.start(), s.end());
            String sentence = PlainText.normalise(original);
            SpeakerFinder.Voice voice = speakers.speaker(original);
            Tokens tokens = modifiers == null ? null : Tokens.of(sentence);
            ConceptRule.Context context = tokens == null ? null : new ConceptRule.Context(tokens, previousTokens, expertBefore, modifiers);
            String end = sentence.stripTrailing();
            // A question reports nothing ("Was the expert able to visit every prison?").
            boolean demand = demandList || demands.demand(sentence) || (tokens != null && modifiers.demands(tokens))
                    || end.endsWith("?");
            // The items of a list of demands ("we ask her to: - publish ...; - meet ...;") are demands too, and so
            // are those under a heading that plans ("What to track").
            demandList = demand && (end.endsWith(":") || end.endsWith(";") || heading(end));
            if (!s.repeat() && !demand) {
                boolean hedged = tokens == null ? hedges.hedged(sentence) : modifiers.hedge().occursIn(tokens);
                for (ConditionMatchers c : conditions) {
                    Set<Stance> found = EnumSet.noneOf(Stance.class);
                    if (context != null && c.condition().concept() != null) {
                        for (ConceptRule.Finding f : c.condition().concept().find(context)) {
                            if (found.add(f.stance())) {
                                out.add(evidence(doc, s, c.condition(), f.stance(), f.rule(), f.qualifier(), hedged,
                                        voice.at(f.at())));
                            }
                        }
                    }
                    for (RuleMatcher matcher : c.matchers()) {
                        matcher.find(sentence, previous)
                                .filter(f -> found.add(f.stance()))
                                .ifPresent(f -> out.add(evidence(doc, s, c.condition(), f.stance(), f.rule(),
                                        f.qualifier(), hedged, voice.at(f.at()))));
                    }
                }
            }
            previous = sentence;
            previousTokens = tokens;
            expertBefore = context != null && !context.experts().isEmpty();
        }
        return out;
    }

    /** A short line that ends in a letter, as a heading does ("What to track"). */
    private static boolean heading(String sentence) {
        return !sentence.isEmpty() && Character.isLetter(sentence.charAt(sentence.length() - 1))
                && sentence.split("\\s+").length <= 8;
    }

    private Evidence evidence(SegmentedDocument doc, Sentence s, RubricCondition condition, Stance stance,
                              String rule, String ruleQualifier, boolean hedged, String speaker) {
        SourceDocument d = doc.document();
        boolean claim = !SourceWeight.of(d.sourceType()).credible() || SpeakerFinder.stateVoice(speaker);
        String qualifier = claim ? "claim" : hedged ? "hedged" : ruleQualifier;
        return new Evidence(rubric.id(), condition.id(), stance, d.id(), d.publisher(), d.published(),
                d.sourceType(), doc.quote(s), s.start(), s.end(), qualifier, rule, "", speaker);
    }
}
