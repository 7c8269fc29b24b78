package org.briefingengine.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.briefingengine.ChildJvm;
import org.briefingengine.ChildJvm.Child;
import org.briefingengine.week.IsoWeek;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, as ops run the packaged jar from cron: the crontab line and catch-up, two runs on two databases
 * sharing an output folder, SIGTERM and SIGKILL during the report step, a full database disk, validation before
 * the run, and {@code status} during a run. Each run is a child JVM on a small corpus written here.
 */
class UnattendedRunsIT {

    private static final Duration RUN_LIMIT = Duration.ofMinutes(5);
    private static final List<String> OUTPUTS = List.of("briefing.pdf", "annex.xlsx", "citations.csv",
            "assessments.csv", "evidence.csv", "documents.csv", "rejected.csv");

    @TempDir
    Path tmp;

    private Path corpusA;
    private Path corpusB;

    @BeforeEach
    void writeTwoSmallCorpora() throws IOException {
        corpusA = corpus("a", 12);
        corpusB = corpus("b", 7);
    }

    private Path corpus(String prefix, int documents) throws IOException {
        return corpus(prefix, documents, 1);
    }

    private Path corpus(String prefix, int documents, int paragraphs) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("corpus-" + prefix));
        StringBuilder manifest = new StringBuilder("file,title,publisher,published,source_type,url\n");
        for (int i = 0; i < documents; i++) {
            String name = prefix + "-" + i + ".txt";
            String paragraph = "The Working Group on Arbitrary Detention adopted an opinion on case " + i + ". A coalition"
                    + " of groups wrote that the visiting team could not move freely. The Committee against Torture"
                    + " listed the request among its questions.\n\n";
            Files.writeString(dir.resolve(name), "Statement " + prefix + i + "\n\n" + paragraph.repeat(paragraphs),
                    StandardCharsets.UTF_8);
            manifest.append(name).append(",Statement ").append(i).append(",Group ").append(prefix)
                    .append(",2022-05-2").append(3 + i % 5).append(",ngo,\n");
        }
        Files.writeString(dir.resolve("manifest.csv"), manifest.toString());
        return dir;
    }

    /** Defect 1: the crontab line briefs the last complete week; a catch-up run briefs the weeks it missed. */
    @Test
    void theCrontabLineBriefsTheLastCompleteWeekAndCatchUpBriefsEachMissedWeek() throws Exception {
        Result schedule = run("schedule");
        String line = schedule.output().lines().filter(l -> !l.startsWith("#")).findFirst().orElseThrow();
        assertThat(line).contains(" run weekly-briefing --week=previous --catch-up=8 >>");
        String[] runArgs = line.substring(line.indexOf(" run ") + 1, line.indexOf(" >>")).split(" ");
        Path db = tmp.resolve("db/engine");
        Path out = tmp.resolve("out");
        List<String> args = new ArrayList<>(Arrays.asList(runArgs));
        args.addAll(List.of("--input=" + corpusA, "--db=" + db, "--output=" + out));
        Result scheduled = run(args.toArray(String[]::new));
        assertThat(scheduled.exit()).as(scheduled.output()).isZero();
        String previous = IsoWeek.of(LocalDate.now()).previous().toString();
        assertThat(out.resolve("weekly-briefing/" + previous + "/briefing.pdf")).exists();
        assertThat(out.resolve("weekly-briefing/" + IsoWeek.of(LocalDate.now()))).doesNotExist();

        // A machine off for two Mondays: the last briefing was 2022-W19; the run of 2022-W22 also briefs W20 and W21.
        Path db2 = tmp.resolve("db/catch-up");
        Result w19 = run("run", "weekly-briefing", "--week=2022-W19", "--input=" + corpusA, "--db=" + db2, "--output=" + out);
        assertThat(w19.exit()).as(w19.output()).isZero();
        Result caughtUp = run("run", "weekly-briefing", "--week=2022-w22", "--catch-up=8", "--input=" + corpusA,
                "--db=" + db2, "--output=" + out);
        assertThat(caughtUp.exit()).as(caughtUp.output()).isZero();
        for (String week : List.of("2022-W20", "2022-W21", "2022-W22")) {
            assertThat(out.resolve("weekly-briefing/" + week + "/briefing.pdf")).as(week).exists();
            assertThat(caughtUp.output()).contains("weekly-briefing " + week + ": COMPLETED");
        }
        // Defect 11: the final line once on stdout (it is also in the log file).
        assertThat(caughtUp.output().lines().filter(l -> l.contains("2022-W21: COMPLETED"))).hasSize(1);

        // Bounded: a later run with --catch-up=1 after a gap says which weeks it left out.
        Result bounded = run("run", "weekly-briefing", "--week=2022-W25", "--catch-up=1", "--input=" + corpusA,
                "--db=" + db2, "--output=" + out);
        assertThat(bounded.exit()).as(bounded.output()).isZero();
        assertThat(bounded.output()).contains("2 missed week(s) 2022-W23 to 2022-W24 are NOT briefed");
        assertThat(out.resolve("weekly-briefing/2022-W23")).doesNotExist();
    }

    /** Defect 2: two runs on two fresh databases (both execution 1) publishing the same week never mix. */
    @Test
    void twoRunsOnTwoDatabasesWritingTheSameWeekEachPublishAWholeFolder() throws Exception {
        Path out = tmp.resolve("out");
        Child a = start("run", "weekly-briefing", "--week=2022-W21", "--input=" + corpusA, "--db=" + tmp.resolve("db/a"),
                "--output=" + out);
        Child b = start("run", "weekly-briefing", "--week=2022-W21", "--input=" + corpusB, "--db=" + tmp.resolve("db/b"),
                "--output=" + out);
        assertThat(a.process().waitFor(RUN_LIMIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(b.process().waitFor(RUN_LIMIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(a.process().exitValue()).as(a.output()).isZero();
        assertThat(b.process().exitValue()).as(b.output()).isZero();

        Path week = out.resolve("weekly-briefing/2022-W21");
        for (String file : OUTPUTS) {
            assertThat(week.resolve(file)).as(file).exists();
        }
        String documents = Files.readString(week.resolve("documents.csv"));
        String citations = Files.readString(week.resolve("citations.csv"));
        String winner = documents.contains("a-0.txt") ? "a-" : "b-";
        String loser = winner.equals("a-") ? "b-" : "a-";
        assertThat(documents).contains(winner).doesNotContain(loser + "0.txt");
        assertThat(citations).contains(winner).doesNotContain(loser + "0.txt");
        assertThat(hiddenFolders(out.resolve("weekly-briefing"))).isEmpty();
    }

    /** Defect 5: SIGTERM while the report is being written leaves the previous outputs as they were. */
    @Test
    void sigtermDuringTheReportStepPublishesNothing() throws Exception {
        Path db = tmp.resolve("db/engine");
        Path out = tmp.resolve("out");
        Result first = run("run", "weekly-briefing", "--week=2022-W21", "--input=" + corpusA, "--db=" + db, "--output=" + out);
        assertThat(first.exit()).as(first.output()).isZero();
        Path week = out.resolve("weekly-briefing/2022-W21");
        String documentsBefore = Files.readString(week.resolve("documents.csv"));
        byte[] pdfBefore = Files.readAllBytes(week.resolve("briefing.pdf"));

        Files.writeString(corpusA.resolve("late.txt"), "Late statement\n\nThe Human Rights Council met.\n");
        Child second = start("run", "weekly-briefing", "--week=2022-W21", "--input=" + corpusA, "--db=" + db,
                "--output=" + out);
        awaitHiddenFolder(out.resolve("weekly-briefing"), ".2022-W21.staging-");
        second.process().destroy(); // SIGTERM
        assertThat(second.process().waitFor(RUN_LIMIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(second.process().exitValue()).as(second.output()).isNotZero();

        assertThat(Files.readString(week.resolve("documents.csv"))).isEqualTo(documentsBefore);
        assertThat(Files.readAllBytes(week.resolve("briefing.pdf"))).isEqualTo(pdfBefore);
        assertThat(hiddenFolders(out.resolve("weekly-briefing"))).isEmpty();
        Result status = run("status", "--db=" + db);
        assertThat(status.output().lines().skip(1).findFirst().orElse("")).contains("STOPPED");
    }

    /** Defect 6: the staging folder of a run killed mid-report is removed by the next run. */
    @Test
    void theStagingFolderOfAKilledRunIsRemovedByTheNextRun() throws Exception {
        Path db = tmp.resolve("db/engine");
        Path out = tmp.resolve("out");
        Child victim = start("run", "weekly-briefing", "--week=2022-W21", "--input=" + corpusA, "--db=" + db,
                "--output=" + out);
        awaitHiddenFolder(out.resolve("weekly-briefing"), ".2022-W21.staging-");
        victim.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(hiddenFolders(out.resolve("weekly-briefing"))).isNotEmpty();

        Result next = run("run", "weekly-briefing", "--week=2022-W20", "--input=" + corpusA, "--db=" + db,
                "--output=" + out);
        assertThat(next.exit()).as(next.output()).isZero();
        assertThat(hiddenFolders(out.resolve("weekly-briefing"))).isEmpty();
    }

    /**
     * Defect 7: the database's disk fills up. Reproduced on a 140 KB tmpfs (needs root, as in CI's container;
     * skipped elsewhere). The reason on stderr is the full disk, and the next run, with space again, marks the
     * execution FAILED and completes.
     */
    @Test
    void aFullDatabaseDiskIsNamedAndTheNextRunRecovers() throws Exception {
        Path volume = Files.createDirectories(tmp.resolve("small-volume"));
        assumeThat(sh("mount", "-t", "tmpfs", "-o", "size=140k", "tmpfs", volume.toString())).as("can mount a tmpfs").isZero();
        try {
            Path db = volume.resolve("engine");
            Path large = corpus("large", 300, 10); // some 1 MB of text: more than the volume holds
            Result full = run("run", "weekly-briefing", "--week=2022-W21", "--input=" + large, "--db=" + db,
                    "--output=" + tmp.resolve("out"));
            assertThat(full.exit()).as(full.output()).isEqualTo(ExitCode.FAILURE.code());
            String lastLine = full.output().lines().filter(l -> l.startsWith("briefing-engine: ")).reduce((x, y) -> y).orElse("");
            assertThat(lastLine).contains("no space left on device for the database " + db + ".mv.db")
                    .doesNotContain("wrong version");

            assertThat(sh("mount", "-o", "remount,size=64m", volume.toString())).isZero();
            Result next = run("run", "weekly-briefing", "--week=2022-W21", "--input=" + large, "--db=" + db,
                    "--output=" + tmp.resolve("out"));
            assertThat(next.exit()).as(next.output()).isZero();
            List<String> status = run("status", "--db=" + db).output().lines().skip(1).toList();
            assertThat(status.get(0)).contains("COMPLETED");
            assertThat(status.get(1)).contains("FAILED");
        } finally {
            sh("umount", volume.toString());
        }
    }

    /** Defect 8: an invalid rubric stops the run before any step, with exit 2, the file and the reason. */
    @Test
    void anInvalidRubricIsRefusedBeforeAnyStep() throws Exception {
        Path rubric = tmp.resolve("rubric.yml");
        Files.writeString(rubric, "id: broken\nconditions:\n  - id: Not An Id\n    title: Access\n");
        Result result = run("run", "weekly-briefing", "--rubric=" + rubric, "--input=" + corpusA,
                "--db=" + tmp.resolve("db/engine"), "--output=" + tmp.resolve("out"));
        assertThat(result.exit()).isEqualTo(ExitCode.USAGE.code());
        assertThat(result.output()).startsWith("briefing-engine: rubric " + rubric + ": ").contains("condition id 'Not An Id'")
                .doesNotContain("delegate");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    /** Defect 11: status during a run names the job, the week, the step and since when. */
    @Test
    void statusDuringARunSaysWhichWeekAndStep() throws Exception {
        Path db = tmp.resolve("db/engine");
        Child running = start("run", "weekly-briefing", "--week=2022-W21", "--input=" + corpusA, "--db=" + db,
                "--output=" + tmp.resolve("out"));
        long deadline = System.nanoTime() + RUN_LIMIT.toNanos();
        while (!RunLock.holder(db).startsWith("weekly-briefing")) { // status, too, takes the lock for a moment
            assertThat(System.nanoTime()).as("the run took the lock").isLessThan(deadline);
            Thread.sleep(20);
        }
        String seen = "";
        deadline = System.nanoTime() + RUN_LIMIT.toNanos();
        while (!seen.contains(" step ") && running.process().isAlive() && System.nanoTime() < deadline) {
            seen = run("status", "--db=" + db).output();
        }
        assertThat(running.process().waitFor(RUN_LIMIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(seen).matches("(?s)weekly-briefing is running since \\S+ \\(pid \\d+\\): week 2022-W21, step "
                + "(ingest|analyse|assess|report) since \\S+; the database is busy.*");
    }

    private static List<Path> hiddenFolders(Path jobFolder) throws IOException {
        try (Stream<Path> files = Files.list(jobFolder)) {
            return files.filter(Files::isDirectory).filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }

    private static void awaitHiddenFolder(Path jobFolder, String prefix) throws Exception {
        long deadline = System.nanoTime() + RUN_LIMIT.toNanos();
        while (true) {
            if (Files.isDirectory(jobFolder)) {
                try (Stream<Path> files = Files.list(jobFolder)) {
                    if (files.anyMatch(p -> p.getFileName().toString().startsWith(prefix))) {
                        return;
                    }
                }
            }
            assertThat(System.nanoTime()).as("a folder %s in %s", prefix, jobFolder).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static int sh(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor();
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }

    private Child start(String... args) throws IOException {
        return ChildJvm.start(tmp, List.of(args));
    }

    private Result run(String... args) throws Exception {
        return finished(start(args));
    }

    private static Result finished(Child child) throws Exception {
        assertThat(child.process().waitFor(RUN_LIMIT.toSeconds(), TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Result(child.process().exitValue(), child.output());
    }

    private record Result(int exit, String output) {
    }
}
