package org.briefingengine.assessment;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A visit-standards rubric loaded from YAML under {@code templates/standards/}; the format is documented in
 * {@code templates/standards/README.md}.
 *
 * @param fingerprint sha256 of the rubric file, so that a briefing names the exact rubric it used
 */
public record Rubric(String id, String title, String description, List<RubricCondition> conditions,
                     String fingerprint) {

    public Rubric {
        description = description == null ? "" : description;
        conditions = List.copyOf(conditions);
    }

    /**
     * Reads and validates a rubric file.
     *
     * @throws IllegalArgumentException naming the file and the problem when the file is unreadable or invalid
     */
    public static Rubric load(Path yaml) {
        return new RubricLoader().load(yaml);
    }

    /** The condition with this id, if the rubric has one. */
    public Optional<RubricCondition> condition(String conditionId) {
        return conditions.stream().filter(c -> c.id().equals(conditionId)).findFirst();
    }
}
