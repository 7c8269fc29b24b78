package org.briefingengine.ops;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.briefingengine.BriefingEngineApplication;
import org.briefingengine.delivery.BriefingDelivery;
import org.briefingengine.delivery.DeliveryRequest;
import org.briefingengine.delivery.MailSettings;
import org.briefingengine.week.IsoWeek;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code run} command once its command line is resolved: starts the Spring context on the run's database,
 * runs the weekly job, prints and logs the outcome, stops gracefully on SIGTERM. Exit codes are {@link ExitCode}'s.
 */
final class RunCommand {

    private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

    /** The run's last line: to the log file only, as it is printed on stdout or stderr already. */
    private static final Logger outcomeLog = LoggerFactory.getLogger(OutcomeLog.NAME);

    /** How long SIGTERM waits for the job to reach a chunk boundary. */
    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(60);

    private final PrintStream out;
    private final PrintStream err;

    RunCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Runs the job for the request's week, or with {@code catchUpWeeks} also the weeks missed before it, holding the
     * database's run lock; mails each week's outcome.
     */
    int execute(RunRequest request, RunDefinitions definitions, int catchUpWeeks, MailSettings mail) {
        long started = System.nanoTime();
        Optional<RunLock> lock;
        try {
            lock = RunLock.tryAcquire(request.db(), request.job());
        } catch (IOException e) {
            err.println("briefing-engine: cannot lock the database " + request.display(request.db()) + ": " + e.getMessage());
            return ExitCode.FAILURE.code();
        }
        if (lock.isEmpty()) {
            err.println("briefing-engine: " + alreadyRunning(request));
            return ExitCode.ALREADY_RUNNING.code();
        }
        CountDownLatch closed = new CountDownLatch(1);
        try (RunLock held = lock.get();
             ConfigurableApplicationContext context = new SpringApplicationBuilder(BriefingEngineApplication.class)
                     .properties(springProperties(request))
                     .initializers(c -> {
                         c.getBeanFactory().registerSingleton("runLock", held);
                         c.getBeanFactory().registerSingleton(RunDefinitions.VALIDATED, definitions);
                     })
                     .logStartupInfo(false)
                     .registerShutdownHook(false)
                     .run()) {
            OutcomeLog.toFileOnly();
            JobRunner runner = context.getBean(JobRunner.class);
            Thread stopOnSigterm = new Thread(() -> stopGracefully(runner, request, closed), "graceful-stop");
            Runtime.getRuntime().addShutdownHook(stopOnSigterm);
            try {
                int exit = ExitCode.SUCCESS.code();
                for (IsoWeek week : weeks(context, request, catchUpWeeks)) {
                    RunRequest one = request.withWeek(week);
                    held.recordWeek(week.toString());
                    JobExecution execution = runner.run(one);
                    exit = Math.max(exit, report(one, execution, Duration.ofNanos(System.nanoTime() - started)));
                    deliver(context, one, definitions, mail, execution);
                    if (runner.stopRequested() || execution.getStatus() == BatchStatus.STOPPED) {
                        break;
                    }
                    started = System.nanoTime();
                }
                return exit;
            } finally {
                removeHook(stopOnSigterm);
            }
        } catch (Exception e) {
            if (DatabaseInUse.causedBy(e)) {
                err.println("briefing-engine: " + alreadyRunning(request));
                return ExitCode.ALREADY_RUNNING.code();
            }
            String line = request.job() + " " + request.week() + " failed: " + reason(e, request);
            outcomeLog.error(line);
            err.println("briefing-engine: " + line);
            return ExitCode.FAILURE.code();
        } finally {
            closed.countDown();
        }
    }

    /** Mails the run's outcome ({@link BriefingDelivery}); whatever becomes of the mail, the exit code stays. */
    private static void deliver(ConfigurableApplicationContext context, RunRequest request, RunDefinitions definitions,
                                MailSettings mail, JobExecution execution) {
        Path logFile = Path.of(context.getEnvironment().getProperty("logging.file.name", ""));
        context.getBean(BriefingDelivery.class).afterRun(new DeliveryRequest(request.job(), request.week().toString(),
                definitions.rubric(), request.target(), logFile, mail), execution);
    }

