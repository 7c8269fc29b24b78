package org.briefingengine.citation;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;

/**
 * Reads the mechanism catalogue CSV (format in {@code templates/mechanisms.md}). RFC 4180 parsing, so backslashes
 * in regex cells are kept as written. Every bad row fails with the file and line in the message.
 */
final class CatalogueCsvReader {

    static final Set<String> FAMILIES = Set.of("CHARTER", "TREATY", "SECRETARIAT", "SPECIALIZED");
    private static final List<String> REQUIRED = List.of("code", "family", "name");

    private CatalogueCsvReader() {
    }

    static List<MechanismRule> read(Path csv) {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVReader reader = new CSVReaderBuilder(in).withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            String[] header = reader.readNext();
            if (header == null) {
                throw bad(csv, 1, "empty catalogue, expected a header row");
            }
            Map<String, Integer> columns = columns(csv, header);
            List<MechanismRule> rules = new ArrayList<>();
            Set<String> codes = new HashSet<>();
            String[] row;
            while ((row = reader.readNext()) != null) {
                long line = reader.getLinesRead();
                if (Arrays.stream(row).allMatch(String::isBlank)) {
                    continue;
                }
                MechanismRule rule = rule(csv, line, row, columns);
                if (!codes.add(rule.code())) {
                    throw bad(csv, line, "duplicate code " + rule.code());
                }
                rules.add(rule);
            }
            return rules;
        } catch (IOException | CsvValidationException e) {
            throw new IllegalArgumentException("Cannot read mechanism catalogue " + csv + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Integer> columns(Path csv, String[] header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
            columns.put(header[i].strip().replace("\uFEFF", "").toLowerCase(), i);
        }
        for (String name : REQUIRED) {
            if (!columns.containsKey(name)) {
                throw bad(csv, 1, "missing column " + name + " in header " + Arrays.toString(header));
            }
        }
        return columns;
    }

    private static MechanismRule rule(Path csv, long line, String[] row, Map<String, Integer> columns) {
        String code = cell(row, columns, "code");
        String family = cell(row, columns, "family").toUpperCase();
        String name = cell(row, columns, "name");
        if (code.isEmpty() || name.isEmpty()) {
            throw bad(csv, line, "code and name are required");
        }
        if (!FAMILIES.contains(family)) {
            throw bad(csv, line, "family '" + family + "' is not one of " + FAMILIES);
        }
        String pattern = cell(row, columns, "patterns");
        String exclusion = cell(row, columns, "exclusions");
        checkRegex(csv, line, "patterns", pattern);
        checkRegex(csv, line, "exclusions", exclusion);
        Set<ReferenceKind> kinds = EnumSet.noneOf(ReferenceKind.class);
        for (String kind : split(cell(row, columns, "references"))) {
            kinds.add(ReferenceKind.fromCsv(kind).orElseThrow(() -> bad(csv, line,
                    "unknown reference kind '" + kind + "' (use communications, resolutions, outputs or conventions)")));
        }
        return new MechanismRule(new Mechanism(code, family, name), aliases(row, columns),
                pattern, exclusion, split(cell(row, columns, "symbols")), kinds);
    }

    /** {@code aliases}, then every per-language column ({@code aliases_fr}, {@code aliases_zh} ...) in file order. */
    private static List<String> aliases(String[] row, Map<String, Integer> columns) {
        List<String> aliases = new ArrayList<>();
        for (String column : columns.keySet()) {
            if (column.equals("aliases") || column.startsWith("aliases_")) {
                split(cell(row, columns, column)).stream().filter(a -> !aliases.contains(a)).forEach(aliases::add);
            }
        }
        return aliases;
    }

    private static void checkRegex(Path csv, long line, String column, String regex) {
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw bad(csv, line, "invalid regex in " + column + ": " + e.getDescription() + " in " + regex);
        }
    }

    private static String cell(String[] row, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        return i == null || i >= row.length ? "" : row[i].strip();
    }

    private static List<String> split(String cell) {
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static IllegalArgumentException bad(Path csv, long line, String reason) {
        return new IllegalArgumentException("Bad mechanism catalogue " + csv + " line " + line + ": " + reason);
    }
}
