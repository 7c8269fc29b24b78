package org.briefingengine.assessment;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;

/**
 * The analyst review CSV of a job (columns condition,status,note,reviewer; header row required; documented in
 * {@code templates/standards/README.md}). {@code problems} lists rows that could not be applied (unknown condition,
 * unknown status, repeated condition), each naming the file, the line and the reason. A bad row never throws.
 */
public record ReviewFile(Map<String, Review> reviews, List<String> problems) {

    public static final List<String> COLUMNS = List.of("condition", "status", "note", "reviewer");

    public ReviewFile {
        reviews = Map.copyOf(reviews);
        problems = List.copyOf(problems);
    }

    /** Reads the review file of a job; a missing file means no reviews. */
    public static ReviewFile load(Path csv, Rubric rubric) {
        if (csv == null || !Files.exists(csv)) {
            return new ReviewFile(Map.of(), List.of());
        }
        Map<String, Review> reviews = new LinkedHashMap<>();
        Map<String, Long> lineOf = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CSVReader reader = new CSVReader(in)) {
            String[] header = reader.readNext();
            List<String> columns = header == null ? List.of()
                    : Arrays.stream(header).map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)).toList();
            if (!columns.containsAll(COLUMNS.subList(0, 2))) {
                problems.add(csv + " line 1: header must name the columns " + String.join(",", COLUMNS));
                return new ReviewFile(reviews, problems);
            }
            long line = reader.getLinesRead();
            String[] row;
            while ((row = reader.readNext()) != null) {
                long rowLine = line + 1;
                line = reader.getLinesRead();
                if (Arrays.stream(row).allMatch(String::isBlank)) {
                    continue;
                }
                String condition = cell(row, columns, "condition");
                String status = cell(row, columns, "status");
                String where = csv + " line " + rowLine + ": ";
                if (rubric.condition(condition).isEmpty()) {
                    problems.add(where + "unknown condition '" + condition + "' in rubric " + rubric.id());
                } else if (parseStatus(status) == null) {
                    problems.add(where + "unknown status '" + status + "' (expected one of "
                            + Arrays.toString(Status.values()) + ")");
                } else {
                    Long earlier = lineOf.put(condition, rowLine);
                    if (earlier != null) {
                        problems.add(where + "condition '" + condition + "' already reviewed on line " + earlier
                                + "; this later row applies");
                    }
                    reviews.put(condition, new Review(condition, parseStatus(status), cell(row, columns, "note"),
                            cell(row, columns, "reviewer")));
                }
            }
        } catch (IOException | CsvException e) {
            problems.add(csv + ": cannot read: " + e.getMessage());
        }
        return new ReviewFile(reviews, problems);
    }

    /** The review for a condition, or {@code null}. */
    public Review review(String condition) {
        return reviews.get(condition);
    }

    /** A status written as in the enum, case-insensitive, with spaces or hyphens for underscores; else null. */
    static Status parseStatus(String value) {
        String name = value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(Status.values()).filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    private static String cell(String[] row, List<String> columns, String column) {
        int i = columns.indexOf(column);
        return i >= 0 && i < row.length ? row[i].strip() : "";
    }
}
