package org.briefingengine.corpus;

import java.util.regex.Pattern;

/**
 * Plain text whose paragraphs were wrapped at a fixed width (a report saved from a PDF, an e-mail) is joined back
 * into one line per paragraph, because the segmenter ends a sentence at every line break: left wrapped,
 * "was not" and "granted access" would be two sentences, and the second would read as the opposite of the first.
 *
 * <p>A text counts as wrapped when at least a quarter of its line breaks between two non-blank lines fall inside a
 * sentence: the line does not end in {@code . ! ? : ;} or a closing mark, and the next starts in lower case. Text
 * written one paragraph to a line has almost none (the real texts this was measured on: none at all, against
 * 38–64% in the wrapped ones), and is returned unchanged.
 *
 * <p>In a wrapped text, a line is joined to the next one unless the next is blank or starts a list item or a
 * numbered paragraph, and either: the next starts in lower case after a line that does not end a sentence, or the
 * line is at least 3/4 of the wrap width (the 90th percentile of line lengths) long. Short lines (headings, a
 * paragraph's last line) end their paragraph. A word broken after a hyphen is rejoined with its hyphen
 * ("follow-" and "up" make "follow-up"): the text stays as its author wrote it, and quotes stay faithful.
 */
final class HardWrappedText {

    /** Share of line breaks inside a sentence from which a text counts as wrapped. */
    static final double WRAPPED_SHARE = 0.25;
    /** Fewest line breaks between non-blank lines a text needs before it is judged at all. */
    static final int MIN_BREAKS = 4;
    /** Line lengths counted one by one; longer lines count as this long when the wrap width is estimated. */
    private static final int MAX_COUNTED_LENGTH = 400;

    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;…\"”’)\\]]");

    private HardWrappedText() {
    }

    /** {@code text} with its wrapped paragraphs joined, or {@code text} itself when it is not wrapped. */
    static String unwrap(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        if (!isWrapped(lines)) {
            return text;
        }
        int longLine = wrapWidth(lines) * 3 / 4;
        StringBuilder out = new StringBuilder(text.length());
        String previous = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (previous != null && !line.isEmpty() && joins(previous, line, longLine)) {
                int n = out.length();
                boolean hyphenated = n > 1 && out.charAt(n - 1) == '-' && Character.isLetter(out.charAt(n - 2))
                        && Character.isLetter(line.charAt(0));
                if (!hyphenated) {
                    out.append(' ');
                }
            } else if (previous != null) {
                out.append('\n');
            }
            out.append(line);
            previous = line;
        }
        return out.toString();
    }

    static boolean isWrapped(String[] lines) {
        int breaks = 0;
        int inSentence = 0;
        for (int i = 1; i < lines.length; i++) {
            String before = lines[i - 1].strip();
            String line = lines[i].strip();
            if (before.isEmpty() || line.isEmpty()) {
                continue;
            }
            breaks++;
            if (continuesSentence(before, line)) {
                inSentence++;
            }
        }
        return breaks >= MIN_BREAKS && inSentence >= WRAPPED_SHARE * breaks;
    }

    private static boolean joins(String line, String next, int longLine) {
        if (LineUnwrapper.LIST_ITEM.matcher(next).matches()) {
            return false;
        }
        return continuesSentence(line, next) || line.length() >= longLine;
    }

    private static boolean continuesSentence(String line, String next) {
        return Character.isLowerCase(next.charAt(0)) && !SENTENCE_END.matcher(line).matches();
    }

    /** The 90th percentile of the lengths of the non-blank lines. */
    static int wrapWidth(String[] lines) {
        int[] counts = new int[MAX_COUNTED_LENGTH + 1];
        int total = 0;
        for (String line : lines) {
            int length = line.strip().length();
            if (length > 0) {
                counts[Math.min(length, MAX_COUNTED_LENGTH)]++;
                total++;
            }
        }
        int seen = 0;
        for (int length = 1; length <= MAX_COUNTED_LENGTH; length++) {
            seen += counts[length];
            if (seen * 10 >= total * 9) {
                return length;
            }
        }
        return MAX_COUNTED_LENGTH;
    }
}
