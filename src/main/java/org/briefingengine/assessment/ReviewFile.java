package org.briefingengine.assessment;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The analyst review CSV of a job. {@code problems} lists rows that could not be applied (unknown condition,
 * unknown status), each naming the file, the line and the reason.
 */
public record ReviewFile(Map<String, Review> reviews, List<String> problems) {

    public static ReviewFile load(Path csv, Rubric rubric) {
        return new ReviewFile(Map.of(), List.of());
    }
}
