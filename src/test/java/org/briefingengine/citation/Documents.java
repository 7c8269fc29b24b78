package org.briefingengine.citation;

import java.util.List;

import org.briefingengine.corpus.SegmentedDocument;
import org.briefingengine.corpus.SentenceSegmenter;
import org.briefingengine.corpus.SourceDocument;

/** Builds test documents the way the engine does: a source document segmented by the corpus segmenter. */
final class Documents {

    private Documents() {
    }

    static SegmentedDocument of(String id, String text) {
        SourceDocument doc = new SourceDocument(id, id, 0, "", "", null, "", "", text, List.of());
        return new SegmentedDocument(doc, new SentenceSegmenter().segment(text));
    }
}
