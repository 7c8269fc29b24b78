package org.briefingengine.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * This build against a reference build, back to back on the same corpus (issue 21): {@code pairs} pairs, the
 * reference first in each (A B A B). Per build and pair, in its own folder:
 * <ol>
 * <li>a run over an empty input folder, on a fresh database: the fixed cost;</li>
 * <li>the full run over the corpus, on a fresh database;</li>
 * <li>an unchanged re-run on that database (a copy of it as the full run left it is made first, for the weekly run);</li>
 * <li>the weekly run: the next ISO week, with the new documents of that week added to the corpus, on a copy of the
 * database as the full run left it; the new documents are removed again afterwards, whatever happened.</li>
 * </ol>
 * When the full run fails there is nothing to re-run: the re-run and the weekly run are left out. Before the
 * pairs, each build makes one untimed run over an empty folder, which also prepares a launcher's start-up cache.
 */
public final class Comparison {

    /** The corpus subfolder that holds the new week's documents during a weekly run. */
    public static final String NEW_FOLDER = "bench-new-week";

    /** A build: its home folder, its version (a git commit) and how it is started. */
    public record Build(Path home, String version, String startedAs) {
    }

    /** The runs of one build in one pair; the re-run and the weekly run are empty when the full run failed. */
    public record Sequence(ChildRun empty, ChildRun full, Optional<ChildRun> rerun, Optional<ChildRun> weekly) {

        boolean succeeded() {
            return empty.succeeded() && full.succeeded() && rerun.map(ChildRun::succeeded).orElse(false)
                    && weekly.map(ChildRun::succeeded).orElse(false);
        }
    }

    /** One pair: the reference's runs, then this build's. */
    public record Pair(int number, Sequence reference, Sequence current) {
    }

    /**
     * Everything measured.
     *
     * @param nextWeek     the week of the weekly run
     * @param newDocuments how many documents that week brings
     */
    public record Result(Build reference, Build current, int documents, String week, String nextWeek, int newDocuments,
                         String heap, List<Pair> pairs) {

        public boolean succeeded() {
            return pairs.stream().allMatch(p -> p.reference().succeeded() && p.current().succeeded());
        }
    }

    /** The documents a new week brings: added to the corpus for the weekly run, removed afterwards. */
    public interface NewDocuments {

        int count();

        void add() throws IOException;

        void remove() throws IOException;
    }

    private final Build reference;
    private final JobRun referenceRun;
    private final Build current;
    private final JobRun currentRun;
    private final Path corpus;
    private final int documents;
    private final Path work;
    private final String week;
    private final String heap;
    private final int pairs;
    private final NewDocuments newDocuments;
    private final PrintStream progress;

    /**
     * @param corpus the corpus folder, of {@code documents} documents
     * @param work   a folder of the comparison's own, emptied first
     */
    public Comparison(Build reference, JobRun referenceRun, Build current, JobRun currentRun, Path corpus, int documents,
                      Path work, String week, String heap, int pairs, NewDocuments newDocuments, PrintStream progress) {
        this.reference = reference;
        this.referenceRun = referenceRun;
        this.current = current;
        this.currentRun = currentRun;
        this.corpus = corpus;
        this.documents = documents;
        this.work = work;
        this.week = week;
        this.heap = heap;
        this.pairs = pairs;
        this.newDocuments = newDocuments;
        this.progress = progress;
    }

    /** How many documents a new week brings to a corpus of {@code documents}: one in a hundred, at least one. */
    public static int newDocumentCount(int documents) {
        return Math.max(1, documents / 100);
    }

    public Result run() throws IOException, InterruptedException {
        String nextWeek = BenchOptions.nextWeek(week);
        Folders.delete(work);
        Files.createDirectories(work);
        Path empty = Files.createDirectories(work.resolve("empty-input"));
        warmUp("reference", referenceRun, empty);
        warmUp("this build", currentRun, empty);
        List<Pair> done = new ArrayList<>();
        for (int pair = 1; pair <= pairs; pair++) {
            Sequence ref = sequence(pair, "reference", referenceRun, empty, nextWeek);
            Sequence cur = sequence(pair, "this build", currentRun, empty, nextWeek);
            done.add(new Pair(pair, ref, cur));
        }
        return new Result(reference, current, documents, week, nextWeek, newDocuments.count(), heap, List.copyOf(done));
    }

