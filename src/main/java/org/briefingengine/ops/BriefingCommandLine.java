package org.briefingengine.ops;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefingengine.assessment.ReviewFile;
import org.briefingengine.delivery.MailSettings;
import org.briefingengine.week.IsoWeek;

/**
 * The command line: parses and checks the arguments of each command, then hands them to the command's class
 * ({@link RunCommand}, {@link StatusCommand}, ...). Options are {@code --name=value}; each has a default from the
 * job definition in {@code jobs/}. Exit codes are those of {@link ExitCode}; a failure prints one line saying why.
 *
 * <p>Parsed by hand rather than with a parser library: the options, messages and exit codes are a contract that a
 * library's own messages and {@code --name value} forms would change, and the parsing is the one loop in
 * {@link #options}.
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

    private static final List<String> RUN_OPTIONS = List.of("input", "output", "week", "db", "rubric", "mail-to",
            "catch-up");

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
        List<String> rest = List.of(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "run" -> run(rest);
                case "jobs" -> jobs(rest);
                case "status" -> status(rest);
                case "schedule" -> schedule(rest);
                case "serve" -> serve(rest);
                case "bench" -> new BenchCommand(home, err).execute(rest);
                case "evaluate" -> evaluate(rest);
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
        Map<String, String> options = options(rest, RUN_OPTIONS, "run");
        RunRequest request = resolve(args.get(0), options);
        RunDefinitions definitions = validateDefinitions(request);
        return new RunCommand(out, err).execute(request, definitions, catchUp(options),
                mail(request, options.get("mail-to"), noMail));
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
        return request;
    }

    /**
     * Reads the rubric, the mechanism catalogue and the review file before anything runs, so that a mistake in
     * one is a usage error naming the file and the reason, not a failure after the whole ingest. Review rows that
     * cannot be applied are not an error: they are listed in rejected.csv, as documented.
     */
    private static RunDefinitions validateDefinitions(RunRequest request) {
        RunDefinitions definitions;
        try {
            definitions = RunDefinitions.load(request.rubric(), request.mechanisms());
        } catch (RuntimeException e) {
            throw new UsageException(e.getMessage() == null ? e.toString() : e.getMessage());
        }
        String file = request.review().toString();
        ReviewFile.load(request.review(), definitions.rubric()).problems().stream()
                .filter(p -> p.startsWith(file + " line 1: ") || p.startsWith(file + ": cannot read"))
                .findFirst()
                .ifPresent(p -> {
                    throw new UsageException("review file " + p);
                });
        return definitions;
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

    /** The {@code --name=value} arguments of {@code command}, each name one of {@code known}. */
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

    /** A command line that cannot be run; its message is shown as is. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
