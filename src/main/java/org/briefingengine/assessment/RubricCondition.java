package org.briefingengine.assessment;

import java.util.List;

/**
 * One condition of a rubric.
 *
 * @param rules what supports and what contradicts the condition, in file order
 */
public record RubricCondition(String id, String title, String description, List<Rule> rules) {

    public RubricCondition {
        description = description == null ? "" : description;
        rules = List.copyOf(rules);
    }

    /** A condition without evidence rules: it can be reported and reviewed, but never gathers evidence. */
    public RubricCondition(String id, String title, String description) {
        this(id, title, description, List.of());
    }
}
