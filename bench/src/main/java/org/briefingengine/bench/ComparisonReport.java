package org.briefingengine.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Formats a {@link Comparison.Result} as Markdown: per pair the wall times of both builds and the ratios this build /
 * reference, then one line per target of issue 21 with its limit and whether it was met. A ratio needs both runs to
 * have succeeded; otherwise the line says which run failed and how (out of heap, say), and gives no ratio.
 */
public final class ComparisonReport {

    /**
     * A target of issue 21: this build's {@code current} run over the reference's {@code reference} run, at most
     * {@code limit}. Runs are named by their labels: empty, full, rerun, weekly.
     */
    record Target(String row, String summary, double limit, RunKind reference, RunKind current) {

        /** Whether the ratio is taken against another kind of run than this build's. */
        boolean crossRun() {
            return reference != current;
        }

        /** The target as the summary states it: "≤ 0.3×", "within 5% (≤ 1.05×)", "≤ 0.5× the reference's …". */
        String limitText() {
            String bound = "≤ " + BigDecimal.valueOf(limit).stripTrailingZeros().toPlainString() + "×";
            if (limit > 1) {
                return String.format(Locale.ROOT, "within %d%% (%s)", Math.round((limit - 1) * 100), bound);
            }
            return crossRun() ? bound + " the reference's " + reference.description : bound;
        }
    }

    static final double EMPTY_LIMIT = 0.3;
    static final double RERUN_LIMIT = 0.4;
    static final double WEEKLY_LIMIT = 0.5;
    static final double FULL_LIMIT = 1.05;

    private ComparisonReport() {
    }

    static List<Target> targets(Comparison.Result r) {
        String docs = String.format(Locale.ROOT, "%,d documents", r.documents());
        return List.of(
                new Target("Empty folder", "Empty folder (fresh database, every output written)", EMPTY_LIMIT,
                        RunKind.EMPTY, RunKind.EMPTY),
                new Target("Unchanged re-run", "Unchanged re-run of " + docs, RERUN_LIMIT, RunKind.RERUN, RunKind.RERUN),
                new Target(String.format(Locale.ROOT, "Weekly run, %s, %,d new", r.nextWeek(), r.newDocuments()),
                        String.format(Locale.ROOT, "Weekly run at %s (%s, %,d new documents dated in it, the rest unchanged)",
                                docs, r.nextWeek(), r.newDocuments()),
                        WEEKLY_LIMIT, RunKind.RERUN, RunKind.WEEKLY),
                new Target("Full run", "Full run of " + docs, FULL_LIMIT, RunKind.FULL, RunKind.FULL));
    }

