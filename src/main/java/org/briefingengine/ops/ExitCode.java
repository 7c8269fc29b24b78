package org.briefingengine.ops;

/** Process exit codes: a contract for the scripts and cron jobs that run the engine. */
public enum ExitCode {
    /** The job completed (also when some input files were rejected). */
    SUCCESS(0),
    /** The job started and failed; the log and {@code status} say why. */
    FAILURE(1),
    /** The command line was wrong: unknown command or job, bad option value. Nothing ran. */
    USAGE(2),
    /** Another run of the same job holds the database. Nothing ran. */
    ALREADY_RUNNING(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
