package org.briefingengine.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors are refused before anything runs, with exit code 2 and one line naming the problem. */
class BriefingCommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final BriefingCommandLine cli = new BriefingCommandLine(Path.of(""),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void unknownJobIsAUsageError() {
        assertThat(cli.execute("run", "no-such-job")).isEqualTo(ExitCode.USAGE.code());
        assertThat(stderr()).isEqualTo("briefing-engine: unknown job 'no-such-job' (no jobs/no-such-job.yml; see 'jobs')\n");
    }

    @Test
    void unknownCommandOptionAndBadWeekAreUsageErrors() {
        assertThat(cli.execute("frobnicate")).isEqualTo(2);
        assertThat(cli.execute("run", "weekly-briefing", "--colour=red")).isEqualTo(2);
        assertThat(cli.execute("run", "weekly-briefing", "--week=2022-W60")).isEqualTo(2);
        assertThat(cli.execute("run", "weekly-briefing", "--input=does/not/exist")).isEqualTo(2);
        assertThat(stderr().lines()).containsExactly(
                "briefing-engine: unknown command 'frobnicate' (see --help)",
                "briefing-engine: unknown option --colour (see 'run --help')",
                "briefing-engine: 2022 has no ISO week 60 (1-52)",
                "briefing-engine: input folder " + Path.of("does/not/exist").toAbsolutePath() + " does not exist or is not a folder");
    }

    @Test
    void helpIsPrintedAndSucceeds() {
        assertThat(cli.execute("--help")).isZero();
        assertThat(cli.execute("run", "--help")).isZero();
        for (String command : new String[] {"jobs", "status", "schedule", "serve"}) {
            out.reset();
            assertThat(cli.execute(command, "--help")).as(command).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).as(command).startsWith("usage: briefing-engine " + command);
        }
        out.reset();
        assertThat(cli.execute("run", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("run JOB").contains("--week=YYYY-Www").contains("exit codes");
    }

    @Test
    void jobsListsTheJobDefinitions() {
        assertThat(cli.execute("jobs")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("weekly-briefing\t0 0 6 * * MON\t");
    }

    @Test
    void anInvalidRubricOrCatalogueIsAUsageErrorNamingTheFileBeforeAnythingRuns(@TempDir Path tmp) throws IOException {
        Path rubric = tmp.resolve("broken.yml");
        Files.writeString(rubric, "id: broken\nconditions:\n  - id: Not An Id\n    title: x\n");
        Path db = tmp.resolve("db/engine");
        assertThat(cli.execute("run", "weekly-briefing", "--rubric=" + rubric, "--db=" + db)).isEqualTo(2);
        assertThat(stderr()).startsWith("briefing-engine: rubric " + rubric + ": ").contains("Not An Id");
        assertThat(tmp.resolve("db")).as("nothing ran").doesNotExist();
    }

    @Test
    void aReviewFileWithoutItsHeaderIsAUsageError(@TempDir Path home) throws IOException {
        Path real = Path.of("").toAbsolutePath();
        Files.createDirectories(home.resolve("jobs"));
        Files.writeString(home.resolve("jobs/weekly-briefing.yml"), Files.readString(real.resolve("jobs/weekly-briefing.yml"))
                .replace("templates/", real.resolve("templates") + "/").replace("input: input", "input: " + real.resolve("input")));
        Files.writeString(home.resolve("jobs/weekly-briefing.review.csv"), "detention-access;MET\n");
        BriefingCommandLine elsewhere = new BriefingCommandLine(home, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(elsewhere.execute("run", "weekly-briefing", "--db=" + home.resolve("db/engine"))).isEqualTo(2);
        assertThat(stderr()).startsWith("briefing-engine: review file " + home.resolve("jobs/weekly-briefing.review.csv")
                + " line 1: header must name the columns");
        assertThat(home.resolve("db")).doesNotExist();
    }

    @Test
    void jobsRunFromAnotherFolderSaysWhereToRunIt(@TempDir Path elsewhere) {
        BriefingCommandLine lost = new BriefingCommandLine(elsewhere, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(lost.execute("jobs")).isEqualTo(2);
        assertThat(stderr()).contains("cannot list " + elsewhere.resolve("jobs"))
                .contains("Run the engine from its home folder, the one holding jobs/ and templates/");
    }

    @Test
    void badCatchUpIsAUsageError() {
        assertThat(cli.execute("run", "weekly-briefing", "--week=previous", "--catch-up=0")).isEqualTo(2);
        assertThat(stderr()).contains("--catch-up must be a number of weeks from 1 to 520");
    }

    @Test
    void benchWithoutItsBuildSaysHowToBuildIt(@TempDir Path elsewhere) {
        BriefingCommandLine engine = new BriefingCommandLine(elsewhere, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(engine.execute("bench", "--docs=10")).isEqualTo(ExitCode.FAILURE.code());
        assertThat(stderr()).contains("bin/briefing-engine bench").contains("mvn -q -B -f bench/pom.xml package");
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
