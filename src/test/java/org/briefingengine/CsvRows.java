package org.briefingengine;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.opencsv.CSVReaderHeaderAware;

/** Reads an exported CSV back with OpenCSV, as a list of rows keyed by header. */
public final class CsvRows {

    private CsvRows() {
    }

    public static List<Map<String, String>> read(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVReaderHeaderAware reader = new CSVReaderHeaderAware(in)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (Map<String, String> row = reader.readMap(); row != null; row = reader.readMap()) {
                rows.add(row);
            }
            return rows;
        }
    }
}
