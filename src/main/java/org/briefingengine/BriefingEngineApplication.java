package org.briefingengine;

import java.nio.file.Path;

import org.briefingengine.ops.BriefingCommandLine;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point: {@code java -jar briefing-engine.jar <command> …}; see {@link BriefingCommandLine}. */
@SpringBootApplication
public class BriefingEngineApplication {

    public static void main(String[] args) {
        int exit = new BriefingCommandLine(Path.of("").toAbsolutePath(), System.out, System.err).execute(args);
        System.exit(exit);
    }
}
