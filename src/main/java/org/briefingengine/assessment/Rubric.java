package org.briefingengine.assessment;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A visit-standards rubric loaded from YAML under {@code templates/standards/}; the format is documented in
 * {@code templates/standards/README.md}.
 *
 * @param fingerprint sha256 of the rubric file (and of its lexicon), so that a briefing names the exact rubric it used
 * @param modifiers   the lexicon's modifier words, or null for a rubric without a lexicon
 */
public record Rubric(String id, String title, String description, List<RubricCondition> conditions,
                     String fingerprint, Modifiers modifiers) {

    public Rubric {
        description = description == null ? "" : description;
        conditions = List.copyOf(conditions);
    }

    /** A rubric without a lexicon: regex rules only, with the built-in negation, hedge and demand cues. */
    public Rubric(String id, String title, String description, List<RubricCondition> conditions, String fingerprint) {
        this(id, title, description, conditions, fingerprint, null);
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
