package org.briefingengine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ComparisonReportTest {

    private static final Comparison.Build REFERENCE = new Comparison.Build(Path.of("/work/ref-3295a42"), "3295a42",
            "java -jar target/briefing-engine.jar run weekly-briefing …");
    private static final Comparison.Build CURRENT = new Comparison.Build(Path.of("/work/main"), "abc1234",
            "bin/briefing-engine run weekly-briefing …");
    private static final HeapPeak HEAP = new HeapPeak(0, 0, 0, 0);

    @Test
    void givesEachPairsRatiosAndAVerdictPerTarget() {
        // Pair 1: empty 1.2/5.0 = 0.24, full 47/46 = 1.02, re-run 4.8/12.0 = 0.40, weekly 5.4 / reference re-run 12.0 = 0.45.
        // Pair 2: empty 1.8/5.0 = 0.36, full 49/46 = 1.07, re-run 4.0/10.0 = 0.40, weekly 6.1/10.0 = 0.61.
        Comparison.Pair one = new Comparison.Pair(1, sequence(5_000, 46_000, 12_000, 13_000), sequence(1_200, 47_000, 4_800, 5_400));
        Comparison.Pair two = new Comparison.Pair(2, sequence(5_000, 46_000, 10_000, 13_000), sequence(1_800, 49_000, 4_000, 6_100));

        String md = ComparisonReport.markdown(result(one, two));

        assertThat(md).contains("2 pairs, reference first (A B A B)",
                "- Reference: `/work/ref-3295a42` (3295a42), started as `java -jar target/briefing-engine.jar run weekly-briefing …`",
                "- This build: `/work/main` (abc1234), started as `bin/briefing-engine run weekly-briefing …`",
                "`-Xmx256m -XX:+ExitOnOutOfMemoryError`",
                "`--week=2022-W22` with 100 new documents",
                "| 1 | Empty folder | 5.00 s | 1.20 s | **0.24×** | ≤ 0.3× |",
                "| 1 | Full run | 46.0 s | 47.0 s | **1.02×** | within 5% (≤ 1.05×) |",
                "| 1 | Unchanged re-run | 12.0 s | 4.80 s | **0.40×** | ≤ 0.4× |",
                "| 1 | Weekly run, 2022-W22, 100 new | 13.0 s | 5.40 s | **0.45×** of ref. re-run | ≤ 0.5× ref. re-run |",
                "| 2 | Weekly run, 2022-W22, 100 new | 13.0 s | 6.10 s | **0.61×** of ref. re-run | ≤ 0.5× ref. re-run |");
        assertThat(md).contains(
                "- Empty folder (fresh database, every output written): **0.30×** the reference's run over an empty folder "
                        + "(median of 0.24×, 0.36×); target ≤ 0.3×: **not met** (met in 1 of 2 pairs)",
                "- Unchanged re-run of 10,000 documents: **0.40×** the reference's unchanged re-run (median of 0.40×, 0.40×); "
                        + "target ≤ 0.4×: **met**",
                "- Weekly run at 10,000 documents (2022-W22, 100 new documents dated in it, the rest unchanged): **0.53×** "
                        + "the reference's unchanged re-run (median of 0.45×, 0.61×); target ≤ 0.5× the reference's "
                        + "unchanged re-run: **not met** (met in 1 of 2 pairs)",
                "- Full run of 10,000 documents: **1.04×** the reference's full run (median of 1.02×, 1.07×); "
                        + "target within 5% (≤ 1.05×): **not met** (met in 1 of 2 pairs)");
        assertThat(md).doesNotContain("no ratio");
    }

    @Test
    void onePairGivesItsRatioWithoutAMedianAndEveryTargetMet() {
        Comparison.Pair one = new Comparison.Pair(1, sequence(5_000, 46_000, 12_000, 13_000), sequence(1_000, 45_000, 3_000, 4_000));

        String md = ComparisonReport.markdown(result(one));

        assertThat(md).contains("1 pair, reference first",
                "- Empty folder (fresh database, every output written): **0.20×** the reference's run over an empty folder; "
                        + "target ≤ 0.3×: **met**",
                "**0.33×** the reference's unchanged re-run; target ≤ 0.5× the reference's unchanged re-run: **met**");
        assertThat(md).doesNotContain("median", "not met");
    }

    @Test
    void aReferenceOutOfHeapGivesNoRatioAndSaysSo() {
        ChildRun oom = new ChildRun("full", 3, Duration.ofSeconds(30), List.of(), HEAP, Path.of("/w/pair1-reference/logs/full.log"),
                List.of("Terminating due to java.lang.OutOfMemoryError: Java heap space"));
        Comparison.Sequence reference = new Comparison.Sequence(run("empty", 5_000), oom, Optional.empty(), Optional.empty());
        Comparison.Pair one = new Comparison.Pair(1, reference, sequence(1_000, 45_000, 3_000, 4_000));

        String md = ComparisonReport.markdown(result(one));

        assertThat(md).contains("| 1 | Full run | FAILED: out of heap (exit 3) | 45.0 s | – |",
                "| 1 | Unchanged re-run | not run | 3.00 s | – |",
                "- Full run of 10,000 documents: **no ratio** (target within 5% (≤ 1.05×)): pair 1: the reference's full run "
                        + "FAILED: OUT OF HEAP at -Xmx256m (exit 3, log: /w/pair1-reference/logs/full.log)\n",
                "- Unchanged re-run of 10,000 documents: **no ratio** (target ≤ 0.4×): pair 1: the reference's unchanged "
                        + "re-run was not made: its full run FAILED: OUT OF HEAP at -Xmx256m",
                "- Empty folder (fresh database, every output written): **0.20×**",
                "A run ran OUT OF HEAP at -Xmx256m: run again with a larger --heap (both builds get the same).");
        assertThat(md).doesNotContain("Full run of 10,000 documents: **0.", "Unchanged re-run of 10,000 documents: **0.");
    }

    @Test
    void aFailureOfThisBuildIsNamedToo() {
        ChildRun failed = new ChildRun("weekly", 1, Duration.ofSeconds(2), List.of(), HEAP, Path.of("weekly.log"), List.of("boom"));
        Comparison.Sequence current = new Comparison.Sequence(run("empty", 1_000), run("full", 45_000),
                Optional.of(run("rerun", 3_000)), Optional.of(failed));
        Comparison.Pair one = new Comparison.Pair(1, sequence(5_000, 46_000, 12_000, 13_000), current);

        assertThat(ComparisonReport.markdown(result(one))).contains("| 1 | Weekly run, 2022-W22, 100 new | 13.0 s | FAILED (exit 1) | – |",
                "**no ratio** (target ≤ 0.5× the reference's unchanged re-run): pair 1: this build's weekly run FAILED "
                        + "with exit code 1 (log: weekly.log)\n");
        assertThat(ComparisonReport.markdown(result(one))).doesNotContain("OUT OF HEAP");
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(ComparisonReport.median(List.of(0.5, 0.1, 0.3))).isEqualTo(0.3);
        assertThat(ComparisonReport.median(List.of(0.4, 0.1, 0.3, 0.2))).isEqualTo(0.25, org.assertj.core.data.Offset.offset(1e-9));
    }

    private static Comparison.Result result(Comparison.Pair... pairs) {
        return new Comparison.Result(REFERENCE, CURRENT, 10_000, "2022-W21", "2022-W22", 100, "256m", List.of(pairs));
    }

    private static Comparison.Sequence sequence(long empty, long full, long rerun, long weekly) {
        return new Comparison.Sequence(run("empty", empty), run("full", full), Optional.of(run("rerun", rerun)),
                Optional.of(run("weekly", weekly)));
    }

    private static ChildRun run(String label, long millis) {
        return new ChildRun(label, 0, Duration.ofMillis(millis), List.of(), HEAP, Path.of(label + ".log"), List.of());
    }
}
