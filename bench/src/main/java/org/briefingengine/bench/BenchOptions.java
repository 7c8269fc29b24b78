package org.briefingengine.bench;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The options of {@code bench}.
 *
 * @param docs  corpus sizes to run, in order; more than one also reports linearity
 * @param dir   corpus folder (with several sizes, the parent of one folder per size); default target/bench/N
 * @param heap  the child JVM's {@code -Xmx}
 * @param rerun   whether to time an unchanged re-run on the same database
 * @param floor   whether to time the {@code rg} floor
 * @param against the home folder of a reference build to compare with, as given (relative to the engine's home)
 * @param pairs   how many reference/this-build pairs to run with {@code against}
 * @param start   how each build is started with {@code against}
 * @param java    which Java each build runs on with {@code against}
 */
public record BenchOptions(List<Integer> docs, Optional<Path> dir, String heap, String week, boolean rerun, boolean floor,
                           Optional<Path> against, int pairs, Start start, JavaChoice java) {

    /** How a build is started in a comparison. */
    public enum Start {
        /** As its home folder starts it: its {@code bin/briefing-engine} if it has one, else {@code java -jar}. */
        USER,
        /** {@code java -jar target/briefing-engine.jar} from its home folder, for both builds. */
        JAR
    }

    /** Which Java each build runs on in a comparison. */
    public enum JavaChoice {
        /** The bench's own Java, for both builds: the ratios then measure the builds alone. */
        SAME,
        /**
         * The Java each build's users get: the launcher picks its own (a Java 25 if there is one), and
         * {@code java -jar} runs the {@code java} on the PATH. The ratios then measure what a user sees.
         */
        OWN
    }

    /** The default number of pairs. */
    static final int PAIRS = 2;

    /** The options without a comparison, as before {@code --against}. */
    public BenchOptions(List<Integer> docs, Optional<Path> dir, String heap, String week, boolean rerun, boolean floor) {
        this(docs, dir, heap, week, rerun, floor, Optional.empty(), PAIRS, Start.USER, JavaChoice.SAME);
    }

    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-[Ww](\\d{2})");

    static final String USAGE = """
            usage: briefing-engine bench [--docs=N[,N...]] [--dir=DIR] [--heap=256m] [--week=2022-W21] [--no-rerun] [--no-floor]
                                         [--against=DIR [--pairs=2] [--start=user|jar] [--java=same|own]]

              --docs=N[,N]   documents to generate (default 10000); several sizes also report linearity
              --dir=DIR      corpus folder, reused when generated with the same N (default target/bench/N;
                             with several sizes, DIR/N)
              --heap=SIZE    -Xmx of the child JVM that runs the job (default 256m)
              --week=WEEK    ISO week of the briefing (default 2022-W21)
              --[no-]rerun   also time an unchanged re-run on the same database (default on)
              --[no-]floor   also time 'rg --no-unicode -c' over the corpus, the floor (default on)
              --against=DIR  also compare with a reference build: DIR is its home folder (relative paths from the
                             engine's home), with its jar built, e.g. issue 21's reference 3295a42:
                               git worktree add ../ref 3295a42 && (cd ../ref && mvn -q -B package -DskipTests)
                             Runs both builds alternately, reference first (A B A B), each with the same heap
                             and child JVM options (and the same Java, unless --java=own); per build and pair: a
                             run over an empty folder, the full run (fresh database), an unchanged re-run, and the
                             weekly run: the next ISO week after --week with N/100 new documents dated in it, on
                             the database as the full run left it.
                             Reports the wall times and the ratios this build / reference against issue 21's
                             targets (empty folder <= 0.3x, re-run <= 0.4x, weekly run <= 0.5x the reference's
                             re-run, full run within 5%)
              --pairs=K      reference/this-build pairs to run with --against (default 2)
              --start=HOW    with --against, how each build is started: 'user' (default) as its home folder
                             starts it, bin/briefing-engine if it has one (launcher, start-up cache), else
                             java -jar target/briefing-engine.jar; 'jar': java -jar for both
              --java=WHICH   with --against, which Java: 'same' (default) the bench's own for both builds;
                             'own' the one each build's users get: the launcher's own choice (a Java 25 when
                             there is one), and for java -jar the 'java' on the PATH

            Writes a Markdown summary to stdout and to DIR/../bench-N.md.
            """;

    public static BenchOptions parse(List<String> args) {
        List<Integer> docs = List.of(10_000);
        Optional<Path> dir = Optional.empty();
        String heap = "256m";
        String week = "2022-W21";
        boolean rerun = true;
        boolean floor = true;
        Optional<Path> against = Optional.empty();
        Optional<Integer> pairs = Optional.empty();
        Optional<Start> start = Optional.empty();
        Optional<JavaChoice> java = Optional.empty();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            String value = eq < 0 ? null : arg.substring(eq + 1);
            switch (name) {
                case "--docs" -> docs = sizes(required(name, value));
                case "--dir" -> dir = Optional.of(Path.of(required(name, value)));
                case "--heap" -> heap = heap(required(name, value));
                case "--week" -> week = week(required(name, value));
                case "--rerun" -> rerun = flag(name, value);
                case "--no-rerun" -> rerun = false;
                case "--floor" -> floor = flag(name, value);
                case "--no-floor" -> floor = false;
                case "--against" -> against = Optional.of(Path.of(required(name, value)));
                case "--pairs" -> pairs = Optional.of(pairs(required(name, value)));
                case "--start" -> start = Optional.of(start(required(name, value)));
                case "--java" -> java = Optional.of(java(required(name, value)));
                default -> throw new IllegalArgumentException("unknown option '" + arg + "' (see 'bench --help')");
            }
        }
        if (against.isEmpty() && (pairs.isPresent() || start.isPresent() || java.isPresent())) {
            throw new IllegalArgumentException((pairs.isPresent() ? "--pairs" : start.isPresent() ? "--start" : "--java")
                    + " needs --against=DIR, the reference build to compare with");
        }
        if (against.isPresent() && !rerun) {
            throw new IllegalArgumentException("--against times the unchanged re-run of both builds; drop --no-rerun");
        }
        return new BenchOptions(docs, dir, heap, week, rerun, floor, against, pairs.orElse(PAIRS), start.orElse(Start.USER),
                java.orElse(JavaChoice.SAME));
    }

    private static int pairs(String value) {
        try {
            int k = Integer.parseInt(value.strip());
            if (k >= 1) {
                return k;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--pairs takes a whole number of 1 or more, not '" + value + "'");
    }

    private static Start start(String value) {
        return switch (value.strip()) {
            case "user" -> Start.USER;
            case "jar" -> Start.JAR;
            default -> throw new IllegalArgumentException("--start takes 'user' or 'jar', not '" + value + "'");
        };
    }

    private static JavaChoice java(String value) {
        return switch (value.strip()) {
            case "same" -> JavaChoice.SAME;
            case "own" -> JavaChoice.OWN;
            default -> throw new IllegalArgumentException("--java takes 'same' or 'own', not '" + value + "'");
        };
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

    /** An ISO week such as {@code 2022-W21}, with the engine's messages ({@code IsoWeek.parse}). */
    static String week(String value) {
        Matcher m = ISO_WEEK.matcher(value.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("week '" + value + "' is not an ISO week like 2022-W21");
        }
        int year = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        long weeksInYear = LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (week < 1 || week > weeksInYear) {
            throw new IllegalArgumentException(year + " has no ISO week " + week + " (1-" + weeksInYear + ")");
        }
        return String.format("%04d-W%02d", year, week);
    }

    /** The Monday of an ISO week such as {@code 2022-W21}. */
    static LocalDate monday(String week) {
        String w = week(week);
        return LocalDate.of(Integer.parseInt(w.substring(0, 4)), 6, 1)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(w.substring(6)))
                .with(DayOfWeek.MONDAY);
    }

    /** The ISO week after {@code week}: {@code 2022-W52} is followed by {@code 2023-W01}. */
    static String nextWeek(String week) {
        LocalDate next = monday(week).plusWeeks(1);
        return String.format("%04d-W%02d", next.get(IsoFields.WEEK_BASED_YEAR), next.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
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

    /** The reference build's home folder, resolved against {@code home}. */
    public Optional<Path> againstDir(Path home) {
        return against.map(a -> home.resolve(a).toAbsolutePath().normalize());
    }

    /** The corpus folder for {@code n} documents, resolved against {@code home}. */
    public Path corpusDir(Path home, int n) {
        Path base = dir.map(home::resolve).orElse(home.resolve("target/bench"));
        boolean own = dir.isEmpty() || docs.size() > 1;
        return (own ? base.resolve(Integer.toString(n)) : base).toAbsolutePath().normalize();
    }
}
