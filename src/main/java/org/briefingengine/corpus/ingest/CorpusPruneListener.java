package org.briefingengine.corpus.ingest;

import java.util.function.Predicate;

import org.briefingengine.corpus.DocumentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** After a completed ingest: files gone from the input folder leave the corpus, and repeated texts are marked. */
public class CorpusPruneListener implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(CorpusPruneListener.class);

    private final DocumentStore store;
    private final Predicate<String> inCorpus;

    /** @param inCorpus whether a path (relative to the input folder) was found by this run's scan */
    public CorpusPruneListener(DocumentStore store, Predicate<String> inCorpus) {
        this.store = store;
        this.inCorpus = inCorpus;
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (step.getStatus() == BatchStatus.COMPLETED) {
            int removed = store.prune(inCorpus);
            if (removed > 0) {
                log.info("ingest: {} file(s) no longer in the input folder left the corpus", removed);
            }
        }
        return step.getExitStatus();
    }
}