    private void warmUp(String name, JobRun runner, Path empty) throws IOException, InterruptedException {
        Path dir = work.resolve("warm-up-" + folder(name));
        progress.printf("bench: warm-up, %s: empty folder, untimed ...%n", name);
        ChildRun run = runner.run("warm-up", empty, dir.resolve("output"), dir.resolve("db").resolve("bench"), week,
                dir.resolve("logs"));
        if (!run.succeeded()) {
            progress.printf("bench: warm-up, %s: exit %d (log: %s)%n", name, run.exitCode(), run.log());
        }
        Folders.delete(dir.resolve("db"));
    }

    private Sequence sequence(int pair, String name, JobRun runner, Path empty, String nextWeek)
            throws IOException, InterruptedException {
        Path dir = work.resolve("pair" + pair + "-" + folder(name));
        Path logs = dir.resolve("logs");
        Path output = dir.resolve("output");
        String what = "pair " + pair + "/" + pairs + ", " + name + ": ";
        try {
            progress.printf("bench: %sempty folder ...%n", what);
            ChildRun emptyRun = report(what, runner.run(RunKind.EMPTY.label, empty, dir.resolve("empty-output"),
                    dir.resolve("empty-db").resolve("bench"), week, logs));
            progress.printf("bench: %sfull run of %,d documents ...%n", what, documents);
            ChildRun full = report(what, runner.run(RunKind.FULL.label, corpus, output, dir.resolve("db").resolve("bench"), week, logs));
            if (!full.succeeded()) {
                progress.printf("bench: %sno re-run and no weekly run: the full run failed%n", what);
                return new Sequence(emptyRun, full, Optional.empty(), Optional.empty());
            }
            Folders.copy(dir.resolve("db"), dir.resolve("db-weekly")); // the weekly run's, as the full run left it
            progress.printf("bench: %sunchanged re-run ...%n", what);
            ChildRun rerun = report(what, runner.run(RunKind.RERUN.label, corpus, output, dir.resolve("db").resolve("bench"), week, logs));
            progress.printf("bench: %sweekly run %s, %,d new documents ...%n", what, nextWeek, newDocuments.count());
            ChildRun weekly;
            newDocuments.add();
            try {
                weekly = report(what, runner.run(RunKind.WEEKLY.label, corpus, output, dir.resolve("db-weekly").resolve("bench"),
                        nextWeek, logs));
            } finally {
                newDocuments.remove();
            }
            return new Sequence(emptyRun, full, Optional.of(rerun), Optional.of(weekly));
        } finally {
            // The databases are the bulk of it; outputs and logs stay for a look.
            for (String db : List.of("empty-db", "db", "db-weekly")) {
                Folders.delete(dir.resolve(db));
            }
        }
    }

    private ChildRun report(String what, ChildRun run) {
        progress.printf("bench: %s%s exit %d in %s%s%n", what, run.label(), run.exitCode(), BenchReport.seconds(run.wall()),
                run.succeeded() ? "" : run.outOfHeap() ? " (FAILED: out of heap; log: " + run.log() + ")"
                        : " (FAILED; log: " + run.log() + ")");
        return run;
    }

    private static String folder(String name) {
        return name.equals("reference") ? "reference" : "this";
    }

    /**
     * The new week's documents of a synthetic corpus: generated once into {@code staging}, copied into the corpus's
     * {@link #NEW_FOLDER} by {@link NewDocuments#add} and removed by {@link NewDocuments#remove}.
     */
    public static NewDocuments weekDocuments(SyntheticCorpus generator, Path corpus, Path staging, int count, LocalDate monday)
            throws IOException {
        Folders.delete(staging);
        generator.generateWeek(staging, count, monday);
        Path target = corpus.resolve(NEW_FOLDER);
        return new NewDocuments() {
            @Override
            public int count() {
                return count;
            }

            @Override
            public void add() throws IOException {
                Folders.copy(staging, target);
            }

            @Override
            public void remove() throws IOException {
                Folders.delete(target);
            }
        };
    }
}
