package org.briefingengine.citation;

/**
 * Turns a plain catalogue alias into a regex: any run of spaces or hyphens matches spaces or hyphens
 * ("Secretary-General" = "Secretary General"), either apostrophe matches, a plural or possessive ending is
 * allowed ("Special Rapporteurs", "CERD's"), and the alias must stand as whole words. An alias written all in
 * capitals (an acronym) matches only in capitals; any other alias matches in any case (Unicode case: Cyrillic,
 * accented letters).
 *
 * <p>Whole words are told by Unicode letters and digits on either side, not by {@code \b} (whose meaning
 * changed between Java versions), so that an accented or Cyrillic alias ends where its word ends. Scripts
 * written without spaces (Chinese, Japanese) have no word boundary: such an alias matches anywhere. An Arabic
 * alias may carry one or two attached one-letter prefixes ({@code و ف ب ك ل}: "and", "so", "by", "as", "to"),
 * and its article {@code ال} may be contracted after "to" ({@code للمفوضية}).
 * A {@code *} at the end of a word (Russian {@code Комитет* против пыток}) stands for a case ending of up to
 * three letters.
 */
final class AliasRegex {

    private static final String NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}_])";
    private static final String NOT_WORD_AFTER = "(?![\\p{L}\\p{N}_])";
    /** Not a word before, or one or two Arabic proclitic letters that start a word. */
    private static final String ARABIC_START = "(?:" + NOT_WORD_BEFORE + "|(?<=" + NOT_WORD_BEFORE + "[وفبكل])|(?<="
            + NOT_WORD_BEFORE + "[وف][بكل]))";

    private AliasRegex() {
    }

    static String of(String alias) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < alias.length(); i++) {
            char c = alias.charAt(i);
            if (c == ' ' || c == '-') {
                while (i + 1 < alias.length() && (alias.charAt(i + 1) == ' ' || alias.charAt(i + 1) == '-')) {
                    i++;
                }
                body.append("[\\s\\-\u2010\u2011\u2013]+");
            } else if (c == '\'' || c == '\u2019') {
                body.append("['\u2019]");
            } else if (c == '*' && i > 0 && Character.isLetter(alias.charAt(i - 1))) {
                body.append("\\p{L}{0,3}");
            } else if (Character.isLetterOrDigit(c)) {
                body.append(c);
            } else {
                body.append('\\').append(c);
            }
        }
        char first = alias.charAt(0);
        char last = alias.charAt(alias.length() - 1);
        String start = "";
        String end = "";
        if (isUnspaced(first)) {
            start = "";
        } else if (Character.UnicodeScript.of(first) == Character.UnicodeScript.ARABIC) {
            start = ARABIC_START;
            if (alias.startsWith("ال")) {
                body.replace(0, 2, "(?:ال|لل)"); // "to the": لل + the noun, the article's alif dropped
            }
        } else if (Character.isLetterOrDigit(first)) {
            start = NOT_WORD_BEFORE;
        }
        if (!isUnspaced(last) && (Character.isLetterOrDigit(last) || last == '*')) {
            end = (last < 128 ? "(?:['\u2019]s|s['\u2019]?)?" : "") + NOT_WORD_AFTER;
        }
        boolean acronym = alias.equals(alias.toUpperCase()) && alias.chars().anyMatch(Character::isLetter);
        boolean ascii = alias.chars().allMatch(ch -> ch < 128);
        return (acronym ? "(?:" : ascii ? "(?i:" : "(?iu:") + start + body + end + ")";
    }

    /** Chinese characters and Japanese kana: written without spaces between words. */
    private static boolean isUnspaced(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
