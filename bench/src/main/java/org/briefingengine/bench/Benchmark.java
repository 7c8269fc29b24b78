package org.briefingengine.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code bench} command: generates a synthetic corpus and times the weekly job on it, in a child JVM with a
 * small heap; then an unchanged re-run and the {@code rg} floor. Exit code 0 when every run succeeded, 1 when one
 * failed (the summary says how), 2 for a bad command line: the engine's own exit codes.
 *
 * <p>With {@code --against=DIR} it compares this build with a reference build instead ({@link Comparison}): both
 * alternately, pair by pair, with the ratios of issue 21 ({@link ComparisonReport}); the summary's table then shows
 * this build's runs of the first pair.
 *
 * <p>Built apart from the engine ({@code bench/}); {@code bin/briefing-engine bench} builds and starts it. It runs
 * the engine's jar, {@code target/briefing-engine.jar} under the engine's home folder ({@code -Dbriefing.home},
 * else the working directory).
 */
public final class Benchmark {

    static final int SUCCESS = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;

    private Benchmark() {
    }

    public static void main(String[] args) {
        String home = System.getProperty("briefing.home", "");
        System.exit(run(Path.of(home.isBlank() ? "" : home).toAbsolutePath(), List.of(args), System.out, System.err));
    }

    public static int run(Path home, List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help") || args.contains("-h")) {
            out.print(BenchOptions.USAGE);
            return SUCCESS;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("briefing-engine: bench: " + e.getMessage());
            return USAGE;
        }
        Path jar = home.resolve(BenchmarkRun.JAR);
        if (!Files.isRegularFile(jar)) {
            err.println("briefing-engine: bench: cannot find the engine jar " + jar
                    + "; build it with 'mvn -q -B package -DskipTests'");
            return FAILURE;
        }
        Optional<Path> against = options.againstDir(home);
        if (against.isPresent() && !Files.isRegularFile(against.get().resolve(BenchmarkRun.JAR))) {
            err.println("briefing-engine: bench: cannot find the reference build's jar " + against.get().resolve(BenchmarkRun.JAR)
                    + "; make the reference a git worktree and build it, e.g. 'git worktree add ../ref 3295a42 && "
                    + "(cd ../ref && mvn -q -B package -DskipTests)', then --against=../ref");
            return FAILURE;
        }
        try {
            String command = String.join(" ", prepend("bin/briefing-engine bench", args));
            SyntheticCorpus corpus = new SyntheticCorpus(SyntheticCorpus.sampleSentences(home.resolve("input")),
                    SyntheticCorpus.DOCUMENT_BYTES, SyntheticCorpus.SEED);
            BenchmarkRun runner = new BenchmarkRun(jar, home, options.heap());
            Machine machine = Machine.current();
            List<BenchResult> results = new ArrayList<>();
            for (int n : options.docs()) {
                BenchResult result = measure(n, options, corpus, runner, command, home, out);
                String md = BenchReport.markdown(machine, result);
                Path summary = options.corpusDir(home, n).resolveSibling("bench-" + n + ".md");
                Files.writeString(summary, md, StandardCharsets.UTF_8);
                out.println();
                out.print(md);
                out.println();
                out.println("(written to " + summary + ")");
                results.add(result);
            }
            if (results.size() > 1) {
                out.println();
                out.print(BenchReport.linearity(results));
            }
            return results.stream().allMatch(BenchResult::succeeded) ? SUCCESS : FAILURE;
        } catch (IOException e) {
            err.println("briefing-engine: bench: " + e.getMessage());
            return FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("briefing-engine: bench: interrupted");
            return FAILURE;
        }
    }

    private static BenchResult measure(int n, BenchOptions options, SyntheticCorpus corpus, BenchmarkRun runner,
                                       String command, Path home, PrintStream out) throws IOException, InterruptedException {
        Path dir = options.corpusDir(home, n);
        out.printf("bench: corpus of %,d documents in %s ...%n", n, dir);
        SyntheticCorpus.Summary summary = corpus.ensure(dir, n);
        out.printf("bench: %s %.1f MB%n", summary.reused() ? "reused" : "generated", summary.bytes() / 1e6);
        // A comparison stopped during a weekly run may have left the new week's documents behind.
        Folders.delete(dir.resolve(Comparison.NEW_FOLDER));
        if (options.againstDir(home).isPresent()) {
            return compare(n, options, corpus, summary, command, home, out);
        }
        Path work = dir.resolveSibling(dir.getFileName() + "-run");
        Folders.delete(work);
        Path output = work.resolve("output");
        Path db = work.resolve("db").resolve("bench");
        out.printf("bench: full run (child JVM -Xmx%s, log in %s) ...%n", options.heap(), work.resolve("logs"));
        ChildRun full = runner.run("full", dir, output, db, options.week(), work.resolve("logs"));
        out.printf("bench: full run exit %d in %s%n", full.exitCode(), BenchReport.seconds(full.wall()));
        Optional<ChildRun> rerun = Optional.empty();
        if (options.rerun() && full.succeeded()) {
            out.println("bench: unchanged re-run ...");
            rerun = Optional.of(runner.run("rerun", dir, output, db, options.week(), work.resolve("logs")));
            out.printf("bench: re-run exit %d in %s%n", rerun.get().exitCode(), BenchReport.seconds(rerun.get().wall()));
        } else if (options.rerun()) {
            out.println("bench: re-run skipped: the full run failed");
        }
        FloorResult floor = floor(options, home, dir, out);
        return new BenchResult(command, options.week(), options.heap(), summary, full, rerun, floor.floor(), floor.note());
    }

    /**
     * {@code --against}: this build against the reference build, pair by pair; the summary's table shows this
     * build's runs of the first pair.
     */
    private static BenchResult compare(int n, BenchOptions options, SyntheticCorpus corpus, SyntheticCorpus.Summary summary,
                                       String command, Path home, PrintStream out) throws IOException, InterruptedException {
        Path dir = options.corpusDir(home, n);
        Path referenceHome = options.againstDir(home).orElseThrow();
        BenchmarkRun referenceRun = BenchmarkRun.forHome(referenceHome, options.heap(), options.start(), options.java());
        BenchmarkRun currentRun = BenchmarkRun.forHome(home, options.heap(), options.start(), options.java());
        Comparison.Build reference = new Comparison.Build(referenceHome, version(referenceHome), referenceRun.startedAs());
        Comparison.Build current = new Comparison.Build(home, version(home), currentRun.startedAs());
        Path work = dir.resolveSibling(dir.getFileName() + "-against");
        Comparison.NewDocuments newDocuments = Comparison.weekDocuments(corpus, dir, work.resolveSibling(
                work.getFileName() + "-new"), Comparison.newDocumentCount(n), BenchOptions.monday(BenchOptions.nextWeek(options.week())));
        out.printf("bench: against %s (%s, %s) and this build (%s, %s), %d pair%s, logs in %s%n", referenceHome,
                reference.version(), reference.startedAs(), current.version(), current.startedAs(), options.pairs(),
                options.pairs() == 1 ? "" : "s", work);
        Comparison.Result result;
        Thread cleanUp = new Thread(() -> {
            try {
                newDocuments.remove();
            } catch (IOException e) {
                // the next bench run removes them
            }
        });
        Runtime.getRuntime().addShutdownHook(cleanUp);
        try {
            result = new Comparison(reference, referenceRun, current, currentRun, dir, n, work, options.week(),
                    options.heap(), options.pairs(), newDocuments, out).run();
        } finally {
            newDocuments.remove();
            try {
                Runtime.getRuntime().removeShutdownHook(cleanUp);
            } catch (IllegalStateException e) {
                // shutting down: the hook runs anyway
            }
        }
        Comparison.Sequence first = result.pairs().get(0).current();
        FloorResult floor = floor(options, home, dir, out);
        return new BenchResult(command, options.week(), options.heap(), summary, first.full(), first.rerun(), floor.floor(),
                floor.note(), Optional.of(result));
    }

    /** The floor, or why there is none. */
    private record FloorResult(Optional<RipgrepFloor.Floor> floor, String note) {
    }

    private static FloorResult floor(BenchOptions options, Path home, Path dir, PrintStream out) throws InterruptedException {
        Optional<RipgrepFloor.Floor> floor = Optional.empty();
        String floorNote = "--no-floor";
        if (options.floor()) {
            Optional<Path> rg = RipgrepFloor.locate();
            if (rg.isPresent()) {
                try {
                    RipgrepFloor.Patterns patterns = RipgrepFloor.patterns(home.resolve("templates/mechanisms.csv"));
                    floor = Optional.of(RipgrepFloor.measure(rg.get(), patterns, dir));
                } catch (IOException e) {
                    floorNote = e.getMessage();
                    out.println("bench: floor not measured: " + floorNote);
                }
            } else {
                floorNote = RipgrepFloor.INSTALL_HINT;
                out.println("bench: " + floorNote);
            }
        }
        return new FloorResult(floor, floorNote);
    }

    /** The git commit of {@code home} ({@code -dirty} when its tracked files changed), or "version unknown". */
    static String version(Path home) {
        try {
            Process git = new ProcessBuilder("git", "-C", home.toString(), "describe", "--always", "--dirty", "--abbrev=7")
                    .redirectErrorStream(true).start();
            String text = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor() == 0 && !text.isEmpty() && !text.contains("\n") ? text : "version unknown";
        } catch (IOException e) {
            return "version unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "version unknown";
        }
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
