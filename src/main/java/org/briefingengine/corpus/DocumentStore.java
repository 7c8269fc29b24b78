package org.briefingengine.corpus;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.briefingengine.language.LanguageDetector;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of the corpus in H2: one row per input file (its hash decides whether it is read again) and
 * one per document. Citations and evidence of a document are deleted with it.
 */
@Repository
public class DocumentStore {

    /** Columns of BE_DOCUMENT that {@link #DOCUMENT_MAPPER} reads, text included. */
    public static final String DOCUMENT_COLUMNS =
            "ID, FILE, PART, TITLE, PUBLISHER, PUBLISHED, SOURCE_TYPE, URL, TEXT, PAGE_STARTS, LANGUAGE";

    /** Reads a document; one stored before languages were detected (LANGUAGE null) gets its language detected. */
    public static final RowMapper<SourceDocument> DOCUMENT_MAPPER = (rs, n) -> {
        String text = rs.getString("TEXT");
        String language = rs.getString("LANGUAGE");
        return new SourceDocument(rs.getString("ID"), rs.getString("FILE"), rs.getInt("PART"), rs.getString("TITLE"),
                rs.getString("PUBLISHER"), localDate(rs, "PUBLISHED"), rs.getString("SOURCE_TYPE"), rs.getString("URL"),
                text, pageStarts(rs.getString("PAGE_STARTS")),
                language != null ? language : LanguageDetector.shared().detect(text));
    };

    /** The {@code BE_STATE} row saying whether repeated texts must be marked again after this ingest. */
    private static final String DUPLICATES = "duplicates";

    private final JdbcTemplate jdbc;
    private final JdbcClient client;

