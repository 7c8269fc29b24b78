package org.briefingengine.ops;

import java.time.Duration;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Logs one line per step with its counts and duration, for ops reading a cron log, and records the step in the
 * run's lock file (when the command line holds one) for {@code status}.
 */
@Component
public class StepLogListener implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StepLogListener.class);

    private final ObjectProvider<RunLock> runLock;

    public StepLogListener(ObjectProvider<RunLock> runLock) {
        this.runLock = runLock;
    }

    @Override
    public void beforeStep(StepExecution step) {
        runLock.ifAvailable(lock -> lock.recordStep(step.getStepName()));
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        LocalDateTime start = step.getStartTime();
        Duration took = start == null ? Duration.ZERO : Duration.between(start, LocalDateTime.now());
        log.info("step {} {}: read {}, written {}, filtered {}, skipped {}, {} commits in {} ms", step.getStepName(),
                step.getStatus(), step.getReadCount(), step.getWriteCount(), step.getFilterCount(),
                step.getSkipCount(), step.getCommitCount(), took.toMillis());
        return step.getExitStatus();
    }
}
