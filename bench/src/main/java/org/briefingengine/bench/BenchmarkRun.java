package org.briefingengine.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs {@code run weekly-briefing} in a child JVM with a fixed heap, from the engine's home folder, and measures
 * it: wall time around the process, step times from its log, peak heap from its GC log. The child exits as soon
 * as it runs out of heap ({@code -XX:+ExitOnOutOfMemoryError}), so a heap too small shows as a failed run.
 *
 * <p>The child is either {@code java -jar target/briefing-engine.jar} or, for a build compared the way a user starts
 * it, the home folder's launcher {@code bin/briefing-engine}: then the same JVM options go in {@code JAVA_OPTS} and
 * the same Java in {@code BRIEFING_JAVA}, so both ways run the same JVM with the same options. With
 * {@link BenchOptions.JavaChoice#OWN} each way runs the Java its users get instead: the launcher chooses its own,
 * and {@code java -jar} runs the {@code java} on the PATH.
 */
public final class BenchmarkRun implements JobRun {

    /** The launcher of a home folder, relative to it. */
    static final String LAUNCHER = "bin/briefing-engine";
    /** The engine's jar, relative to its home folder. */
    static final String JAR = "target/briefing-engine.jar";

    private static final int TAIL_LINES = 15;

    private final Path java;
    private final Path jar;
    private final Path home;
    private final String heap;
    private final Optional<Path> launcher;
    /** Whether the launcher is left to choose its Java ({@link BenchOptions.JavaChoice#OWN}). */
    private final boolean launcherJava;

    /**
     * A child started with {@code java -jar}.
     *
     * @param jar  the engine's executable jar
     * @param heap the child's maximum heap, as for {@code -Xmx}
     */
    public BenchmarkRun(Path jar, Path home, String heap) {
        this(javaOfThisJvm(), jar, home, heap, Optional.empty(), false);
    }

    BenchmarkRun(Path java, Path jar, Path home, String heap, Optional<Path> launcher, boolean launcherJava) {
        this.java = java;
        this.jar = jar;
        this.home = home;
        this.heap = heap;
        this.launcher = launcher;
        this.launcherJava = launcherJava;
    }

    /**
     * A child started as {@code home} is started by its users when {@code start} is {@link BenchOptions.Start#USER}:
     * through its launcher if it has one; else, and for {@link BenchOptions.Start#JAR}, with {@code java -jar}.
     */
    public static BenchmarkRun forHome(Path home, String heap, BenchOptions.Start start, BenchOptions.JavaChoice java) {
        Path script = home.resolve(LAUNCHER);
        Optional<Path> launcher = start == BenchOptions.Start.USER && Files.isRegularFile(script) && Files.isExecutable(script)
                ? Optional.of(script) : Optional.empty();
        boolean own = java == BenchOptions.JavaChoice.OWN;
        Path javaBin = own && launcher.isEmpty() ? javaOnPath(System.getenv("PATH")).orElse(javaOfThisJvm()) : javaOfThisJvm();
        return new BenchmarkRun(javaBin, home.resolve(JAR), home, heap, launcher, own && launcher.isPresent());
    }

    private static Path javaOfThisJvm() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** The {@code java} a shell finds on {@code path} (a PATH value), as a user typing {@code java -jar} runs. */
    static Optional<Path> javaOnPath(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "java");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** How the child is started, for the summary; with its Java. */
    public String startedAs() {
        String how = launcher.isPresent() ? LAUNCHER + " run weekly-briefing …" : "java -jar " + JAR + " run weekly-briefing …";
        return how + (launcherJava ? " (on the launcher's choice of Java)" : " (on " + java + ")");
    }

    @Override
    public ChildRun run(String label, Path input, Path output, Path db, String week, Path logs)
            throws IOException, InterruptedException {
        Files.createDirectories(logs);
        Path log = logs.resolve(label + ".log");
        Path gcLog = logs.resolve(label + ".gc.log");
        ProcessBuilder builder = new ProcessBuilder(command(gcLog, input, output, db, week)).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment(gcLog));
        if (launcherJava) {
            builder.environment().remove("BRIEFING_JAVA"); // the launcher chooses, as for a user who set nothing
        }
        long start = System.nanoTime();
        int exit = builder.start().waitFor();
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        LogParser.Log parsed = LogParser.parse(log, TAIL_LINES);
        HeapPeak peak = Files.exists(gcLog) ? GcLogParser.parse(gcLog) : new HeapPeak(0, 0, 0, 0);
        return new ChildRun(label, exit, wall, parsed.steps(), peak, log, parsed.tail());
    }

    /** The child's JVM options: the heap, and the same GC log and exit on running out of heap for every child. */
    List<String> jvmOptions(Path gcLog) {
        // A heap too small must end the run at once, not leave it limping on in some thread.
        return List.of("-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError", String.format(GcLogParser.JVM_OPTION, gcLog));
    }

    /** The child's command line. */
    List<String> command(Path gcLog, Path input, Path output, Path db, String week) {
        List<String> command = new ArrayList<>();
        if (launcher.isPresent()) {
            command.add(launcher.get().toString());
        } else {
            command.add(java.toString());
            command.addAll(jvmOptions(gcLog));
            command.add("-jar");
            command.add(jar.toString());
        }
        command.addAll(List.of("run", "weekly-briefing", "--input=" + input, "--output=" + output, "--db=" + db,
                "--week=" + week));
        return command;
    }

    /**
     * What the child's environment gets besides this JVM's: for the launcher, the JVM options in {@code JAVA_OPTS}
     * (which it splits on spaces, so no option may hold one) and this JVM's Java in {@code BRIEFING_JAVA}.
     */
    Map<String, String> environment(Path gcLog) throws IOException {
        if (launcher.isEmpty()) {
            return Map.of();
        }
        List<String> options = jvmOptions(gcLog);
        if (options.stream().anyMatch(o -> o.chars().anyMatch(Character::isWhitespace))) {
            throw new IOException("the launcher takes its JVM options in JAVA_OPTS, split on spaces: " + gcLog
                    + " holds one; choose a --dir without spaces, or --start=jar");
        }
        return launcherJava ? Map.of("JAVA_OPTS", String.join(" ", options))
                : Map.of("JAVA_OPTS", String.join(" ", options), "BRIEFING_JAVA", java.toString());
    }
}
