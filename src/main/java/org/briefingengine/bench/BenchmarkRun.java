package org.briefingengine.bench;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

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
     * The jar this class was loaded from (inside a Spring Boot jar the code source is a nested URL such as
     * {@code jar:nested:/x/briefing-engine.jar/!BOOT-INF/classes/!/}), else {@code target/briefing-engine.jar}
     * under {@code home}.
     */
    public static Optional<Path> locateJar(Path home) {
        URL location = BenchmarkRun.class.getProtectionDomain().getCodeSource() == null ? null
                : BenchmarkRun.class.getProtectionDomain().getCodeSource().getLocation();
        if (location != null) {
            Optional<Path> jar = jarOf(location.toString());
            if (jar.isPresent()) {
                return jar;
            }
        }
        Path built = home.resolve("target/briefing-engine.jar");
        return Files.isRegularFile(built) ? Optional.of(built) : Optional.empty();
    }

    /** The outermost {@code .jar} file named by a code-source URL, if it exists. */
    static Optional<Path> jarOf(String url) {
        String s = url;
        while (s.startsWith("jar:") || s.startsWith("nested:")) {
            s = s.substring(s.indexOf(':') + 1);
        }
        int end = s.indexOf(".jar");
        if (end < 0) {
            return Optional.empty();
        }
        s = s.substring(0, end + 4);
        try {
            Path path = s.startsWith("file:") ? Path.of(new java.net.URI(s)) : Path.of(s);
            return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
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
