package org.briefingengine.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Issue 18, defect 3: a text with no full stop gives bounded sentences and bounded quotes, offsets kept. */
class BoundedSentencesTest {

    private final SentenceSegmenter segmenter = new SentenceSegmenter();

    /** About 100 KB of words with no full stop and no line break. */
    private static String runOn(int chars) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < chars; i++) {
            sb.append("the Human Rights Council heard speaker ").append(i).append(" on the visit, ");
        }
        return sb.toString();
    }

    @Test
    void aRunOnTextIsSplitAtItsLastSpaceBeforeTheBoundAndCoversTheText() {
        String text = runOn(100_000);
        List<Sentence> sentences = segmenter.segment(text);

        assertThat(sentences).hasSizeGreaterThan(100_000 / SentenceSegmenter.MAX_SENTENCE_CHARS);
        assertThat(sentences).allSatisfy(s -> assertThat(s.end() - s.start())
                .isBetween(1, SentenceSegmenter.MAX_SENTENCE_CHARS));
        for (int i = 1; i < sentences.size(); i++) {
            Sentence previous = sentences.get(i - 1);
            assertThat(text.charAt(previous.end())).as("split at a space").isEqualTo(' ');
            assertThat(text.substring(previous.end(), sentences.get(i).start())).isBlank();
        }
        assertThat(sentences.get(0).start()).isZero();
        assertThat(text.substring(sentences.get(sentences.size() - 1).end())).isBlank();
    }

    @Test
    void aRunWithoutAnySpaceIsCutAtTheBoundNeverInsideASurrogatePair() {
        String text = "x".repeat(SentenceSegmenter.MAX_SENTENCE_CHARS - 1) + "\uD83D\uDE00".repeat(10);
        List<Sentence> sentences = segmenter.segment(text);

        assertThat(sentences).hasSize(2);
        assertThat(sentences.get(0).end()).isEqualTo(SentenceSegmenter.MAX_SENTENCE_CHARS - 1);
        assertThat(sentences.get(1).end()).isEqualTo(text.length());
    }

    @Test
    void aLongQuoteEndsWithAnEllipsisAndKeepsTheSentenceOffsets() {
        String text = "Intro line\n" + runOn(SentenceSegmenter.MAX_SENTENCE_CHARS - 100).strip();
        SegmentedDocument doc = document(text);
        Sentence sentence = doc.sentences().get(1);

        String quote = doc.quote(sentence);

        assertThat(quote).hasSizeLessThanOrEqualTo(SegmentedDocument.MAX_QUOTE_CHARS).endsWith(" …")
                .startsWith("the Human Rights Council heard speaker 0 on the visit,");
        assertThat(text.substring(sentence.start(), sentence.end())).startsWith(quote.substring(0, quote.length() - 2));
        assertThat(sentence.end()).isEqualTo(text.length());
    }

    @Test
    void aShortQuoteIsTheSentenceWithItsWhitespaceCollapsed() {
        SegmentedDocument doc = document("One  sentence\twith   gaps. Two.");
        assertThat(doc.quote(doc.sentences().get(0))).isEqualTo("One sentence with gaps.");
    }

    @Test
    void aDocumentGivingTooManyRowsIsStopped() {
        SegmentedDocument doc = document("A short one.");
        Sentence s = doc.sentences().get(0);
        for (int i = 0; i < DocumentBudget.MAX_ROWS; i++) {
            doc.quote(s);
        }
        assertThatThrownBy(() -> doc.quote(s)).isInstanceOf(DocumentBudget.Exceeded.class)
                .hasMessageContaining("more than " + DocumentBudget.MAX_ROWS + " citation and evidence rows");
    }

    @Test
    void readingASentencePastTheDeadlineStopsTheDocument() {
        SourceDocument source = new SourceDocument("late.txt", "late.txt", 0, "", "", null, "", "", "One. Two.", List.of());
        SegmentedDocument doc = new SegmentedDocument(source, segmenter.segment(source.text()),
                DocumentBudget.of(java.time.Duration.ZERO, () -> false));

        assertThatThrownBy(() -> doc.sentences().get(0)).isInstanceOf(DocumentBudget.Exceeded.class)
                .hasMessageContaining("the per-document time limit");
    }

    private SegmentedDocument document(String text) {
        SourceDocument source = new SourceDocument("t.txt", "t.txt", 0, "", "", null, "", "", text, List.of());
        return new SegmentedDocument(source, segmenter.segment(text));
    }
}
