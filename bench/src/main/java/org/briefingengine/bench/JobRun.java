package org.briefingengine.bench;

import java.io.IOException;
import java.nio.file.Path;

/** Runs the weekly job once and measures it; {@link BenchmarkRun} in a child JVM, a fake one in tests. */
@FunctionalInterface
public interface JobRun {

    /**
     * Runs {@code run weekly-briefing} once; {@code logs} receives {@code <label>.log} and {@code <label>.gc.log}.
     *
     * @param db H2 database file, without {@code .mv.db}
     */
    ChildRun run(String label, Path input, Path output, Path db, String week, Path logs)
            throws IOException, InterruptedException;
}
