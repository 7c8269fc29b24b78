package org.briefingengine.corpus;

import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.BatchUpdateException;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.briefingengine.corpus.DocumentStore.StoredFile;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A run's scan of the input folder, staged in H2 ({@code BE_SCAN_*}) so that no list of the whole corpus is held
 * in memory: the scan writes its manifest rows, files and rejections through a {@link Staging}, {@value #BLOCK}
 * rows per batch, and the ingest reader pages through them by key. H2 joins each file with its manifest row and
 * with what the last run stored about it, and compares the stamps, so a file whose {@link FileStamp} is unchanged
 * never leaves the database.
 *
 * <p>One scan at a time per database (the run lock sees to that); a new scan empties the tables first.
 */
@Repository
public class ScanStore {

    /** Rows per insert batch and per page read back. */
    public static final int BLOCK = 500;

    private static final String EMPTY_ROW_HASH = FileStamp.manifestHash(null);

    /** Why the second of two files whose names read the same is not read. */
    static final String SAME_NAME_REASON = "another file's name reads the same (a name the system's encoding"
            + " cannot decode? run with a UTF-8 locale, e.g. LANG=C.UTF-8)";

    /**
     * Whether a scanned file must be read: never stored, stored without a stamp, attributes unreadable now, or a
     * stamp (size and time, then the manifest row's hash) that differs from the stored one. Parameter
     * {@code :emptyRowHash}: the hash of "no manifest row".
     */
    private static final String NEEDS_READING = "(B.STAMP IS NULL OR F.ATTRS IS NULL"
            + " OR B.STAMP <> F.ATTRS || ':' || COALESCE(M.ROW_HASH, :emptyRowHash))";

    private static final String FILES = " FROM BE_SCAN_FILE F LEFT JOIN BE_SCAN_MANIFEST M ON M.PATH = F.PATH"
            + " LEFT JOIN BE_FILE B ON B.PATH = F.PATH";

    /** Stored files the scan did not find, after {@code :path}, in path order, at most {@code :limit}. */
    static final String GONE_FILES_SQL = "SELECT PATH FROM BE_FILE B WHERE PATH > :path"
            + " AND NOT EXISTS (SELECT 1 FROM BE_SCAN_FILE F WHERE F.PATH = B.PATH) ORDER BY PATH LIMIT :limit";

    /** The files to read after {@code :path}, in path order, at most {@code :limit}. */
    static final String PENDING_FILES_SQL = "SELECT F.PATH, F.LOCATION, M.PATH AS MANIFEST_PATH, M.TITLE, M.PUBLISHER,"
            + " M.PUBLISHED, M.SOURCE_TYPE, M.URL, M.LANGUAGE, B.PATH AS STORED_PATH, B.SHA256, B.STAMP" + FILES
            + " WHERE F.PATH > :path AND " + NEEDS_READING + " ORDER BY F.PATH LIMIT :limit";

    private final JdbcTemplate jdbc;
    private final JdbcClient client;
    private final TransactionTemplate transactions;

    /**
     * Queries go through {@link JdbcClient} with named parameters; the staged rows through
     * {@link JdbcTemplate#batchUpdate} with positional rows, in a transaction of their own unless one is open.
     */
    public ScanStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.client = JdbcClient.create(jdbc);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
    }

    /** Empties the staging tables and opens them for a new scan. */
    public Staging begin() {
        clear();
        return new Staging(jdbc, transactions);
    }

    /** Empties the staging tables (after the ingest step, so that they do not keep the scan's rows on disk). */
    public void clear() {
        jdbc.execute("TRUNCATE TABLE BE_SCAN_MANIFEST");
        jdbc.execute("TRUNCATE TABLE BE_SCAN_FILE");
        jdbc.execute("TRUNCATE TABLE BE_SCAN_REJECTED");
    }

    /** Files the scan found (regular files, and links to files inside the folder). */
    public int fileCount() {
        return count("SELECT COUNT(*) FROM BE_SCAN_FILE");
    }

    /** Files the scan found whose stamp differs from the stored one, or that were never stored. */
    public int pendingFileCount() {
        return client.sql("SELECT COUNT(*)" + FILES + " WHERE " + NEEDS_READING).param("emptyRowHash", EMPTY_ROW_HASH)
                .query(Integer.class).single();
    }

    /** Files and manifest rows rejected by the scan. */
    public int rejectionCount() {
        return count("SELECT COUNT(*) FROM BE_SCAN_REJECTED");
    }

    /** The next rejections after {@code key} ({@code ""} to start): manifest rows by line, then files by path. */
    public List<Keyed<Rejection>> rejectionsAfter(String key, int limit) {
        return client.sql("SELECT SORT_KEY, FILE, REASON FROM BE_SCAN_REJECTED WHERE SORT_KEY > :key ORDER BY SORT_KEY"
                        + " LIMIT :limit")
                .param("key", key).param("limit", limit)
                .query((rs, n) -> new Keyed<>(rs.getString(1), new Rejection(rs.getString(2), rs.getString(3)))).list();
    }

    /**
     * The next files to read after {@code path} ({@code ""} to start), in path order, each with its manifest row
     * and what the last run stored about it.
     *
     * @param root the input folder, absolute and normalised: a file's relative path is resolved against it,
     *             unless the scan recorded where the file is
     */
    public List<Keyed<ScannedFile>> pendingFilesAfter(String path, int limit, Path root) {
        return client.sql(PENDING_FILES_SQL).param("path", path).param("emptyRowHash", EMPTY_ROW_HASH)
                .param("limit", limit).query((rs, n) -> {
            String rel = rs.getString("PATH");
            String location = rs.getString("LOCATION");
            ManifestEntry manifest = rs.getString("MANIFEST_PATH") == null ? null : new ManifestEntry(rel,
                    rs.getString("TITLE"), rs.getString("PUBLISHER"), DocumentStore.localDate(rs, "PUBLISHED"),
                    rs.getString("SOURCE_TYPE"), rs.getString("URL"), rs.getString("LANGUAGE"));
            StoredFile stored = rs.getString("STORED_PATH") == null ? null
                    : new StoredFile(rs.getString("SHA256"), rs.getString("STAMP"));
            Path file = location != null ? Path.of(URI.create(location)) : root.resolve(rel);
            return new Keyed<>(rel, new ScannedFile(new CorpusEntry(file, rel, manifest), stored));
        }).list();
    }

    /**
     * The next {@code limit} stored files after {@code path}, in path order, that this scan did not find: they have
     * left the corpus. Read by the {@code BE_FILE} key, a page at a time, so that an emptied input folder does
     * not put the whole corpus in memory.
     */
    public List<String> goneFilesAfter(String path, int limit) {
        return client.sql(GONE_FILES_SQL).param("path", path).param("limit", limit).query(String.class).list();
    }

    /** The manifest rows kept (the first row of each file), in line order. */
    List<ManifestEntry> manifestRows() {
        return client.sql("SELECT PATH, TITLE, PUBLISHER, PUBLISHED, SOURCE_TYPE, URL, LANGUAGE FROM BE_SCAN_MANIFEST"
                + " ORDER BY LINE").query((rs, n) -> new ManifestEntry(rs.getString(1), rs.getString(2), rs.getString(3),
                        DocumentStore.localDate(rs, "PUBLISHED"), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    private int count(String sql) {
        return client.sql(sql).query(Integer.class).single();
    }

    /** A value read back with the key the next page starts after. */
    public record Keyed<T>(String key, T value) {
    }

    /** A file to read, and what the last run stored about it ({@code null} when it was never stored). */
    public record ScannedFile(CorpusEntry entry, StoredFile stored) {
    }

    /**
     * The writing side of one scan: buffers rows and inserts them {@value #BLOCK} at a time, one transaction per
     * batch. Not thread-safe; the scan is single-threaded. {@link #close} writes what is left.
     *
     * <p>The manifest's and the files' tables are keyed by path, and H2 runs a batch's rows in order and goes on
     * past a failed one: a row whose path is already there fails alone, so of two manifest rows for one file the
     * first is used and the later one is rejected as a duplicate (only a row that is kept can be rejected for its
     * date), and of two files whose names read the same the first found is read. The scan keeps no set of the
     * names it has seen.
     */
    public static final class Staging implements AutoCloseable {

        /** H2's error code for a duplicate key. */
        private static final int DUPLICATE_KEY = 23505;

        private final JdbcTemplate jdbc;
        private final TransactionTemplate transactions;
        private final List<ManifestRow> manifestRows = new ArrayList<>();
        private final List<Object[]> files = new ArrayList<>();
        private final List<Object[]> rejections = new ArrayList<>();
        private int fileRejections;

        private Staging(JdbcTemplate jdbc, TransactionTemplate transactions) {
            this.jdbc = jdbc;
            this.transactions = transactions;
        }

        /** A manifest row naming a file inside the folder; {@code dateProblem} is its rejection if it is kept. */
        void manifestRow(int line, String fileAsWritten, ManifestEntry e, String dateProblem) {
            manifestRows.add(new ManifestRow(line, fileAsWritten, dateProblem, new Object[] {e.file(), line, e.title(),
                    e.publisher(), e.published() == null ? null : Date.valueOf(e.published()), e.sourceType(), e.url(),
                    FileStamp.manifestHash(e), e.language()}));
            if (manifestRows.size() == BLOCK) {
                flushManifest();
            }
        }

        /** A manifest row (or, at line 0, the manifest itself) that is not used. */
        void rejectManifestLine(int line, Rejection rejection) {
            reject(String.format("M%010d", line), rejection);
        }

        /**
         * Forgets every manifest row and manifest rejection staged so far: the manifest is not used at all. (It is
         * read before the folder is walked, so nothing else is staged yet.)
         */
        void discardManifest() {
            manifestRows.clear();
            rejections.removeIf(r -> ((String) r[0]).startsWith("M"));
            jdbc.execute("TRUNCATE TABLE BE_SCAN_MANIFEST");
            jdbc.update("DELETE FROM BE_SCAN_REJECTED WHERE SORT_KEY LIKE 'M%'");
        }

        /**
         * A file to read.
         *
         * @param location   where to read it when its relative path does not lead there (see
         *                   {@link ScanStore#location}), else {@code null}
         * @param attributes its {@link FileStamp#attributes}, or {@code null} when they could not be read
         */
        void file(String relativePath, String location, String attributes) {
            files.add(new Object[] {relativePath, location, attributes});
            if (files.size() == BLOCK) {
                flushFiles();
            }
        }

        /** A file of the folder that is not read. */
        void rejectFile(Rejection rejection) {
            reject("P" + rejection.file() + '\0' + String.format("%010d", fileRejections++), rejection);
        }

        private void reject(String key, Rejection rejection) {
            rejections.add(new Object[] {key, rejection.file(), rejection.reason()});
            if (rejections.size() == BLOCK) {
                flushRejections();
            }
        }

        private void flushManifest() {
            if (manifestRows.isEmpty()) {
                return;
            }
            boolean[] inserted = insert("INSERT INTO BE_SCAN_MANIFEST (PATH, LINE, TITLE, PUBLISHER, PUBLISHED,"
                    + " SOURCE_TYPE, URL, ROW_HASH, LANGUAGE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    manifestRows.stream().map(ManifestRow::values).toList());
            for (int i = 0; i < inserted.length; i++) {
                ManifestRow row = manifestRows.get(i);
                if (!inserted[i]) {
                    rejectManifestLine(row.line(), new Rejection(row.fileAsWritten(),
                            "duplicate manifest row (the first one is used)"));
                } else if (row.dateProblem() != null) {
                    rejectManifestLine(row.line(), new Rejection(row.fileAsWritten(), row.dateProblem()));
                }
            }
            manifestRows.clear();
        }

        private void flushFiles() {
            if (files.isEmpty()) {
                return;
            }
            boolean[] inserted = insert("INSERT INTO BE_SCAN_FILE (PATH, LOCATION, ATTRS) VALUES (?, ?, ?)", files);
            for (int i = 0; i < inserted.length; i++) {
                if (!inserted[i]) {
                    rejectFile(new Rejection((String) files.get(i)[0], SAME_NAME_REASON));
                }
            }
            files.clear();
        }

        private void flushRejections() {
            if (!rejections.isEmpty()) {
                insert("INSERT INTO BE_SCAN_REJECTED (SORT_KEY, FILE, REASON) VALUES (?, ?, ?)", rejections);
                rejections.clear();
            }
        }

        /**
         * Inserts the rows in one batch and one transaction (the caller's, if one is open), and says which went in:
         * a row whose key is taken fails alone. Any other failure is thrown.
         */
        private boolean[] insert(String sql, List<Object[]> rows) {
            int[] counts = transactions.execute(status -> {
                try {
                    return jdbc.batchUpdate(sql, rows);
                } catch (DataAccessException e) {
                    return duplicateKeysOnly(e, rows.size());
                }
            });
            boolean[] inserted = new boolean[counts.length];
            for (int i = 0; i < counts.length; i++) {
                inserted[i] = counts[i] != Statement.EXECUTE_FAILED;
            }
            return inserted;
        }

        /** The update counts of a batch whose only failures were taken keys; else {@code e} again. */
        private static int[] duplicateKeysOnly(DataAccessException e, int rows) {
            if (!(e.getCause() instanceof BatchUpdateException batch)) {
                throw e;
            }
            for (SQLException next = batch.getNextException(); next != null; next = next.getNextException()) {
                if (next.getErrorCode() != DUPLICATE_KEY) {
                    throw e;
                }
            }
            if (batch.getUpdateCounts().length != rows) {
                throw e; // a driver that stops at the first failure: not what the keys rely on
            }
            return batch.getUpdateCounts();
        }

        /** Writes the rows still buffered. */
        @Override
        public void close() {
            flushManifest();
            flushFiles();
            flushRejections();
        }
    }

    /** A manifest row waiting for its batch: what its rejection would name, and the values to insert. */
    private record ManifestRow(int line, String fileAsWritten, String dateProblem, Object[] values) {
    }

    /**
     * Where to read a file whose relative path, resolved against the folder, would not lead back to it: a link's
     * target, or a name that does not survive the trip through a string (bytes the system's encoding cannot
     * decode, a backslash). Returns a {@code file:} URI, which keeps the name's bytes, or {@code null} when the
     * relative path is enough.
     */
    static String location(Path root, String relativePath, Path file) {
        try {
            if (root.resolve(relativePath).equals(file)) {
                return null;
            }
        } catch (InvalidPathException e) {
            // the decoded name cannot be encoded again: fall through to the URI
        }
        return file.toUri().toString();
    }
}
