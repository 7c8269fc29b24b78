package org.briefingengine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogParserTest {

    @TempDir
    Path tmp;

    @Test
    void readsAStepLine() {
        assertThat(LogParser.parseLine("10:41:03.512 INFO  step ingest COMPLETED: read 9, written 9, filtered 0, "
                + "skipped 0, 1 commits in 165 ms"))
                .contains(new StepTime("ingest", "COMPLETED", 9, 9, 165));
        assertThat(LogParser.parseLine("10:41:03.512 INFO  ingest started")).isEmpty();
    }

    @Test
    void readsEveryStepAndTheLastLines() throws IOException {
        Path log = tmp.resolve("full.log");
        Files.write(log, List.of(
                "10:41:01.000 INFO  starting",
                "10:41:03.512 INFO  step ingest COMPLETED: read 10000, written 9998, filtered 0, skipped 2, 100 commits in 41250 ms",
                "10:41:09.100 INFO  step analyse COMPLETED: read 9998, written 9998, filtered 0, skipped 0, 100 commits in 5588 ms",
                "10:41:09.300 INFO  step assess COMPLETED: read 0, written 0, filtered 0, skipped 0, 1 commits in 200 ms",
                "10:41:09.390 ERROR Encountered an error executing step report in job weekly-briefing",
                "java.lang.UnsupportedOperationException: PDF writer not implemented",
                "\tat org.briefingengine.report.ReportTasklet.execute(ReportTasklet.java:42)",
                "\t... 12 more",
                "10:41:09.400 ERROR step report FAILED: read 0, written 0, filtered 0, skipped 0, 0 commits in 12 ms",
                "briefing-engine: weekly-briefing 2022-W21: FAILED in 9400 ms (execution 1): PDF writer not implemented"));

        LogParser.Log parsed = LogParser.parse(log, 3);

        assertThat(parsed.steps()).extracting(StepTime::step).containsExactly("ingest", "analyse", "assess", "report");
        assertThat(parsed.steps()).extracting(StepTime::millis).containsExactly(41_250L, 5_588L, 200L, 12L);
        assertThat(parsed.steps().get(3).status()).isEqualTo("FAILED");
        assertThat(parsed.tail()).containsExactly("java.lang.UnsupportedOperationException: PDF writer not implemented",
                "10:41:09.400 ERROR step report FAILED: read 0, written 0, filtered 0, skipped 0, 0 commits in 12 ms",
                "briefing-engine: weekly-briefing 2022-W21: FAILED in 9400 ms (execution 1): PDF writer not implemented");
    }
}
