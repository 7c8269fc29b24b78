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
        for (Sentence s : doc.sentences()) {
            String sentence = PlainText.normalise(doc.text().substring(s.start(), s.end()));
            if (!s.repeat() && !demands.demand(sentence)) {
                boolean hedged = hedges.hedged(sentence);
                for (ConditionMatchers c : conditions) {
                    Set<Stance> found = EnumSet.noneOf(Stance.class);
                    for (RuleMatcher matcher : c.matchers()) {
                        matcher.find(sentence, previous)
                                .filter(f -> found.add(f.stance()))
                                .ifPresent(f -> out.add(evidence(doc, s, c.condition(), f, hedged)));
                    }
                }
            }
            previous = sentence;
        }
        return out;
    }

    private Evidence evidence(SegmentedDocument doc, Sentence s, RubricCondition condition, RuleMatcher.Finding f,
                              boolean hedged) {
        SourceDocument d = doc.document();
        String qualifier = !SourceWeight.of(d.sourceType()).credible() ? "claim" : hedged ? "hedged" : f.qualifier();
        return new Evidence(rubric.id(), condition.id(), f.stance(), d.id(), d.publisher(), d.published(),
                d.sourceType(), doc.quote(s), s.start(), s.end(), qualifier, f.rule());
    }
}
