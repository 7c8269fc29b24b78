package org.briefingengine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OutputPublisherTest {

    @TempDir
    Path output;

    private final OutputPublisher publisher = new OutputPublisher();

    @Test
    void aRerunReplacesTheWeeksOutputsAndLeavesNoTemporaryFolder() throws IOException {
        Path week = output.resolve("weekly-briefing/2022-W21");
        publisher.publish(week, 1, dir -> Files.writeString(dir.resolve("a.csv"), "first"));
        publisher.publish(week, 2, dir -> Files.writeString(dir.resolve("b.csv"), "second"));
        assertThat(week.resolve("a.csv")).doesNotExist();
        assertThat(week.resolve("b.csv")).hasContent("second");
        assertThat(siblings(week)).containsExactly(week);
    }

    /** An I/O failure, and an error such as running out of memory, are cleaned up alike. */
    static Stream<Throwable> failures() {
        return Stream.of(new IOException("disk full"), new OutOfMemoryError("Java heap space"));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void aFailedRunLeavesThePreviousOutputsIntactAndNoHalfWrittenFolder(Throwable failure) throws IOException {
        Path week = output.resolve("weekly-briefing/2022-W21");
        publisher.publish(week, 1, dir -> Files.writeString(dir.resolve("briefing.pdf"), "complete"));
        assertThatThrownBy(() -> publisher.publish(week, 2, dir -> {
            Files.writeString(dir.resolve("briefing.pdf"), "half");
            if (failure instanceof IOException io) {
                throw io;
            }
            throw (Error) failure;
        })).isSameAs(failure);
        assertThat(week.resolve("briefing.pdf")).hasContent("complete");
        assertThat(siblings(week)).containsExactly(week);
    }

    @Test
    void twoRunsPublishingTheSameWeekEachPublishAWholeFolderAndNeverDeleteTheOthersFiles() throws Exception {
        Path week = output.resolve("weekly-briefing/2022-W21");
        OutputPublisher other = new OutputPublisher();
        publisher.publish(week, 1, dir -> {
            Files.writeString(dir.resolve("briefing.pdf"), "run A");
            // Run B (another database, also execution 1) publishes the same week while A is writing.
            other.publish(week, 1, bDir -> {
                Files.writeString(bDir.resolve("briefing.pdf"), "run B");
                Files.writeString(bDir.resolve("citations.csv"), "run B");
            });
            assertThat(dir.resolve("briefing.pdf")).as("A's staging survives B's publish").hasContent("run A");
            Files.writeString(dir.resolve("citations.csv"), "run A");
        });
        assertThat(week.resolve("briefing.pdf")).hasContent("run A");
        assertThat(week.resolve("citations.csv")).hasContent("run A");
        assertThat(siblings(week)).containsExactly(week);
    }

    @Test
    void aStopRequestedWhileWritingPublishesNothingAndKeepsThePreviousOutputs() throws IOException {
        Path week = output.resolve("weekly-briefing/2022-W21");
        publisher.publish(week, 1, dir -> Files.writeString(dir.resolve("briefing.pdf"), "previous"));
        assertThatThrownBy(() -> publisher.publish(week,
                dir -> Files.writeString(dir.resolve("briefing.pdf"), "stopped run"), () -> true))
                .isInstanceOf(OutputPublisher.StoppedBeforePublishing.class);
        assertThat(week.resolve("briefing.pdf")).hasContent("previous");
        assertThat(siblings(week)).containsExactly(week);
    }

    @Test
    void stagingFoldersOfGoneProcessesAreRemovedAndThoseOfLiveOnesKept() throws Exception {
        Path jobFolder = output.resolve("weekly-briefing");
        long gone = goneProcessId();
        long live = ProcessHandle.current().pid();
        Path killed = Files.createDirectories(jobFolder.resolve(".2022-W20.staging-" + gone + "-0123abcd"));
        Files.writeString(killed.resolve("annex.xlsx"), "partial");
        Path running = Files.createDirectories(jobFolder.resolve(".2022-W20.staging-" + live + "-4567abcd"));
        Path oldLegacy = Files.createDirectories(jobFolder.resolve(".2022-W19.tmp-7"));
        Files.setLastModifiedTime(oldLegacy, FileTime.from(Instant.now().minus(Duration.ofDays(3))));
        Path youngLegacy = Files.createDirectories(jobFolder.resolve(".2022-W18.tmp-8"));
        Path setAside = Files.createDirectories(jobFolder.resolve(".2022-W17.old-" + gone + "-89abcdef"));
        Files.writeString(setAside.resolve("briefing.pdf"), "last good");

        publisher.publish(jobFolder.resolve("2022-W21"), 1, dir -> Files.writeString(dir.resolve("briefing.pdf"), "new"));

        assertThat(killed).doesNotExist();
        assertThat(oldLegacy).doesNotExist();
        assertThat(running).exists();
        assertThat(youngLegacy).exists();
        assertThat(setAside).doesNotExist();
        assertThat(jobFolder.resolve("2022-W17/briefing.pdf")).as("put back").hasContent("last good");
    }

    /** The id of a process that has ended. */
    private static long goneProcessId() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    private static List<Path> siblings(Path week) throws IOException {
        try (var files = Files.list(week.getParent())) {
            return files.filter(f -> !f.getFileName().toString().equals(OutputPublisher.LOCK_FILE)).toList();
        }
    }
}
