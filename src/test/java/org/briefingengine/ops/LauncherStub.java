package org.briefingengine.ops;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A stand-in for the engine's jar in {@link LauncherIT}: it answers the launcher's two calls (Spring Boot's
 * {@code -Djarmode=tools extract} and a run) in milliseconds, so the launcher's own logic (one cache per jar and
 * JVM, a new jar makes a new cache) is tested without the real engine's training run.
 */
public final class LauncherStub {

    private LauncherStub() {
    }

    public static void main(String[] args) throws Exception {
        if ("tools".equals(System.getProperty("jarmode")) && args.length > 0 && "extract".equals(args[0])) {
            Path destination = Path.of(args[java.util.List.of(args).indexOf("--destination") + 1]);
            Files.createDirectories(destination);
            Path self = Path.of(LauncherStub.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Files.copy(self, destination.resolve("briefing-engine.jar"));
            return;
        }
        System.out.println("stub ran: " + String.join(" ", args));
    }
}