    /**
     * The weeks this run briefs: the requested one, or with {@code --catch-up} also those missed since the last
     * completed briefing (logged and printed, with those left out by the bound).
     */
    private List<IsoWeek> weeks(ConfigurableApplicationContext context, RunRequest request, int catchUpWeeks) {
        if (catchUpWeeks == 0) {
            return List.of(request.week());
        }
        CatchUp.Plan plan = context.getBean(CatchUp.class).plan(request.job(), request.week(), catchUpWeeks);
        String last = plan.lastCompleted().map(w -> "the last completed briefing is " + w)
                .orElse("no completed briefing yet, nothing to catch up");
        if (!plan.leftOut().isEmpty()) {
            String note = request.job() + ": " + last + "; " + plan.leftOut().size() + " missed week(s) "
                    + plan.leftOut().get(0) + " to " + plan.leftOut().get(plan.leftOut().size() - 1)
                    + " are NOT briefed (--catch-up=" + catchUpWeeks + "); run them with --week=YYYY-Www";
            log.warn(note);
            err.println("briefing-engine: " + note);
        } else {
            log.info("{}: {}; briefing {}", request.job(), last, plan.weeks());
        }
        return plan.weeks();
    }

    private String alreadyRunning(RunRequest request) {
        String holder = RunLock.holder(request.db());
        return (holder.isEmpty() ? request.job() + " is already running" : holder.replaceFirst(" since ", " is already running since "))
                + " on the database " + request.display(request.db()) + "; this run was not started";
    }

    /**
     * On SIGTERM: ask the job to stop at the next chunk boundary, and keep the JVM alive until the run has closed
     * its Spring context. The job repository records the final status after the job's listeners have run, and H2
     * writes its last commits to the file only when the database closes: a JVM that exits earlier leaves the run
     * STARTED on disk.
     */
    private void stopGracefully(JobRunner runner, RunRequest request, CountDownLatch closed) {
        try {
            err.println("briefing-engine: stopping " + request.job() + " at the next chunk boundary");
            long deadline = System.nanoTime() + GRACEFUL_STOP.toNanos();
            if (!runner.stopAndWait(GRACEFUL_STOP)
                    || !closed.await(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                err.println("briefing-engine: " + request.job() + " did not stop within " + GRACEFUL_STOP.toSeconds()
                        + " s; the next run will recover it");
            }
        } catch (Exception e) {
            err.println("briefing-engine: could not stop " + request.job() + ": " + FailureReason.rootMessage(e));
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already shutting down: the hook is running or has run.
        }
    }

    private int report(RunRequest request, JobExecution execution, Duration took) {
        long read = 0;
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStepName().equals("ingest")) {
                read = step.getWriteCount();
            }
        }
        String outcome = request.job() + " " + request.week() + ": " + execution.getStatus() + " in "
                + took.toMillis() + " ms (execution " + execution.getId() + ")";
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            String line = outcome + "; " + read + " files processed; outputs in " + request.display(request.target());
            outcomeLog.info(line);
            out.println(line);
            return ExitCode.SUCCESS.code();
        }
        String reason = FailureReason.of(execution.getAllFailureExceptions(), databaseFile(request),
                () -> freeBytes(request.db()))
                .orElse(execution.getExitStatus().getExitDescription());
        if (execution.getStatus() == BatchStatus.STOPPED) {
            reason = "stopped; the outputs in " + request.display(request.target()) + " are as they were";
        }
        outcomeLog.error(outcome + ": " + firstLine(reason));
        err.println("briefing-engine: " + outcome + ": " + firstLine(reason));
        return ExitCode.FAILURE.code();
    }

    private static Map<String, Object> springProperties(RunRequest request) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("spring.datasource.url", "jdbc:h2:file:" + request.db() + ";DB_CLOSE_ON_EXIT=FALSE");
        props.put("logging.file.name", logFile(request).toString());
        return props;
    }

    /** A log file per run: {@code <output>/<job>/logs/<week>-<timestamp>.log}. */
    static Path logFile(RunRequest request) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        return request.output().resolve(request.job()).resolve("logs").resolve(request.week() + "-" + stamp + ".log");
    }

    /** Why a run failed: a full disk or another named cause rather than what failed after it ({@link FailureReason}). */
    private static String reason(Throwable e, RunRequest request) {
        return FailureReason.of(List.of(e), databaseFile(request), () -> freeBytes(request.db()))
                .orElseGet(() -> FailureReason.rootMessage(e));
    }

    /** Free bytes on the volume of the database file (its nearest existing folder), or "plenty" if unknown. */
    private static long freeBytes(Path db) {
        Path dir = db.toAbsolutePath().getParent();
        while (dir != null && !Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        try {
            return dir == null ? Long.MAX_VALUE : Files.getFileStore(dir).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static String databaseFile(RunRequest request) {
        return request.display(request.db().resolveSibling(request.db().getFileName() + ".mv.db"));
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
