package org.briefingengine.corpus.ingest;

import java.util.List;

import org.briefingengine.corpus.DocumentStore;
import org.briefingengine.corpus.ScanStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * After a completed ingest: files gone from the input folder leave the corpus, a page of
 * {@value ScanStore#BLOCK} at a time (an emptied folder is a whole corpus), and repeated texts are marked. After
 * any ingest, the staged scan is emptied.
 */
public class CorpusPruneListener implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(CorpusPruneListener.class);

    private final DocumentStore store;
    private final ScanStore scan;

    public CorpusPruneListener(DocumentStore store, ScanStore scan) {
        this.store = store;
        this.scan = scan;
    }

    /**
     * A failure to remove the gone files fails the step (Spring Batch would only log an exception thrown from a
     * listener), so that no report is written from a corpus pruned half way.
     */
    @Override
    public ExitStatus afterStep(StepExecution step) {
        try {
            if (step.getStatus() == BatchStatus.COMPLETED) {
                int removed = forgetGoneFiles();
                if (removed > 0) {
                    log.info("ingest: {} file(s) no longer in the input folder left the corpus", removed);
                }
                markDuplicates();
            }
        } catch (RuntimeException e) {
            log.error("ingest: could not remove the files that left the input folder: {}", e.toString());
            step.setStatus(BatchStatus.FAILED);
            step.addFailureException(e);
            return ExitStatus.FAILED.addExitDescription(e);
        } finally {
            scan.clear();
        }
        return step.getExitStatus();
    }

    /**
     * Marks repeated texts. A failure here leaves the marking pending (its flag is set in the same transaction as
     * the change that needs it), so the next run marks them; this run goes on, with a warning, as before. The
     * one failure seen so far is H2's own: after a process killed part way through an update of the document
     * rows, the next run's update failed inside H2's LOB store ({@code OperationsIT}, once).
     */
    private void markDuplicates() {
        try {
            store.markDuplicates();
        } catch (RuntimeException e) {
            log.warn("ingest: repeated texts could not be marked in this run; the next run marks them."
                    + " Citations of a repeated text may count twice in this briefing. Cause: {}", e.toString());
        }
    }

    /** Forgets the stored files the scan did not find, a page at a time. */
    private int forgetGoneFiles() {
        int removed = 0;
        List<String> page = scan.goneFilesAfter("", ScanStore.BLOCK);
        while (!page.isEmpty()) {
            store.forget(page);
            removed += page.size();
            page = scan.goneFilesAfter(page.get(page.size() - 1), ScanStore.BLOCK);
        }
        return removed;
    }
}
