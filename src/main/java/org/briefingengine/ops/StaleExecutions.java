package org.briefingengine.ops;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Marks executions left STARTED by a process that died (SIGKILL, power cut) as FAILED. It is called only while
 * holding the {@link RunLock}, so no live process can own them. The next run then starts afresh; every step
 * stores its results per chunk and per document, so the rerun's outputs equal a clean run's.
 */
@Component
public class StaleExecutions {

    private static final Logger log = LoggerFactory.getLogger(StaleExecutions.class);

    private final JobRepository jobRepository;
    private final JobOperator jobOperator;

    public StaleExecutions(JobRepository jobRepository, JobOperator jobOperator) {
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
    }

    /** @return the executions recovered */
    public List<JobExecution> recover(String job) {
        List<JobExecution> stale = List.copyOf(jobRepository.findRunningJobExecutions(job));
        for (JobExecution execution : stale) {
            log.warn("execution {} of {} was left {} by a process that is gone (started {}); marking it FAILED",
                    execution.getId(), job, execution.getStatus(), execution.getStartTime());
            jobOperator.recover(execution);
        }
        return stale;
    }
}
