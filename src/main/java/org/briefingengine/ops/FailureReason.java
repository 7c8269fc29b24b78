package org.briefingengine.ops;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The one-line reason for a failed run, from the failures Spring Batch collected. When the database's disk is
 * full, H2 fails a write with "No space left on device", and Batch then fails to record the step (its row's
 * version is off: "Attempt to update step execution id=9 with wrong version"), which it reports first. The
 * reason shown is the full disk, else the first failure that is not such a bookkeeping consequence.
 *
 * <p>H2 does not always keep the "No space left on device" cause: a write that failed in its background writer is
 * reported later as a message only ("Writing to … failed; length N at P"). Such a failed write counts as a full disk
 * when the database's volume has less free space than the write needed (at least 1 MiB).
 */
final class FailureReason {

    /** H2's message for a failed write of the database file, with the length it tried to write. */
    private static final Pattern FAILED_WRITE = Pattern.compile("Writing to .{1,200}? failed; length (\\d{1,12})");
    private static final long MIN_FREE = 1L << 20;

    private FailureReason() {
    }

    /** @param database the database file as shown to people, named when the full disk is the database's */
    static Optional<String> of(List<Throwable> failures, String database) {
        return of(failures, database, () -> Long.MAX_VALUE);
    }

    /**
     * @param database the database file as shown to people, named when the full disk is the database's
     * @param freeBytes the free space on the database's volume, asked only when an H2 write failed
     */
    static Optional<String> of(List<Throwable> failures, String database, LongSupplier freeBytes) {
        List<Throwable> all = flatten(failures);
        boolean databaseWriteFailed = failedWriteOnFullVolume(all, freeBytes);
        if (databaseWriteFailed || all.stream().anyMatch(FailureReason::diskFull)) {
            boolean inDatabase = databaseWriteFailed
                    || all.stream().anyMatch(t -> t.getClass().getName().startsWith("org.h2."));
            return Optional.of("no space left on device " + (inDatabase ? "for the database " + database
                    + "; free space there and run again (the next run marks this execution FAILED)"
                    : "for the outputs; free space and run again (the previous outputs are as they were)"));
        }
        return all.stream()
                .filter(t -> failures.contains(t))
                .filter(t -> !(t instanceof OptimisticLockingFailureException))
                .findFirst()
                .or(() -> failures.stream().findFirst())
                .map(FailureReason::rootMessage);
    }

    /** The message of the innermost cause, or its class name when it has none. */
    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static boolean failedWriteOnFullVolume(List<Throwable> all, LongSupplier freeBytes) {
        long needed = -1;
        for (Throwable t : all) {
            Matcher m = FAILED_WRITE.matcher(t.getMessage() == null ? "" : t.getMessage());
            if (m.find()) {
                needed = Math.max(needed, Long.parseLong(m.group(1)));
            }
        }
        return needed >= 0 && freeBytes.getAsLong() < Math.max(needed, MIN_FREE);
    }

    private static boolean diskFull(Throwable t) {
        String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
        return m.contains("no space left on device") || m.contains("not enough space")
                || m.contains("disk quota exceeded");
    }

    /** Every failure with its causes and suppressed exceptions, each once, in order. */
    private static List<Throwable> flatten(List<Throwable> failures) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> out = new java.util.ArrayList<>();
        Deque<Throwable> todo = new ArrayDeque<>(failures);
        while (!todo.isEmpty()) {
            Throwable t = todo.removeFirst();
            if (t == null || !seen.add(t)) {
                continue;
            }
            out.add(t);
            if (t.getCause() != null) {
                todo.addFirst(t.getCause());
            }
            for (Throwable s : t.getSuppressed()) {
                todo.addLast(s);
            }
        }
        return out;
    }
}
