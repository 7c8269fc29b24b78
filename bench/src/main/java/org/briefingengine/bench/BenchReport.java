package org.briefingengine.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Formats benchmark results as Markdown, ready to paste into the README. */
public final class BenchReport {

    /** The steps of the weekly job, in order. */
    static final List<String> STEPS = List.of("ingest", "analyse", "assess", "report");
    /** Time may grow at most 5% faster than the corpus: 2.1× for twice the documents. */
    static final double LINEARITY_SLACK = 1.05;

    private BenchReport() {
    }

    /** The summary of one corpus size. */
    public static String markdown(Machine machine, BenchResult r) {
        StringBuilder md = new StringBuilder();
        ChildRun full = r.full();
        Optional<ChildRun> rerun = r.rerun();
        md.append(String.format(Locale.ROOT, "### Benchmark: %,d documents (%.1f MB), week %s%n%n",
                r.corpus().documents(), r.corpus().bytes() / 1e6, r.week()));
        md.append("- Machine: ").append(machine).append("; child JVM -Xmx").append(r.heap()).append('\n');
        md.append("- Command: `").append(r.command()).append("`\n");
        r.comparison().ifPresent(c -> md.append("- The table: this build's runs of pair 1 against the reference (below), "
                + "started as `").append(c.current().startedAs()).append("`\n"));
        md.append('\n');
        md.append("| | Full run | Unchanged re-run |\n|---|---:|---:|\n");
        row(md, "Exit code", full, rerun, run -> run.exitCode() == 0 ? "0"
                : run.exitCode() + (run.outOfHeap() ? " (FAILED: out of heap)" : " (FAILED)"));
        row(md, "Total, wall (incl. JVM start)", full, rerun, run -> seconds(run.wall()));
        Set<String> steps = new LinkedHashSet<>(STEPS);
        full.steps().forEach(s -> steps.add(s.step()));
        for (String step : steps) {
            row(md, step, full, rerun, run -> run.step(step).map(s -> seconds(Duration.ofMillis(s.millis()))
                    + (s.status().equals("COMPLETED") ? "" : " " + s.status())).orElse("–"));
        }
        row(md, "JVM start, Spring context, other", full, rerun,
                run -> seconds(run.wall().minusMillis(run.stepMillis())));
        row(md, "Peak heap used / live after GC / committed", full, rerun, run -> heap(run.heap()));
        md.append('\n');
        // Issue 21 retired the targets of the re-run's share and of the floor; the comparison's ratios replace them.
        if (r.comparison().isEmpty()) {
            rerun.ifPresent(re -> md.append(String.format(Locale.ROOT, "Unchanged re-run: %s = **%.1f%%** of the full run.%n",
                    seconds(re.wall()), 100.0 * ratio(re.wall(), full.wall()))));
        }
        md.append(r.floor().map(f -> String.format(Locale.ROOT,
                "Floor: `rg --no-unicode -c -F` with %d patterns (%s) takes %s (fastest of 3); %s.%n",
                f.patterns(), f.source(), seconds(f.time()), full.succeeded()
                        ? String.format(Locale.ROOT, "full run / floor = **%.0f**", ratio(full.wall(), f.time()))
                        : "no ratio, the full run failed"))
                .orElse("Floor: not measured: " + r.floorNote() + ".\n"));
        if (!full.succeeded()) {
            md.append("\nThe full run FAILED with exit code ").append(full.exitCode()).append("; log: ")
                    .append(full.log()).append("; its last lines:\n\n```\n");
            full.tail().forEach(line -> md.append(line).append('\n'));
            md.append("```\n");
        }
        r.comparison().ifPresent(c -> md.append('\n').append(ComparisonReport.markdown(c)));
        return md.toString();
    }

    /** Time growth between successive corpus sizes. */
    public static String linearity(List<BenchResult> results) {
        StringBuilder md = new StringBuilder("### Linearity\n\n| Documents | Full run | Per 1,000 documents |\n|---:|---:|---:|\n");
        for (BenchResult r : results) {
            md.append(String.format(Locale.ROOT, "| %,d | %s | %s |%n", r.corpus().documents(), seconds(r.full().wall()),
                    seconds(r.full().wall().multipliedBy(1_000).dividedBy(r.corpus().documents()))));
        }
        md.append('\n');
        List<String> notes = new ArrayList<>();
        for (int i = 1; i < results.size(); i++) {
            BenchResult a = results.get(i - 1);
            BenchResult b = results.get(i);
            double docs = b.corpus().documents() / (double) a.corpus().documents();
            notes.add(String.format(Locale.ROOT, "%,d documents took **%.2f×** the time of %,d (%.2f× the documents; "
                            + "target ≤ %.2f×)%s.", b.corpus().documents(), ratio(b.full().wall(), a.full().wall()),
                    a.corpus().documents(), docs, docs * LINEARITY_SLACK,
                    a.succeeded() && b.succeeded() ? "" : " — at least one run FAILED, so this says little"));
        }
        notes.forEach(n -> md.append(n).append('\n'));
        return md.toString();
    }

    private static void row(StringBuilder md, String name, ChildRun full, Optional<ChildRun> rerun,
                            Function<ChildRun, String> cell) {
        md.append("| ").append(name).append(" | ").append(cell.apply(full)).append(" | ")
                .append(rerun.map(cell).orElse("–")).append(" |\n");
    }

    static String seconds(Duration d) {
        return String.format(Locale.ROOT, d.toMillis() < 10_000 ? "%.2f s" : "%.1f s", d.toMillis() / 1000.0);
    }

    private static String heap(HeapPeak h) {
        if (h.committed() == 0) {
            return "–";
        }
        return String.format(Locale.ROOT, "%d / %d / %d MiB (%d GCs)", h.usedBeforeGc() >> 20, h.liveAfterGc() >> 20,
                h.committed() >> 20, h.collections());
    }

    private static double ratio(Duration a, Duration b) {
        return b.isZero() ? Double.NaN : a.toNanos() / (double) b.toNanos();
    }
}
