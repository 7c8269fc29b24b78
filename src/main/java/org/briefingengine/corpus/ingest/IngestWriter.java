package org.briefingengine.corpus.ingest;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.IntSupplier;

import org.briefingengine.corpus.DocumentStore;
import org.briefingengine.corpus.IngestedFile.FileStatus;
import org.briefingengine.corpus.IngestedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores a chunk of read files: new and changed documents replace the old ones; a file found unchanged by its
 * hash gets its new stamp. At the end of the step it logs how many files were new, changed, unchanged and
 * rejected, so that ops can see that an unchanged corpus was not read again.
 *
 * <p>Files whose stamp was unchanged never reach the writer (the reader only counts them). They are added to the
 * step's read and write counts here, so that "files processed" still counts every file of the corpus; register
 * this listener after the step log listener, whose afterStep then runs later and prints the full counts.
 */
public class IngestWriter implements ItemWriter<IngestedFile>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(IngestWriter.class);

    private final DocumentStore store;
    private final long runId;
    private final IntSupplier untouched;
    private final Map<FileStatus, Integer> counts = new EnumMap<>(FileStatus.class);

    /** @param untouched how many files the reader found unchanged by their stamp and did not pass on */
    public IngestWriter(DocumentStore store, long runId, IntSupplier untouched) {
        this.store = store;
        this.runId = runId;
        this.untouched = untouched;
    }

    @Override
    public void write(Chunk<? extends IngestedFile> chunk) {
        store.save(chunk.getItems(), runId);
        chunk.getItems().forEach(f -> counts.merge(f.status(), 1, Integer::sum));
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        int notPassedOn = untouched.getAsInt();
        stepExecution.setReadCount(stepExecution.getReadCount() + notPassedOn);
        stepExecution.setWriteCount(stepExecution.getWriteCount() + notPassedOn);
        log.info("ingest: {} new, {} changed, {} unchanged (not read again), {} rejected",
                counts.getOrDefault(FileStatus.NEW, 0), counts.getOrDefault(FileStatus.CHANGED, 0),
                counts.getOrDefault(FileStatus.UNCHANGED, 0) + notPassedOn, counts.getOrDefault(FileStatus.REJECTED, 0));
        return stepExecution.getExitStatus();
    }
}
