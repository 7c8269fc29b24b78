package org.briefingengine.ops;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code bench} command of the engine's jar. The benchmark is built apart from the engine ({@code bench/}):
 * this runs its jar, when built, in a child JVM with the same options, output and exit code, else says how to build
 * it. {@code bin/briefing-engine bench} builds it when needed and runs it directly.
 */
final class BenchCommand {

    /** The benchmark's own build, under the engine's home folder. */
    static final String JAR = "bench/target/briefing-engine-bench.jar";

    private final Path home;
    private final PrintStream err;

    BenchCommand(Path home, PrintStream err) {
        this.home = home;
        this.err = err;
    }

    int execute(List<String> args) {
        Path jar = home.resolve(JAR);
        if (!Files.isRegularFile(jar)) {
            err.println("briefing-engine: bench is built apart from the engine: run 'bin/briefing-engine bench', which"
                    + " builds it, or build it with 'mvn -q -B -f bench/pom.xml package -DskipTests' first");
            return ExitCode.FAILURE.code();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dbriefing.home=" + home, "-jar", jar.toString()));
        command.addAll(args);
        try {
            return new ProcessBuilder(command).directory(home.toFile()).inheritIO().start().waitFor();
        } catch (IOException e) {
            err.println("briefing-engine: bench: " + e.getMessage());
            return ExitCode.FAILURE.code();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.FAILURE.code();
        }
    }
}
