package org.briefingengine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Runs {@code run weekly-briefing} in a child JVM with a fixed heap, from the engine's home folder, and measures
 * it: wall time around the process, step times from its log, peak heap from its GC log. The child exits as soon
 * as it runs out of heap ({@code -XX:+ExitOnOutOfMemoryError}), so a heap too small shows as a failed run.
 */
public final class BenchmarkRun {

    private static final int TAIL_LINES = 15;

    private final Path java;
    private final Path jar;
    private final Path home;
    private final String heap;

    /**
     * @param jar  the engine's executable jar
     * @param heap the child's maximum heap, as for {@code -Xmx}
     */
    public BenchmarkRun(Path jar, Path home, String heap) {
        this.java = Path.of(System.getProperty("java.home"), "bin", "java");
        this.jar = jar;
        this.home = home;
        this.heap = heap;
    }

    /**
     * Runs the job once; {@code logs} receives {@code <label>.log} and {@code <label>.gc.log}.
     *
     * @param db H2 database file, without {@code .mv.db}
     */
    public ChildRun run(String label, Path input, Path output, Path db, String week, Path logs)
            throws IOException, InterruptedException {
        Files.createDirectories(logs);
        Path log = logs.resolve(label + ".log");
        Path gcLog = logs.resolve(label + ".gc.log");
        // A heap too small must end the run at once, not leave it limping on in some thread.
        List<String> command = List.of(java.toString(), "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError",
                String.format(GcLogParser.JVM_OPTION, gcLog),
                "-jar", jar.toString(), "run", "weekly-briefing", "--input=" + input, "--output=" + output,
                "--db=" + db, "--week=" + week);
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        long start = System.nanoTime();
        int exit = builder.start().waitFor();
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        LogParser.Log parsed = LogParser.parse(log, TAIL_LINES);
        HeapPeak peak = Files.exists(gcLog) ? GcLogParser.parse(gcLog) : new HeapPeak(0, 0, 0, 0);
        return new ChildRun(label, exit, wall, parsed.steps(), peak, log, parsed.tail());
    }
}
