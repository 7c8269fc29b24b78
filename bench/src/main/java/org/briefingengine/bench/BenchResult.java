package org.briefingengine.bench;

import java.util.Optional;

/**
 * Everything measured for one corpus size.
 *
 * @param rerun     the unchanged re-run, when asked for and the full run succeeded
 * @param floor     the {@code rg} floor, when asked for and available
 * @param floorNote why there is no floor, when there is none
 */
public record BenchResult(String command, String week, String heap, SyntheticCorpus.Summary corpus, ChildRun full,
                          Optional<ChildRun> rerun, Optional<RipgrepFloor.Floor> floor, String floorNote) {

    public boolean succeeded() {
        return full.succeeded() && rerun.map(ChildRun::succeeded).orElse(true);
    }
}
