package org.briefingengine.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.briefingengine.ChildJvm;
import org.briefingengine.ChildJvm.Child;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as ops run it from cron: concurrent runs on one database, a run killed by SIGKILL part-way,
 * and {@code status}. Each run is a child JVM.
 */
class OperationsIT {

    private static final Duration RUN_LIMIT = Duration.ofMinutes(4);

    @TempDir
    Path tmp;

    /** The input folder, written once for the three tests: the engine only reads it. */
    @TempDir
    static Path shared;

    private static Path input;

    @BeforeAll
    static void writeACorpusLargeEnoughToBeCaughtRunning() throws IOException {
        input = shared.resolve("input");
        Files.createDirectories(input);
        String[] sentences = {
                "The Special Rapporteur on the independence of judges asked for a visit in writing.",
                "Delegates at the Human Rights Council raised the case of a detained lawyer.",
                "The Committee against Torture listed the request among its follow-up questions.",
                "A coalition of groups wrote that the visiting team could not move freely.",
                "Officials said the delegation met people in private, which observers disputed.",
                "The Working Group on Arbitrary Detention adopted an opinion on the case.",
                "Nobody reported reprisals against those who met the team, the office said."};
        StringBuilder manifest = new StringBuilder("file,title,publisher,published,source_type,url\n");
        for (int i = 0; i < 1500; i++) {
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < 160; s++) { // long enough that SIGTERM lands while documents are analysed
                text.append(sentences[(i + s) % sentences.length]).append(s % 5 == 4 ? "\n\n" : " ");
            }
            String name = String.format("doc-%04d.txt", i);
            Files.writeString(input.resolve(name), "Statement number " + i + "\n\n" + text, StandardCharsets.UTF_8);
            manifest.append(name).append(",Statement ").append(i).append(",Group ").append(i % 7)
                    .append(",2022-05-").append(10 + i % 19).append(",ngo,\n");
        }
        Files.writeString(input.resolve("manifest.csv"), manifest.toString());
    }

    @Test
    void aSecondRunOnTheSameDatabaseIsRefusedWithItsOwnExitCode() throws Exception {
        Child first = start("run", "weekly-briefing", "--db=" + tmp.resolve("db/engine"), "--output=" + tmp.resolve("out"));
        awaitLockHolder(tmp.resolve("db/engine"));
        Result second = run("run", "weekly-briefing", "--db=" + tmp.resolve("db/engine"), "--output=" + tmp.resolve("out2"));
        assertThat(second.exit()).isEqualTo(ExitCode.ALREADY_RUNNING.code());
        assertThat(second.output()).contains("weekly-briefing is already running since").contains("this run was not started");
        assertThat(first.process().waitFor(RUN_LIMIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(first.process().exitValue()).as(first.output()).isZero();
        assertThat(tmp.resolve("out2")).doesNotExist();
    }

    @Test
    void aRunKilledPartWayIsRecoveredAndTheNextRunEqualsACleanRun() throws Exception {
        Path db = tmp.resolve("db/engine");
        Process victim = start("run", "weekly-briefing", "--db=" + db, "--output=" + tmp.resolve("killed")).process();
        awaitLog(tmp.resolve("killed"), "step ingest COMPLETED");
        victim.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(victim.exitValue()).isNotZero();

        Result recovered = run("run", "weekly-briefing", "--db=" + db, "--output=" + tmp.resolve("recovered"));
        assertThat(recovered.exit()).as(recovered.output()).isZero();
        Result clean = run("run", "weekly-briefing", "--db=" + tmp.resolve("db/clean"), "--output=" + tmp.resolve("clean"));
        assertThat(clean.exit()).as(clean.output()).isZero();

        Path a = weekFolder(tmp.resolve("recovered"));
        Path b = weekFolder(tmp.resolve("clean"));
        for (String csv : List.of("citations.csv", "evidence.csv", "assessments.csv", "rejected.csv", "documents.csv")) {
            assertThat(a.resolve(csv)).as(csv).hasSameTextualContentAs(b.resolve(csv));
        }

        Result status = run("status", "--db=" + db);
        assertThat(status.exit()).isZero();
        List<String> lines = status.output().lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines.get(0)).startsWith("execution").contains("job", "period", "start", "end", "status", "files", "output");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains("weekly-briefing").contains("COMPLETED").contains("1500");
        assertThat(lines.get(2)).contains("weekly-briefing").contains("FAILED");
    }

    @Test
    void sigtermStopsARunAtAChunkBoundaryAndTheNextRunCompletes() throws Exception {
        Path db = tmp.resolve("db/engine");
        Process run = start("run", "weekly-briefing", "--db=" + db, "--output=" + tmp.resolve("out")).process();
        awaitLog(tmp.resolve("out"), "step ingest COMPLETED");
        run.destroy();
        assertThat(run.waitFor(RUN_LIMIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

        Result status = run("status", "--db=" + db);
        assertThat(status.output().lines().skip(1).findFirst().orElse("")).contains("STOPPED");
        assertThat(tmp.resolve("out/weekly-briefing/2022-W21")).doesNotExist();
        Result next = run("run", "weekly-briefing", "--db=" + db, "--output=" + tmp.resolve("out"));
        assertThat(next.exit()).as(next.output()).isZero();
        assertThat(tmp.resolve("out/weekly-briefing/2022-W21/briefing.pdf")).exists();
    }

    private static Path weekFolder(Path output) throws IOException {
        try (Stream<Path> weeks = Files.list(output.resolve("weekly-briefing"))) {
            return weeks.filter(p -> p.getFileName().toString().matches("\\d{4}-W\\d{2}")).findFirst().orElseThrow();
        }
    }

    private Child start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(args));
        if (args[0].equals("run")) {
            command.add("--input=" + input);
            command.add("--week=2022-W21");
        }
        return ChildJvm.start(tmp, command);
    }

    private Result run(String... args) throws Exception {
        Child child = start(args);
        assertThat(child.process().waitFor(RUN_LIMIT.toSeconds(), TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Result(child.process().exitValue(), child.output());
    }

    private static void awaitLockHolder(Path db) throws InterruptedException {
        long deadline = System.nanoTime() + RUN_LIMIT.toNanos();
        while (RunLock.holder(db).isEmpty()) {
            assertThat(System.nanoTime()).as("a run took the lock").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static void awaitLog(Path output, String line) throws Exception {
        ChildJvm.awaitLog(output, line, RUN_LIMIT);
    }

    private record Result(int exit, String output) {
    }
}
