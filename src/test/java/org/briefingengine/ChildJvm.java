package org.briefingengine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The packaged jar run as ops run it, in a child JVM with the documented 256 MB heap, for the process-level tests. */
public final class ChildJvm {

    public static final Path JAR = Path.of("target/briefing-engine.jar").toAbsolutePath();

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

    /** Starts {@code java -Xmx256m -jar briefing-engine.jar ARGS} in the working directory, its output in {@code logDir}. */
    public static Child start(Path logDir, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", JAR.toString()));
        command.addAll(args);
        Path log = logDir.resolve("child-" + System.nanoTime() + ".log");
        Process process = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new Child(process, log);
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
