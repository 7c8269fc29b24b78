package org.briefingengine.analysis;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Replaces the stored citations and evidence of each analysed document, and marks it analysed (or rejected). */
public class AnalysisWriter implements ItemWriter<DocumentAnalysis> {

    private final AnalysisStore store;
    private final String fingerprint;
    private final long runId;

    /** @param runId the job execution, whose rejections list the documents that could not be analysed */
    public AnalysisWriter(AnalysisStore store, String fingerprint, long runId) {
        this.store = store;
        this.fingerprint = fingerprint;
        this.runId = runId;
    }

    @Override
    public void write(Chunk<? extends DocumentAnalysis> chunk) {
        store.save(chunk.getItems(), fingerprint, runId);
    }
}
