package org.briefingengine.citation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks markdown link residue ({@code [CHN 13/2018](#)}, {@code \(OHCHR\)}) with spaces of the same length, so
 * that patterns see plain prose while every offset still points into the document text.
 */
final class LinkResidue {

    private static final Pattern RESIDUE = Pattern.compile("\\]\\([^()\\s]*\\)|[\\[\\]]|\\\\(?=[()\\[\\]*_])");

    private LinkResidue() {
    }

    static String mask(String text) {
        Matcher m = RESIDUE.matcher(text);
        if (!m.find()) {
            return text;
        }
        char[] chars = text.toCharArray();
        do {
            for (int i = m.start(); i < m.end(); i++) {
                chars[i] = ' ';
            }
        } while (m.find());
        return new String(chars);
    }
}
