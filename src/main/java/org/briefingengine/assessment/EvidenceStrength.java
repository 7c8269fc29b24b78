package org.briefingengine.assessment;

import java.util.Comparator;

/**
 * Orders evidence strongest first: first-hand over assessments over claims, then direct over partial over
 * hedged, then by document and position so that the order is stable.
 */
final class EvidenceStrength {

    /** Strength alone: source weight, then qualifier. */
    static final Comparator<Evidence> STRONGER = Comparator
            .comparing((Evidence e) -> SourceWeight.of(e))
            .thenComparingInt(EvidenceStrength::qualifierRank);

    static final Comparator<Evidence> STRONGEST_FIRST = STRONGER
            .thenComparing(Evidence::document)
            .thenComparingInt(Evidence::start);

    private EvidenceStrength() {
    }

    static boolean direct(Evidence e) {
        return e.qualifier().isEmpty();
    }

    /** A UN source, or a UN official quoted by another source ("… the UN expert told reporters"). */
    static boolean firstHand(Evidence e) {
        return SourceWeight.of(e) == SourceWeight.FIRST_HAND || SpeakerFinder.unVoice(e.speaker());
    }

    private static int qualifierRank(Evidence e) {
        return switch (e.qualifier()) {
            case "" -> 0;
            case "partial" -> 1;
            case "hedged" -> 2;
            default -> 3;
        };
    }
}
