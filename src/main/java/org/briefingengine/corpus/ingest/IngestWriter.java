package org.briefingengine.corpus.ingest;

import org.briefingengine.corpus.DocumentStore;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Stores a chunk of read files: new and changed documents replace the old ones, unchanged ones are marked seen. */
public class IngestWriter implements ItemWriter<IngestedFile> {

    private final DocumentStore store;
    private final long runId;

    public IngestWriter(DocumentStore store, long runId) {
        this.store = store;
        this.runId = runId;
    }

    @Override
    public void write(Chunk<? extends IngestedFile> chunk) {
        store.save(chunk.getItems(), runId);
    }
}
