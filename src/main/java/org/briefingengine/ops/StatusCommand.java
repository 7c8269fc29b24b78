package org.briefingengine.ops;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.briefingengine.delivery.DeliveryStatus;

/**
 * {@code status}: the recent runs in the job repository, newest first, with their period, times, status,
 * counts and output folder. It opens the database read-only and never creates it.
 */
class StatusCommand {

    private static final String RUNS = """
            SELECT E.JOB_EXECUTION_ID, I.JOB_NAME, E.START_TIME, E.END_TIME, E.STATUS,
              (SELECT PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS P
                WHERE P.JOB_EXECUTION_ID = E.JOB_EXECUTION_ID AND P.PARAMETER_NAME = 'week') WEEK,
              (SELECT PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS P
                WHERE P.JOB_EXECUTION_ID = E.JOB_EXECUTION_ID AND P.PARAMETER_NAME = 'output') OUTPUT,
              (SELECT MAX(WRITE_COUNT) FROM BATCH_STEP_EXECUTION S
                WHERE S.JOB_EXECUTION_ID = E.JOB_EXECUTION_ID AND S.STEP_NAME = 'ingest') FILES,
              (SELECT MAX(READ_COUNT) FROM BATCH_STEP_EXECUTION S
                WHERE S.JOB_EXECUTION_ID = E.JOB_EXECUTION_ID AND S.STEP_NAME = 'analyse') ANALYSED,
              (SELECT COUNT(*) FROM BE_REJECTED R WHERE R.RUN_ID = E.JOB_EXECUTION_ID) REJECTED
            FROM BATCH_JOB_EXECUTION E JOIN BATCH_JOB_INSTANCE I ON I.JOB_INSTANCE_ID = E.JOB_INSTANCE_ID
            ORDER BY E.JOB_EXECUTION_ID DESC LIMIT ?""";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** One run as {@code status} shows it. */
    record RunRow(long execution, String job, String week, String start, String end, String status, long files,
                  long analysed, long rejected, String output) {
    }

    private final PrintStream out;

    StatusCommand(PrintStream out) {
        this.out = out;
    }

    int execute(Path db, int limit) {
        if (!Files.exists(db.resolveSibling(db.getFileName() + ".mv.db"))) {
            out.println("no runs yet: there is no database at " + db);
            return ExitCode.SUCCESS.code();
        }
        Optional<String> running = runningHolder(db);
        if (running.isPresent()) {
            out.println(running.get() + "; the database is busy until it ends, run 'status' again then");
            return ExitCode.SUCCESS.code();
        }
        try {
            print(runs(db, limit));
            deliveries(db, limit);
            return ExitCode.SUCCESS.code();
        } catch (SQLException e) {
            out.println("cannot read the job repository in " + db + ": " + e.getMessage());
            return ExitCode.FAILURE.code();
        }
    }

    private static Optional<String> runningHolder(Path db) {
        try {
            Optional<RunLock> lock = RunLock.tryAcquire(db, "status");
            if (lock.isPresent()) {
                lock.get().close();
                return Optional.empty();
            }
            String activity = RunLock.activity(db);
            return Optional.of(RunLock.holder(db).replaceFirst(" since ", " is running since ")
                    + (activity.isEmpty() ? "" : ": " + activity));
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    static List<RunRow> runs(Path db, int limit) throws SQLException {
        List<RunRow> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r", "sa", "");
             PreparedStatement q = c.prepareStatement(RUNS)) {
            q.setInt(1, limit);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String output = rs.getString("OUTPUT");
                    String week = rs.getString("WEEK");
                    rows.add(new RunRow(rs.getLong(1), rs.getString(2), week, time(rs.getTimestamp(3)),
                            time(rs.getTimestamp(4)), rs.getString(5), rs.getLong("FILES"), rs.getLong("ANALYSED"),
                            rs.getLong("REJECTED"),
                            output == null ? "" : Path.of(output, rs.getString(2), week == null ? "" : week).toString()));
                }
            }
        }
        return rows;
    }

    /** The latest mails sent or tried after runs ({@link DeliveryStatus}). */
    private void deliveries(Path db, int limit) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r", "sa", "")) {
            DeliveryStatus.print(c, limit, out);
        }
    }

    private void print(List<RunRow> rows) {
        if (rows.isEmpty()) {
            out.println("no runs yet");
            return;
        }
        String format = "%-9s %-16s %-9s %-19s %-19s %-9s %6s %8s %8s  %s%n";
        out.printf(format, "execution", "job", "period", "start", "end", "status", "files", "analysed", "rejected", "output");
        for (RunRow r : rows) {
            out.printf(format, r.execution(), r.job(), r.week(), r.start(), r.end(), r.status(), r.files(),
                    r.analysed(), r.rejected(), r.output());
        }
    }

    private static String time(Timestamp t) {
        return t == null ? "-" : t.toLocalDateTime().format(TIME);
    }
}
