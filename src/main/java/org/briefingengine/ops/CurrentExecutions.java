package org.briefingengine.ops;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/** The job executions this process is running, so that SIGTERM can stop exactly those. */
@Component
public class CurrentExecutions implements JobExecutionListener {

    private final Set<JobExecution> running = ConcurrentHashMap.newKeySet();
    private volatile boolean stopRequested;

    @Override
    public void beforeJob(JobExecution execution) {
        running.add(execution);
    }

    @Override
    public void afterJob(JobExecution execution) {
        running.remove(execution);
    }

    /** Set on SIGTERM, before the stop requests: from then on nothing is published and no further week starts. */
    void requestStop() {
        stopRequested = true;
    }

    public boolean stopRequested() {
        return stopRequested;
    }

    Set<JobExecution> running() {
        return Set.copyOf(running);
    }
}
