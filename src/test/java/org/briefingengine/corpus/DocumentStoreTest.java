package org.briefingengine.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.briefingengine.TestRows;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Repeated texts across runs, as the ingest step stores them. */
class DocumentStoreTest {

    private final TestRows rows = new TestRows("document-store");
    private final JdbcTemplate jdbc = rows.jdbc();
    private final DocumentStore store = new DocumentStore(jdbc);

    @Test
    void repeatedTextsAreMarkedEvenWhenTheRunThatStoredThemDiedBeforeMarking() {
        rows.ingested(1, "a.txt", LocalDate.of(2022, 5, 10));
        store.markDuplicates();
        assertThat(duplicateOf("a.txt")).isNull();

        // Run 2 stores an earlier copy of the same text, then dies before its prune.
        rows.ingested(2, "b.txt", LocalDate.of(2022, 5, 1));

        // Run 3 stores nothing new, yet the copy made in run 2 is still found.
        store.markDuplicates();
        assertThat(duplicateOf("a.txt")).isEqualTo("b.txt");
        assertThat(duplicateOf("b.txt")).isNull();

        // The earlier copy leaves the corpus: the later one is an original again.
        store.forget(List.of("b.txt"));
        store.markDuplicates();
        assertThat(jdbc.queryForList("SELECT ID FROM BE_DOCUMENT", String.class)).containsExactly("a.txt");
        assertThat(duplicateOf("a.txt")).isNull();
    }

    private String duplicateOf(String id) {
        return jdbc.queryForObject("SELECT DUPLICATE_OF FROM BE_DOCUMENT WHERE ID = ?", String.class, id);
    }
}
