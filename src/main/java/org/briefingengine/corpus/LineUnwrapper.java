package org.briefingengine.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins hard-wrapped lines of extracted PDF text back into paragraphs, so that a line break means a real break
 * (the segmenter ends sentences at line breaks). A line is joined to the next unless it is blank, short (under
 * 60% of the longest line of the block: a heading or a paragraph's last line), or the next line starts a list item.
 * A word hyphenated across lines is rejoined.
 */
final class LineUnwrapper {

    static final Pattern LIST_ITEM = Pattern.compile("\\s*([•▪●◦\\-–*]|\\(?[0-9a-z]{1,3}[.)])\\s.*");

    private LineUnwrapper() {
    }

    static List<String> unwrap(List<String> lines) {
        int longest = 0;
        for (String l : lines) {
            longest = Math.max(longest, l.strip().length());
        }
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                if (current != null) {
                    out.add(current.toString());
                    current = null;
                }
                out.add("");
                continue;
            }
            if (current == null) {
                current = new StringBuilder(line);
            } else if (LIST_ITEM.matcher(line).matches()) {
                out.add(current.toString());
                current = new StringBuilder(line);
            } else {
                int n = current.length();
                if (n > 1 && current.charAt(n - 1) == '-' && Character.isLetter(current.charAt(n - 2))
                        && Character.isLowerCase(line.charAt(0))) {
                    current.setLength(n - 1);
                } else {
                    current.append(' ');
                }
                current.append(line);
            }
            if (line.length() * 10 < longest * 6) {
                out.add(current.toString());
                current = null;
            }
        }
        if (current != null) {
            out.add(current.toString());
        }
        return out;
    }
}
