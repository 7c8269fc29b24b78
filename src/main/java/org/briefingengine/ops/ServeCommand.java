package org.briefingengine.ops;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntSupplier;

import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * {@code serve}: for people without cron, stays up and runs each job on its cron expression with Spring's
 * scheduling, in the job's zone. Each run is an ordinary {@code run JOB} with the job's defaults and
 * {@link ScheduleCommand#SCHEDULED_RUN} (the last complete week, with catch-up), under the
 * same lock, so a run started by hand at the same time is refused rather than doubled.
 */
class ServeCommand {

    /** A scheduled job and how to run it once. */
    record ScheduledJob(JobDefinition definition, IntSupplier runOnce) {
    }

    private final PrintStream out;

    ServeCommand(PrintStream out) {
        this.out = out;
    }

    int execute(List<ScheduledJob> jobs) throws InterruptedException {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("serve-");
        scheduler.initialize();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            scheduler.shutdown();
            stopped.countDown();
        }, "serve-stop"));
        for (ScheduledJob job : jobs) {
            String cron = job.definition().schedule();
            CronTrigger trigger = new CronTrigger(cron, job.definition().zone());
            scheduler.schedule(() -> {
                int exit = job.runOnce().getAsInt();
                out.println("serve: " + job.definition().name() + " finished with exit code " + exit);
            }, trigger);
            out.println("serve: " + job.definition().name() + " scheduled on '" + cron + "'");
        }
        out.println("serve: waiting; stop with Ctrl-C or SIGTERM");
        stopped.await();
        return ExitCode.SUCCESS.code();
    }
}
