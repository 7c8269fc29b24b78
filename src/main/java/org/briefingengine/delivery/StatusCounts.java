package org.briefingengine.delivery;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import org.briefingengine.assessment.Status;

/**
 * Conditions per status, counted from the published {@code assessments.csv} (its {@code status} column, the status
 * after analyst review): the mail says what the run's own outputs say.
 */
record StatusCounts(Map<Status, Integer> counts) {

    static final String FILE = "assessments.csv";

    StatusCounts {
        counts = Map.copyOf(counts);
    }

    static StatusCounts read(Path outputs) throws IOException {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0);
        }
        try (Reader in = Files.newBufferedReader(outputs.resolve(FILE), StandardCharsets.UTF_8);
             CSVReader csv = new CSVReader(in)) {
            String[] header = csv.readNext();
            int column = header == null ? -1 : List.of(header).indexOf("status");
            if (column < 0) {
                throw new IOException(outputs.resolve(FILE) + " has no 'status' column");
            }
            String[] row;
            while ((row = csv.readNext()) != null) {
                if (row.length > column) {
                    counts.merge(Status.valueOf(row[column].strip()), 1, Integer::sum);
                }
            }
        } catch (CsvValidationException | IllegalArgumentException e) {
            throw new IOException("cannot read " + outputs.resolve(FILE) + ": " + e.getMessage(), e);
        }
        return new StatusCounts(counts);
    }

    int conditions() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    int of(Status status) {
        return counts.getOrDefault(status, 0);
    }

    /** E.g. {@code MET 2, PARTLY_MET 1, NOT_MET 0, CONTESTED 1, NO_EVIDENCE 5}, in the order of {@link Status}. */
    String line() {
        return java.util.Arrays.stream(Status.values()).map(s -> s + " " + of(s)).collect(Collectors.joining(", "));
    }
}
