package org.briefingengine.ops;

import java.nio.file.Path;

import org.briefingengine.assessment.Rubric;
import org.briefingengine.citation.MechanismCatalogue;

/**
 * A run's rubric and mechanism catalogue, each read and compiled once. The command line reads them before anything
 * runs, so that a mistake is a usage error, and hands them to the job, whose steps share them.
 */
public record RunDefinitions(Path rubricFile, Rubric rubric, Path mechanismsFile, MechanismCatalogue mechanisms) {

    /** The name under which the command line hands its definitions to the job's context. */
    public static final String VALIDATED = "validatedDefinitions";

    /** @throws IllegalArgumentException naming the file and the problem when one cannot be read or is invalid */
    public static RunDefinitions load(Path rubricFile, Path mechanismsFile) {
        return new RunDefinitions(rubricFile, Rubric.load(rubricFile), mechanismsFile,
                MechanismCatalogue.load(mechanismsFile));
    }

    /** Whether these were read from the files that {@code run} names. */
    public boolean readFor(RunRequest run) {
        return rubricFile.equals(run.rubric()) && mechanismsFile.equals(run.mechanisms());
    }
}
