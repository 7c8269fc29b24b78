package org.briefingengine.ops;

import java.time.Duration;

/**
 * Ends the process with an exit code, even when a shutdown hook never returns. After an out-of-memory error
 * inside H2, its own exit hook can wait forever on a lock held by the thread that failed; a run from cron would
 * then hang, holding the database, instead of exiting 1. The run itself is over by the time this is called (its
 * Spring context and database are closed), so the hooks left have nothing to save.
 */
public final class ProcessExit {

    /** How long the shutdown hooks get before the process is halted. */
    static final Duration GRACE = Duration.ofSeconds(30);

    private ProcessExit() {
    }

    /** {@link System#exit}, with a daemon watchdog that halts with the same code if the hooks take longer than {@link #GRACE}. */
    public static void exit(int code) {
        exit(code, GRACE);
    }

    static void exit(int code, Duration grace) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(grace.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            Runtime.getRuntime().halt(code);
        }, "exit-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        System.exit(code);
    }
}
