package org.briefingengine.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the peak heap from a unified JVM GC log written with {@link #JVM_OPTION}: collection lines such as
 * {@code [1.234s][info][gc] GC(3) Pause Young (Normal) (G1 Evacuation Pause) 24M->6M(256M) 2.345ms} and the heap
 * summary at exit, {@code garbage-first heap   total 65536K, used 20480K [...]}.
 */
public final class GcLogParser {

    /** The logging option, with {@code %s} for the log file (quoted, so that any path will do). */
    public static final String JVM_OPTION = "-Xlog:gc,gc+heap+exit:file=\"%s\"";

    private static final Pattern COLLECTION = Pattern.compile("\\bGC\\(\\d+\\).*?(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");
    private static final Pattern AT_EXIT = Pattern.compile("\\btotal (\\d+)([KMG]), used (\\d+)([KMG])");

    private GcLogParser() {
    }

    public static HeapPeak parse(Path gcLog) throws IOException {
        try (Stream<String> lines = Files.lines(gcLog, StandardCharsets.UTF_8)) {
            return parse(lines);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static HeapPeak parse(Stream<String> lines) {
        long[] peak = new long[4];
        lines.forEach(line -> {
            Matcher gc = COLLECTION.matcher(line);
            if (gc.find()) {
                peak[0] = Math.max(peak[0], bytes(gc.group(1), gc.group(2)));
                peak[1] = Math.max(peak[1], bytes(gc.group(3), gc.group(4)));
                peak[2] = Math.max(peak[2], bytes(gc.group(5), gc.group(6)));
                peak[3]++;
                return;
            }
            Matcher exit = AT_EXIT.matcher(line);
            if (exit.find()) {
                peak[0] = Math.max(peak[0], bytes(exit.group(3), exit.group(4)));
                peak[2] = Math.max(peak[2], bytes(exit.group(1), exit.group(2)));
            }
        });
        return new HeapPeak(peak[0], peak[1], peak[2], (int) peak[3]);
    }

    private static long bytes(String amount, String unit) {
        long n = Long.parseLong(amount);
        return switch (unit) {
            case "K" -> n << 10;
            case "M" -> n << 20;
            default -> n << 30;
        };
    }
}
