package org.briefingengine.corpus;

import java.util.regex.Pattern;

/** Inline markdown links and images ({@code [text](url)}, {@code ![alt](url)}) reduced to their text. */
final class MarkdownLinks {

    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]\\n]*)\\]\\(([^)\\s]*)(?:\\s+\"[^\"\\n]*\")?\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]\\n]+)\\]\\[[^\\]\\n]*\\]");

    private MarkdownLinks() {
    }

    static String strip(String text) {
        if (text.indexOf('[') < 0) {
            return text;
        }
        String s = LINK.matcher(text).replaceAll("$1");
        return REFERENCE_LINK.matcher(s).replaceAll("$1");
    }
}
