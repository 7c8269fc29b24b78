package org.briefingengine.ops;

import java.time.Duration;
import java.util.List;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/** Starts a job by name and waits for it to finish. */
@Component
public class JobRunner {

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

    /**
     * Asks the executions this process runs to stop at the next chunk boundary (SIGTERM) and waits for them.
     *
     * @return true when none is running any more
     */
    public boolean stopAndWait(Duration patience) throws Exception {
        for (JobExecution execution : current.running()) {
            jobOperator.stop(execution);
        }
        long deadline = System.nanoTime() + patience.toNanos();
        while (!current.running().isEmpty()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }
}
