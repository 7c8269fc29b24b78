package org.briefingengine.assessment;

import java.util.List;

/**
 * One condition of a rubric.
 *
 * @param rules   regex rules (the escape hatch): what supports and what contradicts the condition, in file order
 * @param concept the condition's concepts, cues and modifiers ({@link ConceptRule}), or null when it has none
 */
public record RubricCondition(String id, String title, String description, List<Rule> rules, ConceptRule concept) {

    public RubricCondition {
        description = description == null ? "" : description;
        rules = List.copyOf(rules);
    }

    /** A condition judged by regex rules only. */
    public RubricCondition(String id, String title, String description, List<Rule> rules) {
        this(id, title, description, rules, null);
    }

    /** A condition without evidence rules: it can be reported and reviewed, but never gathers evidence. */
    public RubricCondition(String id, String title, String description) {
        this(id, title, description, List.of());
    }
}
