package org.briefingengine.report;

import java.util.List;
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
}
