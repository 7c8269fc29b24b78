package org.briefingengine.ops;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A job definition from {@code jobs/<name>.yml}: what the job reads by default, and when it runs.
 * Paths are relative to the engine's home folder (the working directory).
 *
 * @param schedule Spring cron expression (seconds first), e.g. {@code 0 0 6 * * MON}
 * @param review   the analyst review CSV of the job
 * @param zone     the time zone of the schedule and of {@code --week=previous} ({@code zone:}, default the system's)
 */
public record JobDefinition(String name, String description, String schedule, String rubric, String mechanisms,
                            String review, String input, String output, String db, ZoneId zone) {

    /** Loads {@code jobs/<name>.yml} under {@code home}; the message of the exception is fit for the command line. */
    public static JobDefinition load(Path home, String name) {
        Path file = home.resolve("jobs").resolve(name + ".yml");
        if (!name.matches("[a-z0-9][a-z0-9-]*") || !Files.isRegularFile(file)) {
            throw new IllegalArgumentException("unknown job '" + name + "' (no " + home.relativize(file) + "; see 'jobs')");
        }
        try (InputStream in = Files.newInputStream(file)) {
            Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Map<?, ?> defaults = yaml.get("defaults") instanceof Map<?, ?> m ? m : Map.of();
            return new JobDefinition(name, text(yaml.get("description"), ""), text(yaml.get("schedule"), ""),
                    required(yaml, "rubric", file), required(yaml, "mechanisms", file),
                    text(yaml.get("review"), "jobs/" + name + ".review.csv"),
                    text(defaults.get("input"), "input"), text(defaults.get("output"), "output"),
                    text(defaults.get("db"), "data/briefing-engine"), zone(yaml.get("zone"), file));
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException) {
                throw (IllegalArgumentException) e;
            }
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String required(Map<String, Object> yaml, String key, Path file) {
        String value = text(yaml.get(key), "");
        if (value.isEmpty()) {
            throw new IllegalArgumentException(file + " has no '" + key + "'");
        }
        return value;
    }

    private static ZoneId zone(Object value, Path file) {
        if (value == null || value.toString().isBlank()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(value.toString().strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(file + ": zone '" + value + "' is not a time zone like Europe/Geneva or UTC");
        }
    }

    private static String text(Object value, String fallback) {
        return value == null ? fallback : value.toString().strip();
    }
}
