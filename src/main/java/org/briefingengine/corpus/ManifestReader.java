package org.briefingengine.corpus;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.opencsv.CSVReader;
import org.briefingengine.language.LanguageDetector;
import com.opencsv.exceptions.CsvException;
import org.springframework.dao.DataAccessException;

/**
 * Reads {@code manifest.csv} (header {@code file,title,publisher,published,source_type,url}, optionally
 * {@code language}; only {@code file} is required, columns may come in any order) and checks every row against the input folder.
 *
 * <p>Rejected rows (reported with the file name as written): no file name, a duplicate row, an absolute path or
 * one leaving the folder ({@code ../}), a path through a link that leads outside, a missing file, a folder.
 * A row with an unreadable date is reported too, but its other values (title, publisher, type, url) are kept and
 * the file is still read, its date inferred from the text: dropping the publisher would lose the attribution the
 * assessment weighs by, and the reason says so.
 */
final class ManifestReader {

    private static final Pattern DRIVE_LETTER = Pattern.compile("[A-Za-z]:");

    /**
     * Stages the manifest's rows: those naming a file inside the folder, keyed by their normalised relative path,
     * and the rejected ones, each with its line. Duplicates are settled by the staging (the first row is used).
     */
    void read(Path root, Path realRoot, Path manifest, ScanStore.Staging staging) {
        // Rows are read one at a time and handed to the staging, which writes them to H2 in batches: neither the
        // file nor its rows are ever held whole (at 100,000 rows its bytes and decoded text took some 60 MB at once).
        try (Reader reader = EncodingDetector.reader(manifest);
             CSVReader csv = new CSVReader(reader)) {
            String[] header = csv.readNext();
            if (header == null) {
                return;
            }
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                columns.put(header[i].strip().toLowerCase(Locale.ROOT), i);
            }
            if (!columns.containsKey("file")) {
                staging.rejectManifestLine(0, new Rejection(CorpusScanner.MANIFEST, "manifest has no 'file' column"));
                return;
            }
            int line = 1;
            for (String[] row = csv.readNext(); row != null; row = csv.readNext()) {
                line++;
                row(root, realRoot, row, line, columns, staging);
            }
        } catch (DataAccessException e) {
            throw e; // the staging failed, not the manifest
        } catch (IOException | CsvException | RuntimeException e) {
            // All or nothing: a manifest that cannot be parsed to the end is not used at all.
            staging.discardManifest();
            staging.rejectManifestLine(0, new Rejection(CorpusScanner.MANIFEST,
                    "unreadable manifest (" + DocxReader.shortMessage(e) + ")"));
        }
    }

    private static void row(Path root, Path realRoot, String[] row, int line, Map<String, Integer> columns,
                            ScanStore.Staging staging) {
        if (row.length == 1 && row[0].isBlank()) {
            return;
        }
        String file = value(row, columns, "file");
        if (file.isEmpty()) {
            staging.rejectManifestLine(line, new Rejection(CorpusScanner.MANIFEST + " line " + line,
                    "manifest row without a file name"));
            return;
        }
        String problem = pathProblem(root, realRoot, file);
        if (problem != null) {
            staging.rejectManifestLine(line, new Rejection(file, problem));
            return;
        }
        String key = root.relativize(root.resolve(file.replace('\\', '/')).normalize()).toString().replace('\\', '/');
        String dateText = value(row, columns, "published");
        LocalDate published = DateParser.parse(dateText);
        String dateProblem = !dateText.isEmpty() && published == null
                ? "unreadable date '" + dateText + "' in manifest (file read without the manifest date)"
                : null;
        staging.manifestRow(line, file, new ManifestEntry(key, value(row, columns, "title"),
                value(row, columns, "publisher"), published, value(row, columns, "source_type"),
                value(row, columns, "url"), LanguageDetector.normalise(value(row, columns, "language"))), dateProblem);
    }

    /** Why a manifest path must not be read, or {@code null} when it names a regular file inside the folder. */
    static String pathProblem(Path root, Path realRoot, String file) {
        String f = file.replace('\\', '/');
        if (f.startsWith("/") || DRIVE_LETTER.matcher(f).lookingAt() || f.startsWith("~")) {
            return "path outside the input folder (absolute path)";
        }
        Path resolved;
        try {
            resolved = root.resolve(f).normalize();
        } catch (RuntimeException e) {
            return "invalid path";
        }
        if (!resolved.startsWith(root) || resolved.equals(root)) {
            return "path outside the input folder (../)";
        }
        if (!Files.exists(resolved, LinkOption.NOFOLLOW_LINKS)) {
            return "file not found";
        }
        try {
            if (!resolved.toRealPath().startsWith(realRoot)) {
                return "path outside the input folder (link)";
            }
        } catch (IOException e) {
            return "file not found (broken link)";
        }
        if (!Files.isRegularFile(resolved)) {
            return "not a regular file";
        }
        return null;
    }

    private static String value(String[] row, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        return i == null || i >= row.length || row[i] == null ? "" : row[i].strip();
    }
}
