package org.briefingengine.corpus;

import java.util.List;

/** A document with its sentences, segmented once and shared by every extractor (one pass per document). */
public record SegmentedDocument(SourceDocument document, List<Sentence> sentences) {

    public SegmentedDocument {
        sentences = List.copyOf(sentences);
    }

    public String text() {
        return document.text();
    }

    /** The sentence containing {@code offset}, or {@code null} if the offset lies between sentences. */
    public Sentence sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    /** The text of a sentence, whitespace collapsed, as it is quoted in reports. */
    public String quote(Sentence sentence) {
        return document.text().substring(sentence.start(), sentence.end()).replaceAll("\\s+", " ").strip();
    }
}
