package org.briefingengine.assessment;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns the evidence for one condition into a status, weighing sources by type; the decision table is
 * documented in {@code templates/standards/README.md}. Claims are shown but never decide a status.
 */
public class StatusAssessor {

    private static final int NAMED_SOURCES = 3;

    public ConditionAssessment assess(Rubric rubric, RubricCondition condition, List<Evidence> evidence) {
        List<Evidence> support = credible(evidence, Stance.SUPPORTS);
        List<Evidence> contra = credible(evidence, Stance.CONTRADICTS);
        Verdict v = verdict(evidence, support, contra);
        int supporting = (int) evidence.stream().filter(e -> e.stance() == Stance.SUPPORTS).count();
        int documents = (int) evidence.stream().map(Evidence::document).distinct().count();
        return new ConditionAssessment(rubric.id(), condition.id(), condition.title(), v.status(), v.status(),
                supporting, evidence.size() - supporting, documents, v.rationale(), false, "", "");
    }

    /** The strongest quotes for a condition, best first: first-hand over NGO over claims, direct over hedged. */
    public List<Evidence> keyQuotes(List<Evidence> evidence, int max) {
        return evidence.stream().sorted(EvidenceStrength.STRONGEST_FIRST).limit(max).toList();
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

    private static Verdict verdict(List<Evidence> all, List<Evidence> support, List<Evidence> contra) {
        if (all.isEmpty()) {
            return new Verdict(Status.NO_EVIDENCE, "No document in the corpus speaks to this condition.");
        }
        if (support.isEmpty() && contra.isEmpty()) {
            return new Verdict(Status.NO_EVIDENCE, "Only claims by " + who(all)
                    + " speak to this condition, and a claim alone never establishes it.");
        }
        boolean firstHandSupport = support.stream().anyMatch(e -> EvidenceStrength.firstHand(e) && EvidenceStrength.direct(e));
        boolean firstHandContra = contra.stream().anyMatch(e -> EvidenceStrength.firstHand(e) && EvidenceStrength.direct(e));
        if (firstHandSupport && firstHandContra) {
            return new Verdict(Status.CONTESTED, "First-hand sources disagree: " + who(support) + " supports it while "
                    + who(contra) + " contradicts it.");
        }
        if (support.isEmpty()) {
            return contra.stream().allMatch(e -> e.qualifier().equals("hedged"))
                    ? new Verdict(Status.NOT_MET, "No source shows it was met, and " + who(contra) + " casts doubt on it.")
                    : new Verdict(Status.NOT_MET, "Contradicted by " + who(contra) + ", and no credible source supports it.");
        }
        if (!contra.isEmpty()) {
            return EvidenceStrength.STRONGER.compare(contra.get(0), support.get(0)) < 0
                    ? new Verdict(Status.NOT_MET, "Contradicted by " + who(contra)
                            + ", which outweighs the weaker support from " + who(support) + ".")
                    : new Verdict(Status.PARTLY_MET, "Supported by " + who(support) + ", but disputed or qualified by "
                            + who(contra) + ".");
        }
        if (support.stream().noneMatch(EvidenceStrength::direct)) {
            return new Verdict(Status.PARTLY_MET, "Supported by " + who(support)
                    + " only for part of the condition or with a hedge, and contradicted by no credible source.");
        }
        return new Verdict(Status.MET, "Supported by " + who(support) + ", and contradicted by no credible source.");
    }

    /** Credible evidence of one stance, strongest first. */
    private static List<Evidence> credible(List<Evidence> evidence, Stance stance) {
        return evidence.stream()
                .filter(e -> e.stance() == stance && SourceWeight.of(e.sourceType()).credible())
                .sorted(EvidenceStrength.STRONGEST_FIRST)
                .toList();
    }

    /** The distinct sources of some evidence, strongest first, e.g. "OHCHR (first-hand) and Amnesty (assessment)". */
    private static String who(List<Evidence> evidence) {
        List<String> names = evidence.stream().sorted(EvidenceStrength.STRONGEST_FIRST)
                .map(e -> (e.publisher().isBlank() ? e.document() : e.publisher())
                        + " (" + SourceWeight.of(e.sourceType()).label() + ")")
                .distinct().toList();
        String shown = names.stream().limit(NAMED_SOURCES).collect(Collectors.joining(", "));
        return names.size() > NAMED_SOURCES ? shown + " and " + (names.size() - NAMED_SOURCES) + " more" : shown;
    }
}
