package org.briefingengine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int bench(String... args) {
        return Benchmark.run(tmp.resolve("home"), List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpNamesTheComparisonOptions() {
        assertThat(bench("--help")).isEqualTo(Benchmark.SUCCESS);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--against=DIR", "--pairs=K", "--start=HOW",
                "git worktree add ../ref 3295a42");
    }

    @Test
    void aComparisonOptionWithoutAReferenceIsAUsageError() {
        assertThat(bench("--pairs=3")).isEqualTo(Benchmark.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--pairs needs --against");
    }

    @Test
    void aReferenceWithoutItsJarFailsBeforeAnythingRunsAndSaysHowToBuildIt() throws IOException {
        Path home = tmp.resolve("home");
        Files.createDirectories(home.resolve("target"));
        Files.writeString(home.resolve("target/briefing-engine.jar"), "");
        Files.createDirectories(tmp.resolve("ref-unbuilt"));

        assertThat(bench("--docs=10", "--against=../ref-unbuilt")).isEqualTo(Benchmark.FAILURE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot find the reference build's jar",
                tmp.resolve("ref-unbuilt/target/briefing-engine.jar").toString(), "git worktree add ../ref 3295a42");
        assertThat(home.resolve("target/bench")).doesNotExist();
    }
}
