package org.briefingengine.assessment;

/** One condition of a rubric. */
public record RubricCondition(String id, String title, String description) {
}
