package org.briefingengine.corpus.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.briefingengine.corpus.CorpusEntry;
import org.briefingengine.corpus.CorpusScan;
import org.briefingengine.corpus.CorpusScanner;
import org.briefingengine.corpus.DocumentStore;
import org.briefingengine.corpus.DocumentStore.StoredFile;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the input folder: first the manifest rows rejected while scanning, then, in path order, every file that
 * needs reading, each with what the last run stored about it.
 *
 * <p>When the reader opens, it compares each file's stamp (size, time, manifest row) with the stored one, looking
 * the stored rows up {@value #LOOKUP_BLOCK} files per query. A file whose stamp is unchanged is only counted
 * ({@link #untouched()}): it never enters the chunk pipeline, so an unchanged corpus costs a look at each file and
 * no per-item work. Not restartable by design: a rerun scans again.
 *
 * <p>Memory: once open, the reader keeps the scanned paths as one sorted array of strings, for {@link #scanned},
 * and the items still to read; an item is let go as it is handed out. An untouched file costs only its path.
 */
public class CorpusItemReader implements ItemStreamReader<IngestItem> {

    static final int LOOKUP_BLOCK = 500;

    private final CorpusScanner scanner;
    private final Path inputDir;
    private final DocumentStore store;
    private String[] scannedPaths = new String[0];
    private final List<IngestItem> pending = new ArrayList<>();
    private int next;
    private volatile int untouched;

    public CorpusItemReader(CorpusScanner scanner, Path inputDir, DocumentStore store) {
        this.scanner = scanner;
        this.inputDir = inputDir;
        this.store = store;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        if (!Files.isDirectory(inputDir)) {
            throw new ItemStreamException("input folder " + inputDir + " does not exist or is not a folder");
        }
        CorpusScan scan = scanner.scan(inputDir);
        List<CorpusEntry> entries = scan.entries();
        // The scan is sorted by relative path, compared as strings: the order binarySearch needs.
        scannedPaths = entries.stream().map(CorpusEntry::relativePath).toArray(String[]::new);
        pending.clear();
        next = 0;
        int unchanged = 0;
        scan.rejected().forEach(r -> pending.add(IngestItem.of(r)));
        for (int from = 0; from < entries.size(); from += LOOKUP_BLOCK) {
            int to = Math.min(entries.size(), from + LOOKUP_BLOCK);
            List<CorpusEntry> block = entries.subList(from, to);
            Map<String, StoredFile> stored = store.storedFiles(Arrays.asList(scannedPaths).subList(from, to));
            for (CorpusEntry entry : block) {
                StoredFile previous = stored.get(entry.relativePath());
                if (previous != null && stampUnchanged(entry, previous)) {
                    unchanged++;
                } else {
                    pending.add(IngestItem.of(entry, previous));
                }
            }
        }
        untouched = unchanged;
    }

    /** False also when the file cannot be looked at: the processor then reads it and says why it failed. */
    private static boolean stampUnchanged(CorpusEntry entry, StoredFile previous) {
        try {
            return IngestProcessor.stamp(entry).equals(previous.stamp());
        } catch (IOException e) {
            return false;
        }
    }

    /** Files whose stamp is the stored one: not read, not passed on, counted here. Known once the reader is open. */
    public int untouched() {
        return untouched;
    }

    /** Files and rejected manifest rows this reader passes on, known once the reader is open. */
    public int total() {
        return pending.size();
    }

    /** Whether the scan found this file (path relative to the input folder): a binary search of the sorted scan. */
    public boolean scanned(String path) {
        return Arrays.binarySearch(scannedPaths, path) >= 0;
    }

    /** The next item, or null; the reader drops its own reference, so a read file's entry can be collected. */
    @Override
    public synchronized IngestItem read() {
        if (next == pending.size()) {
            return null;
        }
        return pending.set(next++, null);
    }
}
