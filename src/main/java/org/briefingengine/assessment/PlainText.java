package org.briefingengine.assessment;

/** Normalises sentence text for matching, character for character, so that offsets stay valid. */
final class PlainText {

    private PlainText() {
    }

    /** Lower-cased text with typographic quotes and dashes made plain and every whitespace a space. */
    static String normalise(String text) {
        char[] chars = text.toLowerCase(java.util.Locale.ROOT).toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = switch (chars[i]) {
                case '\u2018', '\u2019', '\u02bc', '`' -> '\'';
                case '\u201c', '\u201d' -> '"';
                case '\u2013', '\u2014' -> '-';
                default -> Character.isWhitespace(chars[i]) || chars[i] == '\u00a0' ? ' ' : chars[i];
            };
        }
        return new String(chars);
    }
}
