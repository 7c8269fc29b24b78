package org.briefingengine;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.briefingengine.corpus.DocumentStore;
import org.briefingengine.corpus.IngestedFile;
import org.briefingengine.corpus.SourceDocument;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of a fresh database with the engine's schema ({@link TestDatabase}), written the way the weekly job's steps
 * write them, for the tests of the stores and of the report's reads.
 */
public final class TestRows {

    /** The rubric of {@link #evidence} rows. */
    public static final String RUBRIC = "visit";

    /** The date {@link #evidenceInEveryKindOfDocument} reads up to: a Sunday. */
    public static final LocalDate SUNDAY = LocalDate.of(2022, 5, 29);

    private final JdbcTemplate jdbc;

    /** A new database, named after {@code purpose}; see {@link TestDatabase#withSchema}. */
    public TestRows(String purpose) {
        this.jdbc = TestDatabase.withSchema(purpose);
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** A document row with no text, published on {@code published} (null: undated), a repeat of {@code duplicateOf}. */
    public void document(String id, LocalDate published, String duplicateOf) {
        jdbc.update("INSERT INTO BE_DOCUMENT (ID, FILE, PART, PUBLISHED, CHARACTERS, SHA256, STATUS, DUPLICATE_OF)"
                        + " VALUES (?, ?, 0, ?, 100, ?, 'new', ?)", id, id, published == null ? null : Date.valueOf(published),
                "sha-" + id, duplicateOf);
    }

    /** A supporting evidence row of {@link #RUBRIC}, five characters from {@code start}. */
    public void evidence(String condition, String document, int start) {
        jdbc.update("INSERT INTO BE_EVIDENCE (RUBRIC, CONDITION_ID, STANCE, DOCUMENT, QUOTE, START_OFFSET, END_OFFSET,"
                + " QUALIFIER, RULE_ID) VALUES (?, ?, 'supports', ?, 'quote', ?, ?, '', 'r1')", RUBRIC, condition,
                document, start, start + 5);
    }

    /**
     * Evidence of two conditions, stored out of order, in every kind of document a read up to {@link #SUNDAY} must
     * tell apart: b.txt before it, a.txt on it, undated.txt, later.txt after it and copy.txt, a repeat of a.txt.
     */
    public void evidenceInEveryKindOfDocument() {
        document("b.txt", LocalDate.of(2022, 5, 2), null);
        document("a.txt", SUNDAY, null);
        document("undated.txt", null, null);
        document("later.txt", LocalDate.of(2022, 6, 10), null);
        document("copy.txt", LocalDate.of(2022, 5, 1), "a.txt");
        evidence("movement", "b.txt", 30);
        evidence("detainees", "b.txt", 10);
        evidence("movement", "a.txt", 80);
        evidence("movement", "a.txt", 20);
        evidence("movement", "later.txt", 1);
        evidence("movement", "copy.txt", 1);
        evidence("detainees", "undated.txt", 4);
        evidence("movement", "b.txt", 5);
    }

    /** Stores file {@code path} as run {@code runId}'s ingest does: one document, the same text for every path. */
    public void ingested(long runId, String path, LocalDate published) {
        SourceDocument document = new SourceDocument(path, path, 0, "Title", "Publisher", published, "ngo", "",
                "The same short text in both files.", List.of());
        new DocumentStore(jdbc).save(
                List.of(IngestedFile.read(path, "sha-" + path, "stamp-" + path, false, List.of(document))), runId);
    }
}
