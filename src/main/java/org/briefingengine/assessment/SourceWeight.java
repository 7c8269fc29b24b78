package org.briefingengine.assessment;

import java.util.Locale;

/**
 * How much a document's word counts, from its source type. {@code un} (UN documents, the visiting official's own
 * statement) is first-hand; state media, governments and unsplit compilations (whose speaker is unknown) only
 * make claims; every other source (ngo, news-agency, unknown) is an assessment.
 */
public enum SourceWeight {
    FIRST_HAND("first-hand"),
    ASSESSMENT("assessment"),
    CLAIM("claim");

    private final String label;

    SourceWeight(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The weight of a manifest source type; never null. */
    public static SourceWeight of(String sourceType) {
        return switch (sourceType == null ? "" : sourceType.strip().toLowerCase(Locale.ROOT)) {
            case "un" -> FIRST_HAND;
            case "state-media", "government", "compilation" -> CLAIM;
            default -> ASSESSMENT;
        };
    }

    /**
     * The weight of one evidence row: its document's, except that a row marked as a claim (a government quoted in
     * a UN report, say) counts as a claim whatever the document.
     */
    public static SourceWeight of(Evidence evidence) {
        return evidence.qualifier().equals(CLAIM.label) ? CLAIM : of(evidence.sourceType());
    }

    /** True when this source can decide a status (claims are shown but never decide). */
    public boolean credible() {
        return this != CLAIM;
    }
}
