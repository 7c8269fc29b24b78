package org.briefingengine.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.briefingengine.week.IsoWeek;

/**
 * The options of {@code bench}.
 *
 * @param docs  corpus sizes to run, in order; more than one also reports linearity
 * @param dir   corpus folder (with several sizes, the parent of one folder per size); default target/bench/N
 * @param heap  the child JVM's {@code -Xmx}
 * @param rerun whether to time an unchanged re-run on the same database
 * @param floor whether to time the {@code rg} floor
 */
public record BenchOptions(List<Integer> docs, Optional<Path> dir, String heap, String week, boolean rerun, boolean floor) {

    static final String USAGE = """
            usage: briefing-engine bench [--docs=N[,N...]] [--dir=DIR] [--heap=256m] [--week=2022-W21] [--no-rerun] [--no-floor]

              --docs=N[,N]   documents to generate (default 10000); several sizes also report linearity
              --dir=DIR      corpus folder, reused when generated with the same N (default target/bench/N;
                             with several sizes, DIR/N)
              --heap=SIZE    -Xmx of the child JVM that runs the job (default 256m)
              --week=WEEK    ISO week of the briefing (default 2022-W21)
              --[no-]rerun   also time an unchanged re-run on the same database (default on)
              --[no-]floor   also time 'rg --no-unicode -c' over the corpus, the floor (default on)

            Writes a Markdown summary to stdout and to DIR/../bench-N.md.
            """;

    public static BenchOptions parse(List<String> args) {
        List<Integer> docs = List.of(10_000);
        Optional<Path> dir = Optional.empty();
        String heap = "256m";
        String week = "2022-W21";
        boolean rerun = true;
        boolean floor = true;
        for (String arg : args) {
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            String value = eq < 0 ? null : arg.substring(eq + 1);
            switch (name) {
                case "--docs" -> docs = sizes(required(name, value));
                case "--dir" -> dir = Optional.of(Path.of(required(name, value)));
                case "--heap" -> heap = heap(required(name, value));
                case "--week" -> week = IsoWeek.parse(required(name, value)).toString();
                case "--rerun" -> rerun = flag(name, value);
                case "--no-rerun" -> rerun = false;
                case "--floor" -> floor = flag(name, value);
                case "--no-floor" -> floor = false;
                default -> throw new IllegalArgumentException("unknown option '" + arg + "' (see 'bench --help')");
            }
        }
        return new BenchOptions(docs, dir, heap, week, rerun, floor);
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " needs a value, e.g. " + name + "=...");
        }
        return value;
    }

    private static List<Integer> sizes(String value) {
        List<Integer> sizes = new ArrayList<>();
        for (String part : value.split(",")) {
            try {
                int n = Integer.parseInt(part.strip().replace("_", ""));
                if (n < 1) {
                    throw new NumberFormatException();
                }
                sizes.add(n);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--docs takes positive whole numbers separated by commas, not '" + value + "'");
            }
        }
        return List.copyOf(sizes);
    }

    private static String heap(String value) {
        if (!value.matches("\\d+[kKmMgG]?")) {
            throw new IllegalArgumentException("--heap takes a size such as 256m, not '" + value + "'");
        }
        return value;
    }

    private static boolean flag(String name, String value) {
        if (value == null) {
            return true;
        }
        if (!Arrays.asList("true", "false").contains(value)) {
            throw new IllegalArgumentException(name + " takes true or false, not '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    /** The corpus folder for {@code n} documents, resolved against {@code home}. */
    public Path corpusDir(Path home, int n) {
        Path base = dir.map(home::resolve).orElse(home.resolve("target/bench"));
        boolean own = dir.isEmpty() || docs.size() > 1;
        return (own ? base.resolve(Integer.toString(n)) : base).toAbsolutePath().normalize();
    }
}
