package org.briefingengine.corpus.ingest;

import org.briefingengine.corpus.DocumentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** After a completed ingest: files gone from the corpus leave it, and repeated texts are marked as duplicates. */
public class CorpusPruneListener implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(CorpusPruneListener.class);

    private final DocumentStore store;

    public CorpusPruneListener(DocumentStore store) {
        this.store = store;
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (step.getStatus() == BatchStatus.COMPLETED) {
            int removed = store.prune(step.getJobExecutionId());
            if (removed > 0) {
                log.info("ingest: {} file(s) no longer in the input folder left the corpus", removed);
            }
        }
        return step.getExitStatus();
    }
}
