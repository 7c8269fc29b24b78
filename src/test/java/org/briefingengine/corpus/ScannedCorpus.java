package org.briefingengine.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.briefingengine.TestDatabase;
import org.briefingengine.corpus.ScanStore.Keyed;
import org.briefingengine.corpus.ScanStore.ScannedFile;
import org.briefingengine.corpus.ingest.CorpusItemReader;
import org.briefingengine.corpus.ingest.IngestItem;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * A folder scanned into a fresh database and read back whole, in the reader's order: what the scan rejected,
 * and every file (none is stored yet, so every one is to be read). For tests on small folders.
 */
public record ScannedCorpus(List<CorpusEntry> entries, List<Rejection> rejected) {

    /** Through the ingest step's own reader. */
    public static ScannedCorpus of(Path input) {
        CorpusItemReader reader = new CorpusItemReader(new CorpusScanner(), input,
                new ScanStore(TestDatabase.withSchema("scan")));
        reader.open(new ExecutionContext());
        List<CorpusEntry> entries = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        for (IngestItem item = reader.read(); item != null; item = reader.read()) {
            if (item.rejection() != null) {
                rejected.add(item.rejection());
            } else {
                entries.add(item.entry());
            }
        }
        return new ScannedCorpus(entries, rejected);
    }

    /** What {@code store} holds after a scan, paged back seven rows at a time. */
    static ScannedCorpus readBack(ScanStore store, Path input) {
        List<Rejection> rejected = new ArrayList<>();
        for (String key = ""; key != null; ) {
            List<Keyed<Rejection>> page = store.rejectionsAfter(key, 7);
            page.forEach(r -> rejected.add(r.value()));
            key = page.isEmpty() ? null : page.get(page.size() - 1).key();
        }
        List<CorpusEntry> entries = new ArrayList<>();
        for (String key = ""; key != null; ) {
            List<Keyed<ScannedFile>> page = store.pendingFilesAfter(key, 7, input.toAbsolutePath().normalize());
            page.forEach(f -> entries.add(f.value().entry()));
            key = page.isEmpty() ? null : page.get(page.size() - 1).key();
        }
        return new ScannedCorpus(entries, rejected);
    }
}