    /**
     * Statements go through {@link JdbcClient} with named parameters; batched writes through
     * {@link JdbcTemplate#batchUpdate} with positional rows, since JdbcClient has no batch API and the ingest
     * writes a row array per document without building a parameter map for each.
     */
    public DocumentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.client = JdbcClient.create(jdbc);
    }

    /** A file as the last run saw it: its content hash, and its size, time and manifest stamp. */
    public record StoredFile(String sha256, String stamp) {
    }

    /** Stores the outcome of reading a chunk of files, in one transaction with batched statements. */
    @Transactional
    public void save(List<? extends IngestedFile> files, long runId) {
        List<String> replaced = new ArrayList<>();
        List<Object[]> fileRows = new ArrayList<>();
        List<Object[]> documentRows = new ArrayList<>();
        List<Object[]> restamped = new ArrayList<>();
        List<Object[]> rejected = new ArrayList<>();
        for (IngestedFile file : files) {
            switch (file.status()) {
                case NEW, CHANGED -> {
                    replaced.add(file.path());
                    fileRows.add(new Object[] {file.path(), file.sha256(), file.stamp(), runId});
                    for (SourceDocument d : file.documents()) {
                        documentRows.add(documentRow(d, file.status(), runId));
                    }
                }
                case UNCHANGED -> restamped.add(new Object[] {runId, file.stamp(), file.path()});
                case REJECTED -> {
                    replaced.add(file.path());
                    rejected.add(new Object[] {runId, file.path(), file.reason()});
                }
            }
        }
        deleteFiles(replaced);
        jdbc.batchUpdate("MERGE INTO BE_FILE (PATH, SHA256, STAMP, SEEN_RUN) KEY (PATH) VALUES (?, ?, ?, ?)", fileRows);
        jdbc.batchUpdate("INSERT INTO BE_DOCUMENT (ID, FILE, PART, TITLE, PUBLISHER, PUBLISHED, SOURCE_TYPE, URL, TEXT,"
                + " PAGE_STARTS, CHARACTERS, SHA256, STATUS, STORED_RUN, LANGUAGE)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                documentRows);
        // Files with an unchanged stamp never get here: a steady weekly run rewrites no file or document row.
        jdbc.batchUpdate("UPDATE BE_FILE SET SEEN_RUN = ?, STAMP = ? WHERE PATH = ?", restamped);
        jdbc.batchUpdate("INSERT INTO BE_REJECTED (RUN_ID, FILE, REASON) VALUES (?, ?, ?)", rejected);
    }

    /** Records files or review rows that were not read, outside the ingest step. */
    public void reject(long runId, List<Rejection> rejections) {
        jdbc.batchUpdate("INSERT INTO BE_REJECTED (RUN_ID, FILE, REASON) VALUES (?, ?, ?)",
                rejections.stream().map(r -> new Object[] {runId, r.file(), r.reason()}).toList());
    }

    /**
     * Forgets stored files that are gone from the corpus: their documents, citations and evidence leave the
     * cumulative picture. One transaction per call, which also flags repeated texts for marking again, so a run
     * that dies between two calls leaves a consistent store: the files not yet forgotten are found gone again
     * next time.
     *
     * @param gone stored files (paths relative to the input folder) that this run's scan did not find
     */
    @Transactional
    public void forget(List<String> gone) {
        deleteFiles(gone);
    }

    /**
     * After the ingest step: marks documents whose text repeats an earlier document's, so that their citations
     * are not counted. Does nothing unless documents were stored or deleted since the last marking.
     */
    @Transactional
    public void markDuplicates() {
        if (duplicatesPending()) {
            // The original of a repeated text is its earliest published copy (then the first by path); the others
            // point to it. A document whose original changes is analysed again.
            String original = "NULLIF((SELECT O.ID FROM BE_DOCUMENT O WHERE O.SHA256 = D.SHA256"
                    + " ORDER BY O.PUBLISHED NULLS LAST, O.ID LIMIT 1), D.ID)";
            client.sql("UPDATE BE_DOCUMENT D SET EXTRACTED_WITH = NULL, DUPLICATE_OF = " + original
                    + " WHERE COALESCE(DUPLICATE_OF, '') <> COALESCE(" + original + ", '')").update();
            client.sql("DELETE FROM BE_CITATION WHERE DOCUMENT IN (SELECT ID FROM BE_DOCUMENT WHERE DUPLICATE_OF IS NOT NULL)")
                    .update();
            client.sql("DELETE FROM BE_EVIDENCE WHERE DOCUMENT IN (SELECT ID FROM BE_DOCUMENT WHERE DUPLICATE_OF IS NOT NULL)")
                    .update();
            setState(DUPLICATES, "marked");
        }
    }

    /**
     * Whether documents were stored or deleted since duplicates were last marked. The flag is set in the same
     * transaction as the change, so a run that dies before marking leaves it set for the next run; a database
     * without it (older, or new) counts as pending.
     */
    private boolean duplicatesPending() {
        return client.sql("SELECT VAL FROM BE_STATE WHERE NAME = :name").param("name", DUPLICATES)
                .query(String.class).optional().map(state -> !state.equals("marked")).orElse(true);
    }

    private void deleteFiles(List<String> paths) {
        if (paths.isEmpty()) {
            return;
        }
        setState(DUPLICATES, "pending");
        List<Object[]> args = paths.stream().map(p -> new Object[] {p}).toList();
        jdbc.batchUpdate("DELETE FROM BE_CITATION WHERE DOCUMENT IN (SELECT ID FROM BE_DOCUMENT WHERE FILE = ?)", args);
        jdbc.batchUpdate("DELETE FROM BE_EVIDENCE WHERE DOCUMENT IN (SELECT ID FROM BE_DOCUMENT WHERE FILE = ?)", args);
        jdbc.batchUpdate("DELETE FROM BE_DOCUMENT WHERE FILE = ?", args);
        jdbc.batchUpdate("DELETE FROM BE_FILE WHERE PATH = ?", args);
    }

    /** Sets a named flag of {@code BE_STATE}. {@code MERGE ... KEY} is H2's upsert (PostgreSQL: ON CONFLICT). */
    private void setState(String name, String value) {
        client.sql("MERGE INTO BE_STATE (NAME, VAL) KEY (NAME) VALUES (:name, :value)")
                .param("name", name).param("value", value).update();
    }

    private static Object[] documentRow(SourceDocument d, IngestedFile.FileStatus status, long runId) {
        return new Object[] {d.id(), d.file(), d.part(), d.title(), d.publisher(),
                d.published() == null ? null : Date.valueOf(d.published()), d.sourceType(), d.url(), d.text(),
                d.pageStarts().stream().map(String::valueOf).collect(Collectors.joining(",")), d.text().length(),
                Hashing.sha256Hex(d.text()), status.label(), runId, d.language()};
    }

    /**
     * The condition under which a document D counts up to a date: it repeats no other document's text and was
     * published on or before the date, or is undated.
     *
     * @param upTo how the query spells the date's parameter: {@code ":upTo"} or {@code "?"}
     */
    public static String counted(String upTo) {
        return "D.DUPLICATE_OF IS NULL AND (D.PUBLISHED IS NULL OR D.PUBLISHED <= " + upTo + ")";
    }

    /** A date column as a {@link LocalDate}, or null. */
    public static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static List<Integer> pageStarts(String csv) {
        return csv == null || csv.isEmpty() ? List.of() : Arrays.stream(csv.split(",")).map(Integer::valueOf).toList();
    }
}
