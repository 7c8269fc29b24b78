package org.briefingengine.corpus.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.briefingengine.corpus.CorpusEntry;
import org.briefingengine.corpus.CorpusScan;
import org.briefingengine.corpus.CorpusScanner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the input folder: first the manifest rows rejected while scanning, then every file in path order.
 * Not restartable by design: a rerun scans again, and an unchanged file costs only a look at its size, time
 * and manifest row.
 */
public class CorpusItemReader implements ItemStreamReader<IngestItem> {

    private final CorpusScanner scanner;
    private final Path inputDir;
    private List<CorpusEntry> entries = List.of();
    private Iterator<IngestItem> items;
    private volatile int total;

    public CorpusItemReader(CorpusScanner scanner, Path inputDir) {
        this.scanner = scanner;
        this.inputDir = inputDir;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        if (!Files.isDirectory(inputDir)) {
            throw new ItemStreamException("input folder " + inputDir + " does not exist or is not a folder");
        }
        CorpusScan scan = scanner.scan(inputDir);
        entries = scan.entries();
        total = scan.rejected().size() + scan.entries().size();
        items = Stream.concat(scan.rejected().stream().map(IngestItem::of),
                scan.entries().stream().map(IngestItem::of)).iterator();
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
        return items != null && items.hasNext() ? items.next() : null;
    }
}
