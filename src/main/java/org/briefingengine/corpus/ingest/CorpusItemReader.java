package org.briefingengine.corpus.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

import org.briefingengine.corpus.CorpusScanner;
import org.briefingengine.corpus.Rejection;
import org.briefingengine.corpus.ScanStore;
import org.briefingengine.corpus.ScanStore.Keyed;
import org.briefingengine.corpus.ScanStore.ScannedFile;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the input folder: first what the scan rejected (manifest rows by line, then files by path), then, in path
 * order, every file that needs reading, each with what the last run stored about it.
 *
 * <p>When the reader opens, it scans the folder into the {@link ScanStore}, where H2 compares each file's stamp
 * (size, time, manifest row) with the stored one. A file whose stamp is unchanged is only counted
 * ({@link #untouched()}): it never enters the chunk pipeline, so an unchanged corpus costs a look at each file and
 * no per-item work. Not restartable by design: a rerun scans again.
 *
 * <p>Memory: one page of {@value ScanStore#BLOCK} items at most, whatever the size of the corpus; the next page
 * is read by key when this one is handed out.
 */
public class CorpusItemReader implements ItemStreamReader<IngestItem> {

    private final CorpusScanner scanner;
    private final Path inputDir;
    private final ScanStore scan;
    private final Deque<IngestItem> page = new ArrayDeque<>();
    private String lastRejection;
    private String lastFile;
    private volatile int untouched;
    private volatile int total;

    public CorpusItemReader(CorpusScanner scanner, Path inputDir, ScanStore scan) {
        this.scanner = scanner;
        this.inputDir = inputDir;
        this.scan = scan;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        if (!Files.isDirectory(inputDir)) {
            throw new ItemStreamException("input folder " + inputDir + " does not exist or is not a folder");
        }
        scanner.scan(inputDir, scan);
        int filesToRead = scan.pendingFileCount();
        untouched = scan.fileCount() - filesToRead;
        total = scan.rejectionCount() + filesToRead;
        page.clear();
        lastRejection = "";
        // With no file to read (an unchanged corpus), no page is asked for: an empty page costs a pass over them all.
        lastFile = filesToRead > 0 ? "" : null;
    }

    /** Files whose stamp is the stored one: not read, not passed on, counted here. Known once the reader is open. */
    public int untouched() {
        return untouched;
    }

    /** Files and rejected manifest rows this reader passes on, known once the reader is open. */
    public int total() {
        return total;
    }

    /** The next item, or null. */
    @Override
    public synchronized IngestItem read() {
        if (page.isEmpty()) {
            nextPage();
        }
        return page.poll();
    }

    private void nextPage() {
        if (lastRejection != null) {
            for (Keyed<Rejection> r : scan.rejectionsAfter(lastRejection, ScanStore.BLOCK)) {
                page.add(IngestItem.of(r.value()));
                lastRejection = r.key();
            }
            if (!page.isEmpty()) {
                return;
            }
            lastRejection = null;
        }
        if (lastFile != null) {
            Path root = inputDir.toAbsolutePath().normalize();
            for (Keyed<ScannedFile> f : scan.pendingFilesAfter(lastFile, ScanStore.BLOCK, root)) {
                page.add(IngestItem.of(f.value().entry(), f.value().stored()));
                lastFile = f.key();
            }
            if (page.isEmpty()) {
                lastFile = null;
            }
        }
    }
}
