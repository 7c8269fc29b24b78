package org.briefingengine.ops;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/** Starts a job by name and waits for it to finish. */
@Component
public class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JobOperator jobOperator;
    private final List<Job> jobs;
    private final StaleExecutions staleExecutions;
    private final CurrentExecutions current;

    public JobRunner(JobOperator jobOperator, List<Job> jobs, StaleExecutions staleExecutions, CurrentExecutions current) {
        this.jobOperator = jobOperator;
        this.jobs = jobs;
        this.staleExecutions = staleExecutions;
        this.current = current;
    }

    /** Runs the job; call it only while holding the {@link RunLock} of the request's database. */
    public JobExecution run(RunRequest request) throws Exception {
        staleExecutions.recover(request.job());
        Job job = jobs.stream().filter(j -> j.getName().equals(request.job())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("job '" + request.job() + "' has a definition in jobs/ but no implementation"));
        return jobOperator.start(job, request.toJobParameters());
    }

    /** Whether SIGTERM asked this process to stop: a catch-up run then starts no further week. */
    public boolean stopRequested() {
        return current.stopRequested();
    }

    /**
     * Asks the executions this process runs to stop at the next chunk boundary (SIGTERM) and waits for them.
     *
     * @return true when none is running any more
     */
    public boolean stopAndWait(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        current.requestStop();
        Set<JobExecution> stopRequested = new HashSet<>();
        while (!current.running().isEmpty()) {
            for (JobExecution execution : current.running()) {
                if (!stopRequested.contains(execution) && requestStop(execution)) {
                    stopRequested.add(execution);
                }
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    /**
     * A stop request can race with the job between two steps (the repository row changes under it); it is then
     * tried again on the next round rather than given up, so that the process never exits mid-step.
     */
    private boolean requestStop(JobExecution execution) {
        try {
            jobOperator.stop(execution);
            return true;
        } catch (Exception e) {
            log.debug("stop request for execution {} not taken yet: {}", execution.getId(), e.toString());
            return false;
        }
    }
}
