package org.briefingengine.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.briefingengine.TestDatabase;
import org.briefingengine.corpus.ingest.IngestedFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Repeated texts and file statuses across runs, as the ingest step stores them. */
class DocumentStoreTest {

    private JdbcTemplate jdbc;
    private DocumentStore store;

    @BeforeEach
    void database() {
        jdbc = TestDatabase.withSchema("document-store");
        store = new DocumentStore(jdbc);
    }

    @Test
    void documentRowsAreReadInIndexOrderWithNoSortInH2() {
        run(1, "a.txt", LocalDate.of(2022, 5, 10));

        String plan = TestDatabase.plan(jdbc, DocumentStore.DOCUMENT_ROWS_SQL, 1L);

        assertThat(plan).contains("PUBLIC.BE_DOCUMENT_FILE_PART").contains("/* index sorted */");
    }

    @Test
    void repeatedTextsAreMarkedEvenWhenTheRunThatStoredThemDiedBeforeMarking() {
        run(1, "a.txt", LocalDate.of(2022, 5, 10));
        store.markDuplicates();
        assertThat(duplicateOf("a.txt")).isNull();

        // Run 2 stores an earlier copy of the same text, then dies before its prune.
        run(2, "b.txt", LocalDate.of(2022, 5, 1));

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

    @Test
    void aDocumentIsNewOnlyForTheRunThatStoredItAndUnchangedForEveryLaterRun() {
        run(1, "a.txt", LocalDate.of(2022, 5, 10));
        store.markDuplicates();
        execution(1, "COMPLETED");
        run(2, "b.txt", LocalDate.of(2022, 5, 11));
        store.markDuplicates();

        assertThat(statuses(2)).containsExactly("a.txt=unchanged", "b.txt=new");
        execution(2, "COMPLETED");
        assertThat(statuses(3)).containsExactly("a.txt=unchanged", "b.txt=unchanged");
    }

    /** Issue 18, defect 9: after a killed run, documents.csv says what a clean run would. */
    @Test
    void documentsStoredByARunThatNeverCompletedAreNewForTheRunAfterIt() {
        run(1, "a.txt", LocalDate.of(2022, 5, 10));
        execution(1, "COMPLETED");
        run(2, "b.txt", LocalDate.of(2022, 5, 11)); // killed after its ingest: recovered as FAILED
        execution(2, "FAILED");
        run(3, "c.txt", LocalDate.of(2022, 5, 12)); // stopped by SIGTERM
        execution(3, "STOPPED");
        run(4, "d.txt", LocalDate.of(2022, 5, 12));

        assertThat(statuses(4)).containsExactly("a.txt=unchanged", "b.txt=new", "c.txt=new", "d.txt=new");
        execution(4, "COMPLETED");
        assertThat(statuses(5)).containsExactly("a.txt=unchanged", "b.txt=unchanged", "c.txt=unchanged",
                "d.txt=unchanged");
    }

    /** A job execution row as Spring Batch leaves it. */
    private void execution(long id, String status) {
        jdbc.update("MERGE INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) KEY (JOB_INSTANCE_ID)"
                + " VALUES (1, 0, 'weekly-briefing', 'key')");
        jdbc.update("INSERT INTO BATCH_JOB_EXECUTION (JOB_EXECUTION_ID, VERSION, JOB_INSTANCE_ID, CREATE_TIME, STATUS)"
                + " VALUES (?, 0, 1, CURRENT_TIMESTAMP, ?)", id, status);
    }

    private List<String> statuses(long runId) {
        List<String> out = new ArrayList<>();
        store.forEachDocumentRow(LocalDate.of(2022, 5, 9), LocalDate.of(2022, 5, 15), runId,
                d -> out.add(d.document() + "=" + d.status()));
        return out;
    }

    private void run(long runId, String path, LocalDate published) {
        SourceDocument document = new SourceDocument(path, path, 0, "Title", "Publisher", published, "ngo", "",
                "The same short text in both files.", List.of());
        store.save(List.of(IngestedFile.read(path, "sha-" + path, "stamp-" + path, false, List.of(document))), runId);
    }

    private String duplicateOf(String id) {
        return jdbc.queryForObject("SELECT DUPLICATE_OF FROM BE_DOCUMENT WHERE ID = ?", String.class, id);
    }
}
