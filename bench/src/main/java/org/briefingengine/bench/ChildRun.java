package org.briefingengine.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One run of the weekly job in a child JVM.
 *
 * @param wall  from starting the JVM to its exit
 * @param steps the step lines of its log, in order
 * @param log   the child's console output (stdout and stderr)
 * @param tail  the last lines of that output
 */
public record ChildRun(String label, int exitCode, Duration wall, List<StepTime> steps, HeapPeak heap, Path log,
                       List<String> tail) {

    public boolean succeeded() {
        return exitCode == 0;
    }

    /** Whether the run ended for want of heap. */
    public boolean outOfHeap() {
        return tail.stream().anyMatch(line -> line.contains("OutOfMemoryError"));
    }

    /** Sum of the step times, in milliseconds. */
    public long stepMillis() {
        return steps.stream().mapToLong(StepTime::millis).sum();
    }

    /** The step line of {@code step}, if it reported. */
    public Optional<StepTime> step(String step) {
        return steps.stream().filter(s -> s.step().equals(step)).findFirst();
    }
}
