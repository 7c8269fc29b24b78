package org.briefingengine.corpus;

import java.util.List;

/** The files of an input folder to read, in a stable order, and what was rejected before reading. */
public record CorpusScan(List<CorpusEntry> entries, List<Rejection> rejected) {
}
