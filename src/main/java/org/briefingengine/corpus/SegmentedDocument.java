package org.briefingengine.corpus;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A document with its sentences, segmented once and shared by every extractor (one pass per document).
 *
 * <p>Bounded: reading a sentence checks the document's {@link DocumentBudget} (its deadline), and every quote
 * made counts as one row against it; a quote holds at most {@value #MAX_QUOTE_CHARS} characters.
 */
public record SegmentedDocument(SourceDocument document, List<Sentence> sentences, DocumentBudget budget) {

    /** Longest quote, in characters; a longer sentence is quoted up to there, with an ellipsis (offsets unchanged). */
    public static final int MAX_QUOTE_CHARS = 1_500;

    public SegmentedDocument {
        sentences = new Checked(List.copyOf(sentences), budget);
    }

    public SegmentedDocument(SourceDocument document, List<Sentence> sentences) {
        this(document, sentences, DocumentBudget.untimed());
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

    /**
     * The text of a sentence, whitespace collapsed, as it is quoted in reports: at most {@value #MAX_QUOTE_CHARS}
     * characters, cut at a space and ended with {@code " …"} when longer. One pass over the sentence.
     */
    public String quote(Sentence sentence) {
        String text = document.text();
        StringBuilder sb = new StringBuilder(Math.min(sentence.end() - sentence.start(), MAX_QUOTE_CHARS + 1));
        boolean space = false;
        for (int i = sentence.start(); i < sentence.end(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = !sb.isEmpty();
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
            if (sb.length() > MAX_QUOTE_CHARS) {
                sb.setLength(cut(sb));
                sb.append(" …");
                break;
            }
        }
        String quote = sb.toString().strip();
        budget.row(quote.length());
        return quote;
    }

    /** Where to cut an over-long quote: its last space in the second half of the bound, else at the bound. */
    private static int cut(StringBuilder sb) {
        int at = MAX_QUOTE_CHARS - 2;
        for (int k = at; k > MAX_QUOTE_CHARS / 2; k--) {
            if (sb.charAt(k) == ' ') {
                return k;
            }
        }
        return Character.isHighSurrogate(sb.charAt(at - 1)) ? at - 1 : at;
    }

    /** The sentences, read through the budget: every read checks the document's deadline. */
    private static final class Checked extends AbstractList<Sentence> implements RandomAccess {

        private final List<Sentence> sentences;
        private final DocumentBudget budget;

        Checked(List<Sentence> sentences, DocumentBudget budget) {
            this.sentences = sentences;
            this.budget = budget;
        }

        @Override
        public Sentence get(int index) {
            budget.check();
            return sentences.get(index);
        }

        @Override
        public int size() {
            return sentences.size();
        }
    }
}
