package org.briefingengine.corpus;

import java.util.ArrayList;
import java.util.List;

/** Splits a text into sentences, keeping offsets into the text. */
public class SentenceSegmenter {

    public List<Sentence> segment(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))));
            if (end || i + 1 == text.length()) {
                int e = c == '\n' ? i : i + 1;
                if (!text.substring(start, e).isBlank()) {
                    out.add(new Sentence(start, e, false));
                }
                start = i + 1;
            }
        }
        return out;
    }
}
