package org.briefingengine.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.briefingengine.week.IsoWeek;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which weeks a run with {@code --catch-up=N} briefs: every complete week since the job's last completed briefing
 * on this database, up to the requested week, oldest first, at most N of them (the most recent). A machine that
 * was off on a Monday thus briefs the weeks it missed at its next scheduled run, each in its own folder. Without a
 * completed briefing there is nothing to catch up: only the requested week runs.
 */
@Component
public class CatchUp {

    /** How many weeks a scheduled run briefs at most: two months off are caught up, longer gaps are reported. */
    static final int SCHEDULED_WEEKS = 8;

    private static final String LAST_COMPLETED_WEEK = """
            SELECT MAX(P.PARAMETER_VALUE) FROM BATCH_JOB_EXECUTION E
              JOIN BATCH_JOB_INSTANCE I ON I.JOB_INSTANCE_ID = E.JOB_INSTANCE_ID
              JOIN BATCH_JOB_EXECUTION_PARAMS P ON P.JOB_EXECUTION_ID = E.JOB_EXECUTION_ID
             WHERE I.JOB_NAME = ? AND E.STATUS = 'COMPLETED' AND P.PARAMETER_NAME = 'week'""";

    /**
     * The weeks to brief, and those missed but left out by the bound.
     *
     * @param lastCompleted the latest week the job completed, if any
     */
    record Plan(Optional<IsoWeek> lastCompleted, List<IsoWeek> weeks, List<IsoWeek> leftOut) {
    }

    private final JdbcTemplate jdbc;

    public CatchUp(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    Plan plan(String job, IsoWeek requested, int limit) {
        String last = jdbc.queryForObject(LAST_COMPLETED_WEEK, String.class, job);
        return plan(Optional.ofNullable(last).map(IsoWeek::parse), requested, limit);
    }

    static Plan plan(Optional<IsoWeek> lastCompleted, IsoWeek requested, int limit) {
        List<IsoWeek> missed = new ArrayList<>();
        if (lastCompleted.isPresent()) {
            for (IsoWeek w = lastCompleted.get().next(); w.compareTo(requested) < 0; w = w.next()) {
                missed.add(w);
            }
        }
        missed.add(requested);
        int cut = Math.max(0, missed.size() - Math.max(1, limit));
        return new Plan(lastCompleted, List.copyOf(missed.subList(cut, missed.size())), List.copyOf(missed.subList(0, cut)));
    }
}
