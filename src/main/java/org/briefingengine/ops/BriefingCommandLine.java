package org.briefingengine.ops;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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
import org.briefingengine.assessment.ReviewFile;
import org.briefingengine.assessment.Rubric;
import org.briefingengine.citation.MechanismCatalogue;
import org.briefingengine.week.IsoWeek;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line. Options are {@code --name=value}; each has a default from the job definition in
 * {@code jobs/}. Exit codes are those of {@link ExitCode}; a failure prints one line saying why.
 */
public class BriefingCommandLine {

    static final String USAGE = """
            usage: briefing-engine <command> [options]

            commands:
              run JOB    run a job once, e.g. 'run weekly-briefing --week=2022-W21'
              jobs       list the job definitions in jobs/
              status     recent runs from the job repository ('status --db=PATH --limit=N')
              schedule   crontab lines for every job's schedule (working directory and log included)
              serve      stay up and run every job on its schedule (for machines without cron)
              bench      generate a synthetic corpus and time the weekly job on it ('bench --help')
              evaluate   score the visit-standards judgement against gold labels ('evaluate --help')
              --help     show this help ('run --help' shows the options of run)
            """;

    static final String RUN_USAGE = """
            usage: briefing-engine run JOB [--input=DIR] [--output=DIR] [--week=YYYY-Www|previous] [--db=PATH] [--rubric=PATH]
                                           [--catch-up=N]

              --input=DIR     corpus folder with an optional manifest.csv       (default: the job's, input/)
              --output=DIR    outputs go to DIR/JOB/WEEK/                       (default: the job's, output/)
              --week=YYYY-Www ISO week of the briefing                          (default: the current week)
                              'previous': the last complete week before today, in the job's zone
              --catch-up=N    also brief the weeks missed since the job's last completed briefing on this
                              database, each in its own folder, at most N weeks in all (crontab lines use 8)
              --db=PATH       H2 database file, without .mv.db                  (default: the job's, data/briefing-engine)
              --rubric=PATH   visit-standards rubric (YAML) instead of the job's
              --mail-to=ADDRESS[,ADDRESS...]  mail the briefing to these addresses instead of the job's mail.to
              --no-mail       send no mail for this run (neither the briefing nor a failure notice)

            exit codes: 0 success (also when some files were rejected), 1 the job failed,
                        2 usage error, 3 another run holds the database
            """;

    private static final Logger log = LoggerFactory.getLogger(BriefingCommandLine.class);

    private static final List<String> RUN_OPTIONS = List.of("input", "output", "week", "db", "rubric", "mail-to",
            "catch-up");

    /** The run's last line: to the log file only, as it is printed on stdout or stderr already. */
    private static final Logger outcomeLog = LoggerFactory.getLogger(OutcomeLog.NAME);

    /** How long SIGTERM waits for the job to reach a chunk boundary. */
    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(60);

    private final Path home;
    private final PrintStream out;
    private final PrintStream err;

    public BriefingCommandLine(Path home, PrintStream out, PrintStream err) {
        this.home = home.toAbsolutePath().normalize();
        this.out = out;
        this.err = err;
    }

