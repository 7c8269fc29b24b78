package org.briefingengine.bench;

import java.util.Optional;

/** The four runs a comparison makes of each build, in order: their log labels and how the summary names them. */
enum RunKind {
    EMPTY("empty", "run over an empty folder"),
    FULL("full", "full run"),
    RERUN("rerun", "unchanged re-run"),
    WEEKLY("weekly", "weekly run");

    /** The child run's label: its log file, and the folder names of the bench's work directory. */
    final String label;
    /** How the summary's sentences name it. */
    final String description;

    RunKind(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** This kind's run of {@code sequence}; empty when it was not made. */
    Optional<ChildRun> of(Comparison.Sequence sequence) {
        return switch (this) {
            case EMPTY -> Optional.of(sequence.empty());
            case FULL -> Optional.of(sequence.full());
            case RERUN -> sequence.rerun();
            case WEEKLY -> sequence.weekly();
        };
    }
}
