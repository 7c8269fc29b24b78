package org.briefingengine.corpus.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.briefingengine.corpus.CorpusEntry;
import org.briefingengine.corpus.CorpusScan;
import org.briefingengine.corpus.CorpusScanner;
import org.briefingengine.corpus.DocumentStore;
import org.briefingengine.corpus.DocumentStore.StoredFile;
import org.briefingengine.corpus.Rejection;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the input folder: first the manifest rows rejected while scanning, then every file in path order, each
 * with what the last run stored about it. Those stored rows are looked up a block of files at a time (one query
 * per {@value #LOOKUP_BLOCK} files), so an unchanged file costs a look at its size, time and manifest row and a
 * share of one query. Not restartable by design: a rerun scans again.
 */
public class CorpusItemReader implements ItemStreamReader<IngestItem> {

    static final int LOOKUP_BLOCK = 500;

    private final CorpusScanner scanner;
    private final Path inputDir;
    private final DocumentStore store;
    private List<CorpusEntry> entries = List.of();
    private List<Rejection> rejected = List.of();
    private int nextRejected;
    private int nextEntry;
    private final Deque<IngestItem> block = new ArrayDeque<>();
    private volatile int total;

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
        entries = scan.entries();
        rejected = scan.rejected();
        nextRejected = 0;
        nextEntry = 0;
        block.clear();
        total = rejected.size() + entries.size();
    }

    /** Files and rejected manifest rows to process, known once the reader is open. */
    public int total() {
        return total;
    }

    /** Whether the scan found this file (path relative to the input folder): a binary search of the sorted scan. */
    public boolean scanned(String path) {
        int low = 0;
        int high = entries.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = entries.get(mid).relativePath().compareTo(path);
            if (c == 0) {
                return true;
            }
            if (c < 0) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return false;
    }

    @Override
    public synchronized IngestItem read() {
        if (nextRejected < rejected.size()) {
            return IngestItem.of(rejected.get(nextRejected++));
        }
        if (block.isEmpty() && nextEntry < entries.size()) {
            List<CorpusEntry> next = entries.subList(nextEntry, Math.min(entries.size(), nextEntry + LOOKUP_BLOCK));
            nextEntry += next.size();
            Map<String, StoredFile> stored = store.storedFiles(next.stream().map(CorpusEntry::relativePath).toList());
            next.forEach(e -> block.add(IngestItem.of(e, stored.get(e.relativePath()))));
        }
        return block.poll();
    }
}