    public int execute(String... args) {
        if (args.length == 0 || isHelp(args[0])) {
            out.print(USAGE);
            return args.length == 0 ? ExitCode.USAGE.code() : ExitCode.SUCCESS.code();
        }
        try {
            return switch (args[0]) {
                case "run" -> run(List.of(args).subList(1, args.length));
                case "jobs" -> jobs(List.of(args).subList(1, args.length));
                case "status" -> status(List.of(args).subList(1, args.length));
                case "schedule" -> schedule(List.of(args).subList(1, args.length));
                case "serve" -> serve(List.of(args).subList(1, args.length));
                case "bench" -> org.briefingengine.bench.Benchmark.run(home, List.of(args).subList(1, args.length), out, err);
                case "evaluate" -> evaluate(List.of(args).subList(1, args.length));
                default -> throw new UsageException("unknown command '" + args[0] + "' (see --help)");
            };
        } catch (UsageException e) {
            err.println("briefing-engine: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
    }

    private int run(List<String> args) {
        if (args.isEmpty() || isHelp(args.get(0))) {
            out.print(RUN_USAGE);
            return args.isEmpty() ? ExitCode.USAGE.code() : ExitCode.SUCCESS.code();
        }
        List<String> rest = new ArrayList<>(args.subList(1, args.size()));
        boolean noMail = rest.removeIf("--no-mail"::equals);
        Map<String, String> options = options(rest);
        RunRequest request = resolve(args.get(0), options);
        return launch(request, catchUp(options), mail(request, options.get("mail-to"), noMail));
    }

    /** The job's {@code mail:} settings with this run's {@code --mail-to} and {@code --no-mail}. */
    private MailSettings mail(RunRequest request, String mailTo, boolean noMail) {
        MailSettings mail;
        try {
            mail = MailSettings.load(home.resolve("jobs").resolve(request.job() + ".yml"));
            if (mailTo != null) {
                mail = mail.withTo(MailSettings.addresses(mailTo, "--mail-to"));
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (mailTo != null && mail.to().isEmpty()) {
            throw new UsageException("--mail-to names no address");
        }
        return noMail ? mail.skipped() : mail;
    }

    private static int catchUp(Map<String, String> options) {
        if (!options.containsKey("catch-up")) {
            return 0; // this week only
        }
        try {
            int weeks = Integer.parseInt(options.get("catch-up").strip());
            if (weeks >= 1 && weeks <= 520) {
                return weeks;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new UsageException("--catch-up must be a number of weeks from 1 to 520, not '" + options.get("catch-up") + "'");
    }

    private RunRequest resolve(String jobName, Map<String, String> options) {
        JobDefinition job;
        IsoWeek week;
        try {
            job = JobDefinition.load(home, jobName);
            week = !options.containsKey("week") ? IsoWeek.of(LocalDate.now())
                    : options.get("week").strip().equalsIgnoreCase("previous") ? IsoWeek.previous(LocalDate.now(job.zone()))
                    : IsoWeek.parse(options.get("week"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        RunRequest request = new RunRequest(jobName, week, home,
                path(options.getOrDefault("input", job.input())), path(options.getOrDefault("output", job.output())),
                path(options.getOrDefault("db", job.db())), path(options.getOrDefault("rubric", job.rubric())),
                path(job.mechanisms()), path(job.review()));
        requireFolder(request.input(), "input folder");
        requireFile(request.rubric(), "rubric");
        requireFile(request.mechanisms(), "mechanism catalogue");
        validateDefinitions(request);
        return request;
    }

    /**
     * Reads the rubric, the mechanism catalogue and the review file before anything runs, so that a mistake in
     * one is a usage error naming the file and the reason, not a failure after the whole ingest. Review rows that
     * cannot be applied are not an error: they are listed in rejected.csv, as documented.
     */
    private static void validateDefinitions(RunRequest request) {
        Rubric rubric;
        try {
            rubric = Rubric.load(request.rubric());
            MechanismCatalogue.load(request.mechanisms());
        } catch (RuntimeException e) {
            throw new UsageException(e.getMessage() == null ? e.toString() : e.getMessage());
        }
        String file = request.review().toString();
        ReviewFile.load(request.review(), rubric).problems().stream()
                .filter(p -> p.startsWith(file + " line 1: ") || p.startsWith(file + ": cannot read"))
                .findFirst()
                .ifPresent(p -> {
                    throw new UsageException("review file " + p);
                });
    }

    private int launch(RunRequest request, int catchUpWeeks, MailSettings mail) {
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
                     .initializers(c -> c.getBeanFactory().registerSingleton("runLock", held))
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
                    deliver(context, one, mail, execution);
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
    private static void deliver(ConfigurableApplicationContext context, RunRequest request, MailSettings mail,
                                JobExecution execution) {
        Path logFile = Path.of(context.getEnvironment().getProperty("logging.file.name", ""));
        context.getBean(BriefingDelivery.class).afterRun(new DeliveryRequest(request.job(), request.week().toString(),
                request.rubric(), request.target(), logFile, mail), execution);
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
            err.println("briefing-engine: could not stop " + request.job() + ": " + rootMessage(e));
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
        String reason = FailureReason.of(execution.getAllFailureExceptions(), databaseFile(request))
                .orElse(execution.getExitStatus().getExitDescription());
        if (execution.getStatus() == BatchStatus.STOPPED) {
            reason = "stopped; the outputs in " + request.display(request.target()) + " are as they were";
        }
        outcomeLog.error(outcome + ": " + firstLine(reason));
        err.println("briefing-engine: " + outcome + ": " + firstLine(reason));
        return ExitCode.FAILURE.code();
    }

    private int evaluate(List<String> args) {
        if (!args.isEmpty() && isHelp(args.get(0))) {
            out.print(EvaluateCommand.USAGE);
            return ExitCode.SUCCESS.code();
        }
        Map<String, String> options = options(args, List.of("input", "labels", "rubric"), "evaluate");
        if (!options.containsKey("input") || !options.containsKey("labels")) {
            throw new UsageException("evaluate needs --input=DIR and --labels=CSV (see 'evaluate --help')");
        }
        try {
            return new EvaluateCommand(out).execute(path(options.get("input")), path(options.get("labels")),
                    path(options.getOrDefault("rubric", EvaluateCommand.DEFAULT_RUBRIC)));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private int status(List<String> args) {
        if (!args.isEmpty() && isHelp(args.get(0))) {
            out.println("usage: briefing-engine status [--db=PATH] [--limit=N]   (default: the weekly job's database, 20 runs)");
            return ExitCode.SUCCESS.code();
        }
        Map<String, String> options = options(args, List.of("db", "limit"), "status");
        String db = options.getOrDefault("db", defaultDb());
        int limit;
        try {
            limit = Integer.parseInt(options.getOrDefault("limit", "20"));
        } catch (NumberFormatException e) {
            throw new UsageException("--limit must be a number");
        }
        return new StatusCommand(out).execute(path(db), limit);
    }

    private int schedule(List<String> args) {
        if (!args.isEmpty()) {
            out.println("usage: briefing-engine schedule   (prints crontab lines; install them with crontab -e)");
            return isHelp(args.get(0)) ? ExitCode.SUCCESS.code() : ExitCode.USAGE.code();
        }
        try {
            return new ScheduleCommand(home, out).execute(definitions(), home.resolve("target/briefing-engine.jar"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private int serve(List<String> args) {
        if (!args.isEmpty()) {
            out.println("usage: briefing-engine serve   (runs every job of jobs/ on its schedule until stopped)");
            return isHelp(args.get(0)) ? ExitCode.SUCCESS.code() : ExitCode.USAGE.code();
        }
        List<ServeCommand.ScheduledJob> jobs = definitions().stream()
                .filter(j -> !j.schedule().isEmpty())
                .map(j -> new ServeCommand.ScheduledJob(j, () -> execute(scheduledRun(j))))
                .toList();
        try {
            return new ServeCommand(out).execute(jobs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.SUCCESS.code();
        }
    }

    private static String[] scheduledRun(JobDefinition job) {
        List<String> args = new ArrayList<>(List.of("run", job.name()));
        args.addAll(List.of(ScheduleCommand.SCHEDULED_RUN.split(" ")));
        return args.toArray(String[]::new);
    }

    private List<JobDefinition> definitions() {
        try (var files = Files.list(home.resolve("jobs"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yml")).sorted()
                    .map(n -> JobDefinition.load(home, n.replaceFirst("\\.yml$", ""))).toList();
        } catch (IOException e) {
            throw new UsageException("no job definitions: cannot list " + home.resolve("jobs") + " (" + e.getMessage()
                    + "). Run the engine from its home folder, the one holding jobs/ and templates/ (cd there first)");
        }
    }

    private String defaultDb() {
        return definitions().stream().findFirst().map(JobDefinition::db).orElse("data/briefing-engine");
    }

    private int jobs(List<String> args) {
        if (!args.isEmpty()) {
            out.println("usage: briefing-engine jobs   (lists each job of jobs/: name, schedule, description)");
            return isHelp(args.get(0)) ? ExitCode.SUCCESS.code() : ExitCode.USAGE.code();
        }
        definitions().forEach(job -> out.println(job.name() + "\t" + job.schedule() + "\t" + job.description()));
        return ExitCode.SUCCESS.code();
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

    private static Map<String, String> options(List<String> args) {
        return options(args, RUN_OPTIONS, "run");
    }

    private static Map<String, String> options(List<String> args, List<String> known, String command) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new UsageException("unexpected argument '" + arg + "' (options are --name=value; see '" + command + " --help')");
            }
            String name = arg.substring(2, eq);
            if (!known.contains(name)) {
                throw new UsageException("unknown option --" + name + " (see '" + command + " --help')");
            }
            options.put(name, arg.substring(eq + 1));
        }
        return options;
    }

    private Path path(String value) {
        return home.resolve(value).toAbsolutePath().normalize();
    }

    private static void requireFolder(Path path, String what) {
        if (!Files.isDirectory(path)) {
            throw new UsageException(what + " " + path + " does not exist or is not a folder");
        }
    }

    private static void requireFile(Path path, String what) {
        if (!Files.isRegularFile(path)) {
            throw new UsageException(what + " " + path + " does not exist");
        }
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
    }

    /** Why a run failed: a full disk or another named cause rather than what failed after it ({@link FailureReason}). */
    private static String reason(Throwable e, RunRequest request) {
        return FailureReason.of(List.of(e), databaseFile(request)).orElseGet(() -> rootMessage(e));
    }

    private static String databaseFile(RunRequest request) {
        return request.display(request.db().resolveSibling(request.db().getFileName() + ".mv.db"));
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    /** A command line that cannot be run; its message is shown as is. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
