package org.briefingengine.corpus.ingest;

import java.util.EnumMap;
import java.util.Map;

import org.briefingengine.corpus.DocumentStore;
import org.briefingengine.corpus.ingest.IngestedFile.FileStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores a chunk of read files: new and changed documents replace the old ones, unchanged ones are marked seen.
 * At the end of the step it logs how many files were new, changed, unchanged and rejected, so that ops can see
 * that an unchanged corpus was not read again.
 */
public class IngestWriter implements ItemWriter<IngestedFile>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(IngestWriter.class);

    private final DocumentStore store;
    private final long runId;
    private final Map<FileStatus, Integer> counts = new EnumMap<>(FileStatus.class);

    public IngestWriter(DocumentStore store, long runId) {
        this.store = store;
        this.runId = runId;
    }

    @Override
    public void write(Chunk<? extends IngestedFile> chunk) {
        store.save(chunk.getItems(), runId);
        chunk.getItems().forEach(f -> counts.merge(f.status(), 1, Integer::sum));
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        log.info("ingest: {} new, {} changed, {} unchanged (not read again), {} rejected",
                counts.getOrDefault(FileStatus.NEW, 0), counts.getOrDefault(FileStatus.CHANGED, 0),
                counts.getOrDefault(FileStatus.UNCHANGED, 0), counts.getOrDefault(FileStatus.REJECTED, 0));
        return stepExecution.getExitStatus();
    }
}
