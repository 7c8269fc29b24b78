package org.briefingengine.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** The {@code bench} command: generates a synthetic corpus and times the weekly job on it. */
public final class Benchmark {

    private Benchmark() {
    }

    public static int run(Path home, List<String> args, PrintStream out, PrintStream err) {
        err.println("briefing-engine: bench is not implemented yet");
        return 1;
    }
}
