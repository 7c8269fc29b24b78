package org.briefingengine.analysis;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Whether the JVM is shutting down (SIGTERM, SIGINT): documents being analysed then give up at their next budget
 * check, so that the step reaches its chunk boundary and stops promptly instead of finishing a long document.
 * The hook is registered by {@link #signal()}, which the analyse step calls when it is set up.
 */
public final class ShutdownSignal {

    private static final AtomicBoolean SHUTTING_DOWN = new AtomicBoolean();

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> SHUTTING_DOWN.set(true), "analysis-stop"));
        } catch (IllegalStateException shutdownInProgress) {
            SHUTTING_DOWN.set(true);
        }
    }

    private ShutdownSignal() {
    }

    /** The signal, its hook registered from now on. */
    public static BooleanSupplier signal() {
        return SHUTTING_DOWN::get;
    }
}
