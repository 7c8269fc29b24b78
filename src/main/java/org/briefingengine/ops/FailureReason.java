package org.briefingengine.ops;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The one-line reason for a failed run, from the failures Spring Batch collected. When the database's disk is
 * full, H2 fails a write with "No space left on device", and Batch then fails to record the step (its row's
 * version is off: "Attempt to update step execution id=9 with wrong version"), which it reports first. The
 * reason shown is the full disk, else the first failure that is not such a bookkeeping consequence.
 */
final class FailureReason {

    private FailureReason() {
    }

    /** @param database the database file as shown to people, named when the full disk is the database's */
    static Optional<String> of(List<Throwable> failures, String database) {
        List<Throwable> all = flatten(failures);
        if (all.stream().anyMatch(FailureReason::diskFull)) {
            boolean inDatabase = all.stream().anyMatch(t -> t.getClass().getName().startsWith("org.h2."));
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
