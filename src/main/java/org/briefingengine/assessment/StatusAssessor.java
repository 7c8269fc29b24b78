package org.briefingengine.assessment;

import java.util.List;

/**
 * Turns the evidence for one condition into a status, weighing sources by type; the decision table is
 * documented in {@code templates/standards/README.md}. Claims are shown but never decide a status.
 */
public class StatusAssessor {

    private static final int NAMED_SOURCES = 3;

    public ConditionAssessment assess(Rubric rubric, RubricCondition condition, List<Evidence> evidence) {
        ConditionEvidence folded = new ConditionEvidence();
        evidence.forEach(folded::add);
        return assess(rubric, condition, folded);
    }

    /** The status of a condition from its evidence, folded row by row (see {@link ConditionEvidence}). */
    public ConditionAssessment assess(Rubric rubric, RubricCondition condition, ConditionEvidence evidence) {
        Verdict v = verdict(evidence);
        return new ConditionAssessment(rubric.id(), condition.id(), condition.title(), v.status(), v.status(),
                evidence.supporting(), evidence.total() - evidence.supporting(), evidence.documents(), v.rationale(),
                false, "", "");
    }

    /** The strongest quotes for a condition, best first: first-hand over NGO over claims, direct over hedged. */
    public List<Evidence> keyQuotes(List<Evidence> evidence, int max) {
        KeyQuotes quotes = new KeyQuotes(max);
        evidence.forEach(quotes::add);
        return quotes.best();
    }

    /** The engine's assessment with the analyst's status, note and reviewer; the engine status is kept. */
    public ConditionAssessment applyReview(ConditionAssessment engine, Review review) {
        if (review == null) {
            return engine;
        }
        return new ConditionAssessment(engine.rubric(), engine.condition(), engine.title(), review.status(),
                engine.engineStatus(), engine.supporting(), engine.contradicting(), engine.documents(),
                engine.rationale(), true, review.note(), review.reviewer());
    }

    private record Verdict(Status status, String rationale) {
    }

    private static Verdict verdict(ConditionEvidence evidence) {
        ConditionEvidence.Sources support = evidence.support();
        ConditionEvidence.Sources contra = evidence.contra();
        if (evidence.total() == 0) {
            return new Verdict(Status.NO_EVIDENCE, "No document in the corpus speaks to this condition.");
        }
        if (support.isEmpty() && contra.isEmpty()) {
            return new Verdict(Status.NO_EVIDENCE, "Only claims by " + who(evidence.all())
                    + " speak to this condition, and a claim alone never establishes it.");
        }
        if (evidence.firstHandAccountsDisagree()) {
            return new Verdict(Status.CONTESTED, "First-hand sources disagree: " + who(support) + " supports it while "
                    + who(contra) + " contradicts it.");
        }
        if (evidence.firstHandAccountReportsBoth()) {
            return new Verdict(Status.PARTLY_MET, "Met only in part: " + who(support)
                    + " reports it both honoured and denied.");
        }
        if (support.isEmpty()) {
            return evidence.contraAllHedged()
                    ? new Verdict(Status.NOT_MET, "No source shows it was met, and " + who(contra) + " casts doubt on it.")
                    : new Verdict(Status.NOT_MET, "Contradicted by " + who(contra) + ", and no credible source supports it.");
        }
        if (!contra.isEmpty()) {
            return EvidenceStrength.STRONGER.compare(contra.strongest(), support.strongest()) < 0
                    ? new Verdict(Status.NOT_MET, "Contradicted by " + who(contra)
                            + ", which outweighs the weaker support from " + who(support) + ".")
                    : new Verdict(Status.PARTLY_MET, "Supported by " + who(support) + ", but disputed or qualified by "
                            + who(contra) + ".");
        }
        if (!evidence.directSupport()) {
            return new Verdict(Status.PARTLY_MET, "Supported by " + who(support)
                    + " only for part of the condition or with a hedge, and contradicted by no credible source.");
        }
        if (!evidence.firstHandDirectSupport()) {
            return new Verdict(Status.PARTLY_MET, "Supported only by " + who(support)
                    + ", which did not see it first-hand; no first-hand source confirms it.");
        }
        return new Verdict(Status.MET, "Supported by " + who(support) + ", and contradicted by no credible source.");
    }

    private static String who(ConditionEvidence.Sources sources) {
        return sources.who(NAMED_SOURCES);
    }
}
