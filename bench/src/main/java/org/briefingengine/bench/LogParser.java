package org.briefingengine.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a job's console log: the per-step lines of {@code StepLogListener}, such as
 * {@code 10:41:03.512 INFO  step ingest COMPLETED: read 9, written 9, filtered 0, skipped 0, 1 commits in 165 ms},
 * and the last lines other than stack frames, to show why a run failed.
 */
public final class LogParser {

    private static final Pattern STEP_LINE = Pattern.compile(
            "\\bstep (\\S+) (\\w+): read (\\d+), written (\\d+),.* in (\\d+) ms\\s*$");
    private static final Pattern STACK_FRAME = Pattern.compile("^\\s+(at |\\.\\.\\. \\d+ more)");

    private LogParser() {
    }

    /** What a log says: its step lines in order, and its last lines. */
    public record Log(List<StepTime> steps, List<String> tail) {
    }

    /** The step line in {@code line}, if it is one. */
    public static Optional<StepTime> parseLine(String line) {
        Matcher m = STEP_LINE.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new StepTime(m.group(1), m.group(2), Long.parseLong(m.group(3)), Long.parseLong(m.group(4)),
                Long.parseLong(m.group(5))));
    }

    /** Reads {@code log} in one pass, keeping its step lines and its last {@code tailLines} lines, stack frames aside. */
    public static Log parse(Path log, int tailLines) throws IOException {
        List<StepTime> steps = new ArrayList<>();
        Deque<String> tail = new ArrayDeque<>(tailLines);
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            lines.forEach(line -> {
                parseLine(line).ifPresent(steps::add);
                if (STACK_FRAME.matcher(line).find()) {
                    return;
                }
                if (tail.size() == tailLines) {
                    tail.removeFirst();
                }
                tail.addLast(line);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Log(List.copyOf(steps), List.copyOf(tail));
    }
}
