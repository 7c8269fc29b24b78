package org.briefingengine.report;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Rows that are pushed to a consumer one at a time, so that a writer never needs the whole set in memory.
 * The engine backs it with a streaming JDBC query; tests back it with a list.
 */
@FunctionalInterface
public interface RowStream<T> {

    void forEach(Consumer<? super T> action);

    static <T> RowStream<T> of(List<T> rows) {
        return rows::forEach;
    }

    /**
     * These rows, cut short once {@code stop} says so: the next row then throws {@link Stopped} instead of
     * reaching the consumer, which ends the query behind the stream.
     */
    default RowStream<T> until(BooleanSupplier stop) {
        return action -> forEach(row -> {
            if (stop.getAsBoolean()) {
                throw new Stopped();
            }
            action.accept(row);
        });
    }

    /** Thrown by a stream cut short by {@link #until}; it says nothing went wrong with the rows themselves. */
    final class Stopped extends RuntimeException {

        Stopped() {
            super("stopped: another output of the run failed", null, true, false); // suppressed: failures while closing
        }
    }
}
