package org.briefingengine;

import java.nio.file.Path;

import org.briefingengine.ops.BriefingCommandLine;
import org.briefingengine.ops.ExitCode;
import org.briefingengine.ops.ProcessExit;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point: {@code java -jar briefing-engine.jar <command> …}; see {@link BriefingCommandLine}. */
@SpringBootApplication
public class BriefingEngineApplication {

    public static void main(String[] args) {
        int exit;
        try {
            exit = new BriefingCommandLine(home(), System.out, System.err).execute(args);
        } catch (Throwable e) {
            // An error the command line does not catch, such as running out of memory: still exit 1, and promptly.
            System.err.println("briefing-engine: failed: " + e);
            e.printStackTrace();
            exit = ExitCode.FAILURE.code();
        }
        ProcessExit.exit(exit);
    }

    /**
     * The engine's home folder ({@code jobs/}, {@code templates/}, relative paths): {@code -Dbriefing.home}, which
     * {@code bin/briefing-engine} sets to the folder it was started from, else the working directory.
     */
    private static Path home() {
        String home = System.getProperty("briefing.home", "");
        return Path.of(home.isBlank() ? "" : home).toAbsolutePath();
    }
}
