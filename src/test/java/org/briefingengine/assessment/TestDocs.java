package org.briefingengine.assessment;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.briefingengine.corpus.SegmentedDocument;
import org.briefingengine.corpus.SentenceSegmenter;
import org.briefingengine.corpus.SourceDocument;

/** Small documents written for the tests, and the shipped 2022 rubric. */
final class TestDocs {

    static final Path RUBRIC_2022 = Path.of("templates/standards/minimum-visit-conditions-2022.yml");

    private TestDocs() {
    }

    static SegmentedDocument doc(String id, String sourceType, String text) {
        SourceDocument d = new SourceDocument(id, id, 0, "", id + " publisher", LocalDate.of(2022, 6, 1), sourceType,
                "", text, List.of());
        return new SegmentedDocument(d, new SentenceSegmenter().segment(text));
    }

    static Evidence evidence(String condition, Stance stance, String sourceType, String qualifier, String document) {
        return new Evidence("r", condition, stance, document, document + " publisher", null, sourceType,
                "a quote", 0, 7, qualifier, "rule");
    }
}
