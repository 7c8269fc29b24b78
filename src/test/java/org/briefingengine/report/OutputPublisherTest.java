package org.briefingengine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void aFailedRunLeavesThePreviousOutputsIntact() throws IOException {
        Path week = output.resolve("weekly-briefing/2022-W21");
        publisher.publish(week, 1, dir -> Files.writeString(dir.resolve("briefing.pdf"), "complete"));
        assertThatThrownBy(() -> publisher.publish(week, 2, dir -> {
            Files.writeString(dir.resolve("briefing.pdf"), "half");
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(week.resolve("briefing.pdf")).hasContent("complete");
        try (var siblings = Files.list(week.getParent())) {
            assertThat(siblings).containsExactly(week);
        }
    }

    @Test
    void anErrorWhileWritingAlsoLeavesNoHalfWrittenFolder() throws IOException {
        Path week = output.resolve("weekly-briefing/2022-W21");
        publisher.publish(week, 1, dir -> Files.writeString(dir.resolve("briefing.pdf"), "complete"));
        assertThatThrownBy(() -> publisher.publish(week, 2, dir -> {
            Files.writeString(dir.resolve("annex.xlsx"), "half");
            throw new OutOfMemoryError("Java heap space");
        })).isInstanceOf(OutOfMemoryError.class);
        assertThat(week.resolve("briefing.pdf")).hasContent("complete");
        try (var siblings = Files.list(week.getParent())) {
            assertThat(siblings).containsExactly(week);
        }
    }
}
