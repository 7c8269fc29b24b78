package org.briefingengine.analysis;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Replaces the stored citations and evidence of each analysed document, and marks it analysed. */
public class AnalysisWriter implements ItemWriter<DocumentAnalysis> {

    private final AnalysisStore store;
    private final String fingerprint;

    public AnalysisWriter(AnalysisStore store, String fingerprint) {
        this.store = store;
        this.fingerprint = fingerprint;
    }

    @Override
    public void write(Chunk<? extends DocumentAnalysis> chunk) {
        store.save(chunk.getItems(), fingerprint);
    }
}
