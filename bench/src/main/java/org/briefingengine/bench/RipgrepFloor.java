package org.briefingengine.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180Parser;
import com.opencsv.exceptions.CsvValidationException;

/**
 * The floor for reading and matching: how long {@code rg --no-unicode -c -F -e ALIAS ... DIR} takes to count the
 * mechanism aliases in the corpus. The aliases come from {@code templates/mechanisms.csv} (column {@code aliases},
 * separated by {@code |}) when the home folder has one.
 */
public final class RipgrepFloor {

    /** The advice shown when {@code rg} is not on the PATH. */
    public static final String INSTALL_HINT = "rg (ripgrep) is not on the PATH; install it with 'apt-get install -y ripgrep'";

    static final List<String> DEFAULT_PATTERNS = List.of("Special Rapporteur", "Human Rights Council", "CERD",
            "Committee against Torture", "High Commissioner", "Working Group on Arbitrary Detention",
            "Universal Periodic Review", "treaty bod");

    private static final int RUNS = 3;

    private RipgrepFloor() {
    }

    /** A floor measurement: the fastest of {@value #RUNS} runs, and how many patterns were searched. */
    public record Floor(Duration time, int patterns, String source) {
    }

    /** The patterns to search for, and where they came from. */
    public record Patterns(List<String> aliases, String source) {
    }

    /** The {@code rg} executable on the PATH, if any. */
    public static Optional<Path> locate() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(java.io.File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "rg"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** The aliases of {@code mechanisms.csv}, or {@link #DEFAULT_PATTERNS} when there is no such file or column. */
    public static Patterns patterns(Path mechanismsCsv) throws IOException {
        Patterns builtIn = new Patterns(DEFAULT_PATTERNS, "built-in list");
        if (!Files.isRegularFile(mechanismsCsv)) {
            return builtIn;
        }
        Set<String> aliases = new LinkedHashSet<>();
        try (Reader in = Files.newBufferedReader(mechanismsCsv, StandardCharsets.UTF_8);
             CSVReader csv = new CSVReaderBuilder(in).withCSVParser(new RFC4180Parser()).build()) {
            String[] header = csv.readNext();
            int column = header == null ? -1 : Arrays.asList(header).indexOf("aliases");
            if (column < 0) {
                return builtIn;
            }
            for (String[] row = csv.readNext(); row != null; row = csv.readNext()) {
                if (column < row.length) {
                    Arrays.stream(row[column].split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).forEach(aliases::add);
                }
            }
        } catch (CsvValidationException e) {
            throw new IOException("cannot read " + mechanismsCsv + ": " + e.getMessage(), e);
        }
        return aliases.isEmpty() ? builtIn : new Patterns(List.copyOf(aliases), "aliases of " + mechanismsCsv.getFileName());
    }

    /** Times {@code rg} over {@code dir}, {@value #RUNS} times, and keeps the fastest. */
    public static Floor measure(Path rg, Patterns patterns, Path dir) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(rg.toString(), "--no-unicode", "-c", "-F"));
        patterns.aliases().forEach(p -> command.addAll(List.of("-e", p)));
        command.add(dir.toString());
        Duration best = null;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int exit = process.waitFor();
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            if (exit > 1) {
                throw new IOException("rg exited with " + exit + ": " + String.join(" ", command.subList(0, 4)) + " ... " + dir);
            }
            best = best == null || took.compareTo(best) < 0 ? took : best;
        }
        return new Floor(best, patterns.aliases().size(), patterns.source());
    }
}
