package org.briefingengine.ops;

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

    public JobRunner(JobOperator jobOperator, List<Job> jobs) {
        this.jobOperator = jobOperator;
        this.jobs = jobs;
    }

    public JobExecution run(RunRequest request) throws Exception {
        Job job = jobs.stream().filter(j -> j.getName().equals(request.job())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("job '" + request.job() + "' has a definition in jobs/ but no implementation"));
        return jobOperator.start(job, request.toJobParameters());
    }
}
