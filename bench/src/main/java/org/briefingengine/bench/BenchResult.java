package org.briefingengine.bench;

import java.util.Optional;

/**
 * Everything measured for one corpus size.
 *
 * @param rerun     the unchanged re-run, when asked for and the full run succeeded
 * @param floor     the {@code rg} floor, when asked for and available
 * @param floorNote  why there is no floor, when there is none
 * @param comparison this build against a reference build ({@code --against}); then {@code full} and {@code rerun}
 *                   are this build's runs of its first pair
 */
public record BenchResult(String command, String week, String heap, SyntheticCorpus.Summary corpus, ChildRun full,
                          Optional<ChildRun> rerun, Optional<RipgrepFloor.Floor> floor, String floorNote,
                          Optional<Comparison.Result> comparison) {

    /** A result without a comparison. */
    public BenchResult(String command, String week, String heap, SyntheticCorpus.Summary corpus, ChildRun full,
                       Optional<ChildRun> rerun, Optional<RipgrepFloor.Floor> floor, String floorNote) {
        this(command, week, heap, corpus, full, rerun, floor, floorNote, Optional.empty());
    }

    public boolean succeeded() {
        return full.succeeded() && rerun.map(ChildRun::succeeded).orElse(true)
                && comparison.map(Comparison.Result::succeeded).orElse(true);
    }
}
