package org.briefingengine.corpus;

import java.util.ArrayList;
import java.util.List;

/** A non-empty line of a text with its offsets {@code [start, end)}. */
record TextLine(int start, int end, String text) {

    static List<TextLine> nonEmptyLines(String text) {
        List<TextLine> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            String line = text.substring(start, end);
            if (!line.isBlank()) {
                int s = start;
                int e = end;
                while (Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                lines.add(new TextLine(s, e, text.substring(s, e)));
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return lines;
    }

    int words() {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
