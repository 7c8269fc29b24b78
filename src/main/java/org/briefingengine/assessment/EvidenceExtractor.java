package org.briefingengine.assessment;

import java.util.List;

import org.briefingengine.corpus.SegmentedDocument;

/** Finds evidence for and against each rubric condition in one document. */
public class EvidenceExtractor {

    private final Rubric rubric;

    public EvidenceExtractor(Rubric rubric) {
        this.rubric = rubric;
    }

    public List<Evidence> extract(SegmentedDocument doc) {
        return List.of();
    }
}
