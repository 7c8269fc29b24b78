package org.briefingengine.ops;

import java.nio.file.Path;
import java.time.Instant;

import org.briefingengine.week.IsoWeek;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * One run of a job, as the command line resolved it and as the job reads it back from its parameters.
 * Every path is absolute.
 *
 * @param home the engine's home folder: {@code jobs/} and {@code templates/} live there
 */
public record RunRequest(String job, IsoWeek week, Path home, Path input, Path output, Path db, Path rubric,
                         Path mechanisms, Path review) {

    public JobParameters toJobParameters() {
        return new JobParametersBuilder()
                .addString("week", week.toString())
                .addString("home", home.toString())
                .addString("input", input.toString())
                .addString("output", output.toString())
                .addString("db", db.toString(), false)
                .addString("rubric", rubric.toString())
                .addString("mechanisms", mechanisms.toString())
                .addString("review", review.toString())
                // A week may be run again: each run is a new job instance.
                .addLong("requested.at", Instant.now().toEpochMilli())
                .toJobParameters();
    }

    public static RunRequest from(String job, JobParameters p) {
        return new RunRequest(job, IsoWeek.parse(p.getString("week")), Path.of(p.getString("home")),
                Path.of(p.getString("input")), Path.of(p.getString("output")), Path.of(p.getString("db")),
                Path.of(p.getString("rubric")), Path.of(p.getString("mechanisms")), Path.of(p.getString("review")));
    }

    /** Where this run's outputs go: {@code <output>/<job>/<week>}. */
    public Path target() {
        return output.resolve(job).resolve(week.toString());
    }

    /** The same run for another week (catch-up). */
    public RunRequest withWeek(IsoWeek other) {
        return new RunRequest(job, other, home, input, output, db, rubric, mechanisms, review);
    }

    /** A path as people see it: relative to the home folder when inside it. */
    public String display(Path path) {
        return path.startsWith(home) ? home.relativize(path).toString() : path.toString();
    }
}
