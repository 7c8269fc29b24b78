package org.briefingengine.assessment;

import java.nio.file.Path;
import java.util.List;

/**
 * A visit-standards rubric loaded from YAML under {@code templates/standards/}.
 *
 * @param fingerprint sha256 of the rubric file, so that a briefing names the exact rubric it used
 */
public record Rubric(String id, String title, String description, List<RubricCondition> conditions,
                     String fingerprint) {

    public static Rubric load(Path yaml) {
        return new Rubric("stub", "Stub rubric", "", List.of(new RubricCondition("no-reprisals", "No reprisals", "")), "0");
    }
}
