package org.briefingengine.corpus;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * What analysing one document may spend, checked cooperatively by the code doing the work (a regex cannot be
 * interrupted, so the work checks between sentences and every few thousand characters scanned): a deadline, a
 * cap on the mentions found, on the rows made (citations and evidence) and on the characters they quote, and a
 * stop signal (SIGTERM). When one is exceeded, {@link Exceeded} is thrown and the document is rejected with its
 * message. One budget per document, used by one thread.
 */
public final class DocumentBudget {

    /** Most citation and evidence rows one document may give. */
    public static final int MAX_ROWS = 10_000;
    /** Most characters the quotes of one document's rows may hold together. */
    public static final long MAX_QUOTED_CHARS = 5_000_000;
    /** Most mentions of mechanisms found in one document (before they are grouped into citations). */
    public static final int MAX_MENTIONS = 50_000;

    private final long started = System.nanoTime();
    private final Duration limit;
    private final BooleanSupplier stopRequested;
    private int rows;
    private long quoted;
    private int mentions;
    private int ticks;

    private DocumentBudget(Duration limit, BooleanSupplier stopRequested) {
        this.limit = limit;
        this.stopRequested = stopRequested;
    }

    /** A budget whose clock starts now. */
    public static DocumentBudget of(Duration limit, BooleanSupplier stopRequested) {
        return new DocumentBudget(limit, stopRequested);
    }

    /** No deadline and no stop signal; the caps on rows and mentions still hold. */
    public static DocumentBudget untimed() {
        return new DocumentBudget(null, () -> false);
    }

    /** Throws when the deadline has passed or a stop was requested. */
    public void check() {
        if (stopRequested.getAsBoolean()) {
            throw new Exceeded("the run is stopping", true);
        }
        if (limit != null && System.nanoTime() - started >= limit.toNanos()) {
            throw new Exceeded("analysis took longer than " + describe(limit) + " (the per-document time limit)", false);
        }
    }

    /** {@link #check()} for tight loops: looks at the clock once every 4,096 calls. */
    public void tick() {
        if ((++ticks & 0xFFF) == 0) {
            check();
        }
    }

    /** Counts one mention found. */
    public void mention() {
        if (++mentions > MAX_MENTIONS) {
            throw new Exceeded("more than " + MAX_MENTIONS + " mentions of mechanisms (the per-document limit)", false);
        }
    }

    /** Counts one row quoting {@code chars} characters. */
    void row(int chars) {
        quoted += chars;
        if (++rows > MAX_ROWS) {
            throw new Exceeded("more than " + MAX_ROWS + " citation and evidence rows (the per-document limit)", false);
        }
        if (quoted > MAX_QUOTED_CHARS) {
            throw new Exceeded("its quotes hold more than " + MAX_QUOTED_CHARS
                    + " characters (the per-document limit)", false);
        }
    }

    private static String describe(Duration d) {
        return d.toSeconds() >= 1 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** A bound was exceeded; the message is the reason given for the document. */
    public static final class Exceeded extends RuntimeException {

        private final boolean stopRequested;

        public Exceeded(String reason, boolean stopRequested) {
            super(reason, null, false, false);
            this.stopRequested = stopRequested;
        }

        /** True when the run is stopping: the document is not at fault and is left for the next run. */
        public boolean stopRequested() {
            return stopRequested;
        }
    }
}
