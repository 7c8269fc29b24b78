package org.briefingengine.analysis;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether the JVM is shutting down (SIGTERM, SIGINT): documents being analysed then give up at their next budget
 * check, so that the step reaches its chunk boundary and stops promptly instead of finishing a long document.
 * The hook is registered the first time this class is used.
 */
public final class ShutdownSignal {

    private static final AtomicBoolean SHUTTING_DOWN = new AtomicBoolean();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> SHUTTING_DOWN.set(true), "analysis-stop"));
    }

    private ShutdownSignal() {
    }

    public static boolean requested() {
        return SHUTTING_DOWN.get();
    }
}
