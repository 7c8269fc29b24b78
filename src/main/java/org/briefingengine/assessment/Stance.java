package org.briefingengine.assessment;

/** Whether a quote supports or contradicts a rubric condition; {@link #label()} is the CSV value. */
public enum Stance {
    SUPPORTS("supports"),
    CONTRADICTS("contradicts");

    private final String label;

    Stance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Stance fromLabel(String value) {
        for (Stance s : values()) {
            if (s.label.equalsIgnoreCase(value) || s.name().equalsIgnoreCase(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown stance '" + value + "' (expected supports or contradicts)");
    }
}
