package org.briefingengine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.springframework.util.FileSystemUtils;

/**
 * The packaged jar run as ops run it, in a child JVM with the documented 256 MB heap, for the process-level tests.
 *
 * <p>As {@code bin/briefing-engine} starts it on Java 17: the jar extracted (Spring Boot's extracted layout) and an
 * application class-data archive (AppCDS) recorded once per jar by a training run over an empty folder, then shared
 * by every child (in {@code target/child-jvm/}). Children also run with the client compiler only
 * ({@code -XX:TieredStopAtLevel=1}): they are short and spend most of their time starting. Neither changes what the
 * engine does; both only make the JVM start sooner. {@code -Dchildjvm.cds=false} runs
 * {@code java -jar target/briefing-engine.jar} itself, and {@code -Dchildjvm.options="..."} replaces the JIT options
 * (empty: the JVM's defaults). {@code MailDeliveryIT} runs the packaged jar itself.
 */
public final class ChildJvm {

    public static final Path JAR = Path.of("target/briefing-engine.jar").toAbsolutePath();

    /** Where the extracted jar and its archive are kept: one folder per jar and JVM, the older ones removed. */
    private static final Path CACHES = Path.of("target/child-jvm").toAbsolutePath();

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    /** Options of every child beside the heap and the archive; they speed up the start, not the engine's work. */
    public static final List<String> JIT_OPTIONS =
            options(System.getProperty("childjvm.options", "-XX:TieredStopAtLevel=1"));

    private static List<String> cdsCommand;

    private ChildJvm() {
    }

    /** A child JVM and the file holding what it printed. */
    public record Child(Process process, Path log) {

        public String output() {
            try {
                return Files.readString(log);
            } catch (IOException e) {
                return "";
            }
        }
    }

    /** Starts the engine ({@link #javaCommand()}) with {@code args} in the working directory, its output in {@code logDir}. */
    public static Child start(Path logDir, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(javaCommand());
        command.addAll(args);
        Path log = logDir.resolve("child-" + System.nanoTime() + ".log");
        Process process = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new Child(process, log);
    }

    /**
     * {@code java}, its options and {@code -jar} with the jar to run, before the engine's arguments: the extracted
     * jar with the shared archive, or the packaged jar itself where no archive could be made.
     */
    public static synchronized List<String> javaCommand() {
        if (cdsCommand == null) {
            cdsCommand = Boolean.parseBoolean(System.getProperty("childjvm.cds", "true")) ? withArchive() : List.of();
        }
        return cdsCommand.isEmpty() ? jarCommand() : cdsCommand;
    }

    /** {@code java -Xmx256m}, the {@link #JIT_OPTIONS} and {@code -jar} with the packaged jar itself. */
    public static List<String> jarCommand() {
        List<String> command = new ArrayList<>(List.of(JAVA, "-Xmx256m"));
        command.addAll(JIT_OPTIONS);
        command.addAll(List.of("-jar", JAR.toString()));
        return command;
    }

    /** The command with the archive, made first if this jar has none yet; empty when it cannot be made. */
    private static List<String> withArchive() {
        try {
            String key = Files.size(JAR) + "-" + Files.getLastModifiedTime(JAR).toMillis() + "-java"
                    + Runtime.version().feature();
            Path cache = CACHES.resolve(key);
            Path app = cache.resolve("app/briefing-engine.jar");
            Path archive = cache.resolve("app.jsa");
            Files.createDirectories(CACHES);
            // A lock shared with other test JVMs (parallel forks), so that one of them makes the archive.
            try (FileChannel lockFile = FileChannel.open(CACHES.resolve("lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = lockFile.lock()) {
                if (!Files.isRegularFile(archive) || Files.size(archive) == 0) {
                    removeAllBut(cache.getFileName().toString());
                    train(cache, app, archive);
                }
            }
            List<String> command = new ArrayList<>(List.of(JAVA, "-Xmx256m", "-XX:SharedArchiveFile=" + archive,
                    "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
            command.addAll(JIT_OPTIONS);
            command.addAll(List.of("-jar", app.toString()));
            return List.copyOf(command);
        } catch (IOException | InterruptedException | RuntimeException e) {
            System.err.println("ChildJvm: no class-data archive (" + e + "); children run java -jar " + JAR);
            return List.of();
        }
    }

    /** Extracts the jar and records the classes of a whole run over an empty folder, as the launcher does. */
    private static void train(Path cache, Path app, Path archive) throws IOException, InterruptedException {
        FileSystemUtils.deleteRecursively(cache);
        Files.createDirectories(cache);
        Path log = cache.resolve("training.log");
        run(cache, log, JAVA, "-Djarmode=tools", "-jar", JAR.toString(), "extract", "--destination",
                cache.resolve("app").toString());
        Path temporary = cache.resolve("app.jsa.tmp");
        List<String> training = new ArrayList<>(List.of(JAVA, "-Xmx256m", "-XX:ArchiveClassesAtExit=" + temporary));
        training.addAll(JIT_OPTIONS);
        Files.createDirectories(cache.resolve("empty"));
        training.addAll(List.of("-jar", app.toString(), "run", "weekly-briefing", "--input=" + cache.resolve("empty"),
                "--output=" + cache.resolve("out"), "--db=" + cache.resolve("db/engine"), "--week=2022-W21", "--no-mail"));
        run(Path.of("").toAbsolutePath(), log, training.toArray(String[]::new));
        if (!Files.isRegularFile(temporary) || Files.size(temporary) == 0) {
            throw new IOException("the training run made no archive: see " + log);
        }
        Files.move(temporary, archive, StandardCopyOption.ATOMIC_MOVE);
        for (String scratch : List.of("empty", "out", "db")) {
            FileSystemUtils.deleteRecursively(cache.resolve(scratch));
        }
    }

    private static void run(Path directory, Path log, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("timed out: " + String.join(" ", command));
        }
        if (process.exitValue() != 0) {
            throw new IOException("exit " + process.exitValue() + ": " + String.join(" ", command) + "; see " + log);
        }
    }

    private static void removeAllBut(String keep) throws IOException {
        try (Stream<Path> caches = Files.list(CACHES)) {
            for (Path old : caches.filter(Files::isDirectory).toList()) {
                if (!old.getFileName().toString().equals(keep)) {
                    FileSystemUtils.deleteRecursively(old);
                }
            }
        }
    }

    private static List<String> options(String value) {
        return Arrays.stream(value.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }

    /** Waits until a run log of {@code output}'s weekly job holds {@code line}; fails after {@code limit}. */
    public static void awaitLog(Path output, String line, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            Path logs = output.resolve("weekly-briefing/logs");
            if (Files.isDirectory(logs)) {
                try (Stream<Path> files = Files.list(logs)) {
                    for (Path f : files.toList()) {
                        if (Files.readString(f).contains(line)) {
                            return;
                        }
                    }
                }
            }
            assertThat(System.nanoTime()).as("log line '%s'", line).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
