package org.briefingengine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class BenchReportTest {

    private static final Machine MACHINE = new Machine(2, 8L << 30, "Linux 6.1 amd64", "17.0.15 (OpenJDK)");
    private static final HeapPeak HEAP = new HeapPeak(200L << 20, 90L << 20, 256L << 20, 12);

    @Test
    void summarisesASuccessfulRunWithRerunAndFloor() {
        ChildRun full = run(0, 60_000, new StepTime("ingest", "COMPLETED", 10_000, 10_000, 40_000),
                new StepTime("analyse", "COMPLETED", 10_000, 10_000, 10_000),
                new StepTime("assess", "COMPLETED", 0, 0, 2_000), new StepTime("report", "COMPLETED", 0, 0, 5_000));
        ChildRun rerun = run(0, 2_400, new StepTime("ingest", "COMPLETED", 10_000, 0, 400));
        BenchResult result = new BenchResult("java -jar target/briefing-engine.jar bench", "2022-W21", "256m",
                new SyntheticCorpus.Summary(10_000, 100_000_000, false), full, Optional.of(rerun),
                Optional.of(new RipgrepFloor.Floor(Duration.ofMillis(1_500), 8, "built-in list")), "");

        String md = BenchReport.markdown(MACHINE, result);

        assertThat(md).contains("10,000 documents (100.0 MB)", "2 cores, 8.0 GiB RAM", "-Xmx256m",
                "| ingest | 40.0 s | 0.40 s |", "| report | 5.00 s | – |", "| JVM start, Spring context, other | 3.00 s | 2.00 s |",
                "200 / 90 / 256 MiB (12 GCs)", "Unchanged re-run: 2.40 s = **4.0%** of the full run.",
                "full run / floor = **40**.");
        // Issue 21 retired the re-run's 5% and the floor's 40×.
        assertThat(md).doesNotContain("FAILED", "(target", "Against the reference");
    }

    @Test
    void withAReferenceTheRatiosReplaceTheRerunsShare() {
        ChildRun full = run(0, 60_000, new StepTime("ingest", "COMPLETED", 10_000, 10_000, 40_000));
        ChildRun rerun = run(0, 2_400, new StepTime("ingest", "COMPLETED", 10_000, 0, 400));
        Comparison.Sequence reference = new Comparison.Sequence(run(0, 5_000), run(0, 58_000), Optional.of(run(0, 12_000)),
                Optional.of(run(0, 13_000)));
        Comparison.Sequence current = new Comparison.Sequence(run(0, 1_000), full, Optional.of(rerun), Optional.of(run(0, 3_000)));
        Comparison.Result comparison = new Comparison.Result(
                new Comparison.Build(Path.of("/ref"), "3295a42", "java -jar target/briefing-engine.jar run weekly-briefing …"),
                new Comparison.Build(Path.of("/this"), "abc1234", "bin/briefing-engine run weekly-briefing …"),
                10_000, "2022-W21", "2022-W22", 100, "256m", List.of(new Comparison.Pair(1, reference, current)));
        BenchResult result = new BenchResult("bin/briefing-engine bench --against=/ref --pairs=1", "2022-W21", "256m",
                new SyntheticCorpus.Summary(10_000, 100_000_000, false), full, Optional.of(rerun), Optional.empty(),
                "--no-floor", Optional.of(comparison));

        String md = BenchReport.markdown(MACHINE, result);

        assertThat(md).contains("- Command: `bin/briefing-engine bench --against=/ref --pairs=1`",
                "- The table: this build's runs of pair 1 against the reference (below), started as `bin/briefing-engine run",
                "| Total, wall (incl. JVM start) | 60.0 s | 2.40 s |", "#### Against the reference build: 1 pair",
                "| 1 | Unchanged re-run | 12.0 s | 2.40 s | **0.20×** | ≤ 0.4× |",
                "- Weekly run at 10,000 documents (2022-W22, 100 new documents dated in it, the rest unchanged): **0.25×**");
        assertThat(md).doesNotContain("of the full run", "≤ 5%");
        assertThat(md.indexOf("Floor: not measured")).isLessThan(md.indexOf("#### Against the reference build"));
        assertThat(result.succeeded()).isTrue();
        BenchResult failedReference = new BenchResult("bench", "2022-W21", "256m", result.corpus(), full, Optional.of(rerun),
                Optional.empty(), "--no-floor", Optional.of(new Comparison.Result(comparison.reference(), comparison.current(),
                10_000, "2022-W21", "2022-W22", 100, "256m", List.of(new Comparison.Pair(1,
                new Comparison.Sequence(run(0, 5_000), run(3, 9_000), Optional.empty(), Optional.empty()), current)))));
        assertThat(failedReference.succeeded()).isFalse();
    }

    @Test
    void showsAFailedRunWithItsExitCodeAndLastLines() {
        ChildRun full = run(1, 5_000, new StepTime("ingest", "COMPLETED", 200, 200, 900),
                new StepTime("report", "FAILED", 0, 0, 10));
        BenchResult result = new BenchResult("bench", "2022-W21", "256m", new SyntheticCorpus.Summary(200, 2_000_000, true),
                full, Optional.empty(), Optional.empty(), RipgrepFloor.INSTALL_HINT);

        String md = BenchReport.markdown(MACHINE, result);

        assertThat(md).contains("| Exit code | 1 (FAILED) | – |", "| report | 0.01 s FAILED | – |",
                "FAILED with exit code 1", "PDF writer not implemented", "apt-get install -y ripgrep");
    }

    @Test
    void saysWhenARunRanOutOfHeap() {
        ChildRun full = new ChildRun("full", 3, Duration.ofSeconds(9), List.of(), HEAP, Path.of("full.log"),
                List.of("Terminating due to java.lang.OutOfMemoryError: Java heap space"));
        BenchResult result = new BenchResult("bench", "2022-W21", "64m", new SyntheticCorpus.Summary(200, 2_000_000, true),
                full, Optional.empty(), Optional.empty(), "--no-floor");

        assertThat(BenchReport.markdown(MACHINE, result)).contains("| Exit code | 3 (FAILED: out of heap) | – |");
    }

    @Test
    void comparesSuccessiveSizes() {
        BenchResult small = result(10_000, 50_000);
        BenchResult large = result(20_000, 104_000);

        assertThat(BenchReport.linearity(List.of(small, large)))
                .contains("| 20,000 | 104.0 s | 5.20 s |", "**2.08×** the time of 10,000 (2.00× the documents; target ≤ 2.10×)");
    }

    private static BenchResult result(int docs, long millis) {
        return new BenchResult("bench", "2022-W21", "256m", new SyntheticCorpus.Summary(docs, docs * 10_000L, false),
                run(0, millis), Optional.empty(), Optional.empty(), "--no-floor");
    }

    private static ChildRun run(int exit, long millis, StepTime... steps) {
        return new ChildRun("full", exit, Duration.ofMillis(millis), List.of(steps), HEAP, Path.of("full.log"),
                List.of("briefing-engine: weekly-briefing 2022-W21: FAILED: PDF writer not implemented"));
    }
}
