package org.briefingengine.citation;

import java.util.Arrays;
import java.util.Optional;

/**
 * Kinds of formal reference a catalogue row can carry (its {@code references} column).
 * COMMUNICATIONS are found on their own ({@code CHN 13/2018}); the others follow a mention of the
 * mechanism ({@code HRC resolution 43/1}, {@code CERD, Concluding Observations (2018)},
 * {@code ILO Conventions (29 and 105)}).
 */
public enum ReferenceKind {
    COMMUNICATIONS("communications"),
    RESOLUTIONS("resolutions"),
    OUTPUTS("outputs"),
    CONVENTIONS("conventions");

    private final String csvName;

    ReferenceKind(String csvName) {
        this.csvName = csvName;
    }

    static Optional<ReferenceKind> fromCsv(String name) {
        return Arrays.stream(values()).filter(k -> k.csvName.equalsIgnoreCase(name.strip())).findFirst();
    }
}
