package org.briefingengine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        try (var siblings = Files.list(week.getParent())) {
            assertThat(siblings).containsExactly(week);
        }
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
        try (var siblings = Files.list(week.getParent())) {
            assertThat(siblings).containsExactly(week);
        }
    }
}
