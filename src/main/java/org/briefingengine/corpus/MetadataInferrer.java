package org.briefingengine.corpus;

import java.time.LocalDate;
import java.util.List;

/**
 * Infers what a manifest does not say from the top of a text:
 * <ul>
 * <li>date: the first date written on one of the first {@value #TOP_LINES} non-empty lines of at most 80
 * characters ("May 28, 2022", "Geneva, 28 May 2022", "2022-05-28");</li>
 * <li>publisher: a byline naming a known publisher ("HRIC Statement", "By Reuters") among the first
 * {@value #BYLINE_LINES} non-empty lines;</li>
 * <li>title: the first line that is not a date or byline and has at least three words (or, in Chinese or
 * Japanese, written without spaces, six characters); a line over 200 characters is cut to its first sentence
 * (at most 150 characters).</li>
 * </ul>
 */
final class MetadataInferrer {

    static final int TOP_LINES = 5;
    static final int BYLINE_LINES = 8;

    private final PublisherDirectory publishers;

    MetadataInferrer(PublisherDirectory publishers) {
        this.publishers = publishers;
    }

    LocalDate topDate(String text) {
        return topDate(TextLine.nonEmptyLines(head(text)));
    }

    static LocalDate topDate(List<TextLine> lines) {
        for (int i = 0; i < Math.min(TOP_LINES, lines.size()); i++) {
            String line = lines.get(i).text();
            if (line.length() <= 80) {
                LocalDate d = DateParser.find(line);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    KnownPublisher topPublisher(String text) {
        List<TextLine> lines = TextLine.nonEmptyLines(head(text));
        for (int i = 0; i < Math.min(BYLINE_LINES, lines.size()); i++) {
            KnownPublisher p = publishers.fromLine(lines.get(i).text());
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    String title(String text) {
        return title(TextLine.nonEmptyLines(head(text)));
    }

    String title(List<TextLine> lines) {
        for (TextLine line : lines) {
            String s = line.text();
            if (DateParser.parse(s) != null || publishers.fromLine(s) != null || !substantial(line)) {
                continue;
            }
            if (s.length() <= 200) {
                return s;
            }
            int stop = s.indexOf(". ");
            int cjkStop = s.indexOf('。');
            if (cjkStop > 0 && (stop < 0 || cjkStop < stop)) {
                return cjkStop < 150 ? s.substring(0, cjkStop + 1) : s.substring(0, 150).strip() + "…";
            }
            return stop > 0 && stop < 150 ? s.substring(0, stop) : s.substring(0, 150).strip() + "…";
        }
        return "";
    }

    private static boolean substantial(TextLine line) {
        return line.words() >= 3 || line.text().codePoints().filter(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA;
        }).count() >= 6;
    }

    /** The first few kilobytes: enough for the top lines without splitting a 20 MB text into lines. */
    private static String head(String text) {
        return text.length() > 8192 ? text.substring(0, 8192) : text;
    }
}