    /** The comparison section of the summary. */
    public static String markdown(Comparison.Result r) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "#### Against the reference build: %d pair%s, reference first (A B A B)%n%n",
                r.pairs().size(), r.pairs().size() == 1 ? "" : "s"));
        md.append("- Reference: `").append(r.reference().home()).append("` (").append(r.reference().version())
                .append("), started as `").append(r.reference().startedAs()).append("` from its home folder\n");
        md.append("- This build: `").append(r.current().home()).append("` (").append(r.current().version())
                .append("), started as `").append(r.current().startedAs()).append("` from its home folder\n");
        md.append("- Both: the Java named above, and the same child JVM options (`-Xmx").append(r.heap())
                .append(" -XX:+ExitOnOutOfMemoryError`, a GC log); first one untimed run over an empty folder each\n");
        md.append(String.format(Locale.ROOT, "- Per build and pair: a run over an empty folder (fresh database), the full "
                        + "run (fresh database), an unchanged re-run, then the weekly run: `--week=%s` with %,d new "
                        + "documents dated in that week (in `%s/` of the corpus, removed afterwards), on a copy of the "
                        + "database as the full run left it%n%n", r.nextWeek(), r.newDocuments(), Comparison.NEW_FOLDER));
        List<Target> targets = targets(r);
        md.append("| Pair | Run | Reference | This build | This build / reference | Target |\n|---:|---|---:|---:|---:|---|\n");
        for (Comparison.Pair pair : r.pairs()) {
            for (Target t : targets) {
                // The reference's column shows its run of the same kind, also when the ratio is taken against another.
                Optional<ChildRun> refShown = t.current().of(pair.reference());
                Optional<ChildRun> cur = t.current().of(pair.current());
                String ratio = ratio(t, pair).map(x -> String.format(Locale.ROOT, "**%.2f×**", x)
                        + (t.crossRun() ? " of ref. re-run" : "")).orElse("–");
                md.append("| ").append(pair.number()).append(" | ").append(t.row()).append(" | ")
                        .append(cell(refShown)).append(" | ").append(cell(cur)).append(" | ").append(ratio).append(" | ")
                        .append(t.limitText().replace(" the reference's unchanged re-run", " ref. re-run")).append(" |\n");
            }
        }
        md.append('\n');
        for (Target t : targets) {
            md.append("- ").append(verdict(t, r)).append('\n');
        }
        boolean outOfHeap = r.pairs().stream().flatMap(p -> Stream.of(p.reference(), p.current()))
                .flatMap(s -> Stream.of(RunKind.values()).flatMap(kind -> kind.of(s).stream()))
                .anyMatch(ChildRun::outOfHeap);
        if (outOfHeap) {
            md.append("\nA run ran OUT OF HEAP at -Xmx").append(r.heap())
                    .append(": run again with a larger --heap (both builds get the same).\n");
        }
        return md.toString();
    }

    /** The summary line of one target. */
    static String verdict(Target t, Comparison.Result r) {
        List<String> missing = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (Comparison.Pair pair : r.pairs()) {
            Optional<Double> ratio = ratio(t, pair);
            if (ratio.isPresent()) {
                ratios.add(ratio.get());
            } else {
                missing.add(why(t, pair, r.heap()));
            }
        }
        if (!missing.isEmpty()) {
            return t.summary() + ": **no ratio** (target " + t.limitText() + "): " + String.join("; ", missing);
        }
        long met = ratios.stream().filter(x -> x <= t.limit()).count();
        String verdict = met == ratios.size() ? "**met**"
                : met == 0 ? "**not met**" : String.format(Locale.ROOT, "**not met** (met in %d of %d pairs)", met, ratios.size());
        List<String> each = ratios.stream().map(x -> String.format(Locale.ROOT, "%.2f×", x)).toList();
        return String.format(Locale.ROOT, "%s: **%.2f×** the reference's %s%s; target %s: %s", t.summary(),
                median(ratios), t.reference().description, ratios.size() == 1 ? "" : " (median of " + String.join(", ", each) + ")",
                t.limitText(), verdict);
    }

    /** Why a pair has no ratio for {@code t}: which run failed or was not made, and how. */
    private static String why(Target t, Comparison.Pair pair, String heap) {
        List<String> reasons = new ArrayList<>();
        failure("the reference's", t.reference(), pair.reference(), heap).ifPresent(reasons::add);
        failure("this build's", t.current(), pair.current(), heap).ifPresent(reasons::add);
        return "pair " + pair.number() + ": " + String.join(", and ", reasons);
    }

    private static Optional<String> failure(String whose, RunKind kind, Comparison.Sequence sequence, String heap) {
        Optional<ChildRun> run = kind.of(sequence);
        if (run.isEmpty()) {
            return Optional.of(whose + " " + kind.description + " was not made: its full run " + failed(sequence.full(), heap));
        }
        if (run.get().succeeded()) {
            return Optional.empty();
        }
        return Optional.of(whose + " " + kind.description + " " + failed(run.get(), heap));
    }

    private static String failed(ChildRun run, String heap) {
        return run.outOfHeap()
                ? "FAILED: OUT OF HEAP at -Xmx" + heap + " (exit " + run.exitCode() + ", log: " + run.log() + ")"
                : "FAILED with exit code " + run.exitCode() + " (log: " + run.log() + ")";
    }

    /** This build's run over the reference's, when both succeeded. */
    static Optional<Double> ratio(Target t, Comparison.Pair pair) {
        Optional<ChildRun> ref = t.reference().of(pair.reference()).filter(ChildRun::succeeded);
        Optional<ChildRun> cur = t.current().of(pair.current()).filter(ChildRun::succeeded);
        if (ref.isEmpty() || cur.isEmpty() || ref.get().wall().isZero()) {
            return Optional.empty();
        }
        return Optional.of(cur.get().wall().toNanos() / (double) ref.get().wall().toNanos());
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String cell(Optional<ChildRun> run) {
        if (run.isEmpty()) {
            return "not run";
        }
        ChildRun r = run.get();
        if (r.succeeded()) {
            return BenchReport.seconds(r.wall());
        }
        return (r.outOfHeap() ? "FAILED: out of heap" : "FAILED") + " (exit " + r.exitCode() + ")";
    }
}
