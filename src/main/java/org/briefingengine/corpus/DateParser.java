package org.briefingengine.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates found in manifests and at the top of texts: ISO ({@code 2022-05-28}, also with a time part or
 * slashes) and the common written forms ({@code May 28, 2022}, {@code 28 May 2022}, {@code 28-May-2022},
 * {@code Saturday, May 28, 2022}, {@code 28th May 2022}, abbreviated months). Numeric day/month forms such as
 * {@code 05/06/2022} are ambiguous and deliberately not read.
 */
public final class DateParser {

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:(?:mon|tue(?:s)?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";

    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T ][0-9:.+\\-Z]*)?");
    private static final Pattern MDY = Pattern.compile(WEEKDAY + MONTH + "\\s+" + DAY + ",?\\s+(\\d{4})");
    private static final Pattern DMY = Pattern.compile(WEEKDAY + DAY + "(?:\\s+|-|\\s*/\\s*)" + MONTH + "(?:,?\\s+|-|\\s*/\\s*)(\\d{4})");

    private static final Pattern ISO_IN = Pattern.compile("(?<![\\d/.-])" + ISO.pattern() + "(?![\\d/])");
    private static final Pattern MDY_IN = Pattern.compile("(?<![\\p{L}\\d])" + MDY.pattern() + "(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DMY_IN = Pattern.compile("(?<![\\p{L}\\d])" + DMY.pattern() + "(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MDY_FULL = Pattern.compile(MDY.pattern(), Pattern.CASE_INSENSITIVE);
    private static final Pattern DMY_FULL = Pattern.compile(DMY.pattern(), Pattern.CASE_INSENSITIVE);

    private DateParser() {
    }

    /** The date the whole string spells (surrounding blanks and a final full stop ignored), or {@code null}. */
    public static LocalDate parse(String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.isEmpty() || s.length() > 60) {
            return null;
        }
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = MDY_FULL.matcher(s);
        if (m.matches()) {
            return of(m.group(3), month(m.group(1)), m.group(2));
        }
        m = DMY_FULL.matcher(s);
        if (m.matches()) {
            return of(m.group(3), month(m.group(2)), m.group(1));
        }
        return null;
    }

    /** The first date written anywhere in {@code text} (e.g. "Geneva, 28 May 2022"), or {@code null}. */
    public static LocalDate find(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        LocalDate best = null;
        int bestAt = Integer.MAX_VALUE;
        Matcher m = ISO_IN.matcher(text);
        if (m.find()) {
            LocalDate d = of(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = MDY_IN.matcher(text);
        if (m.find() && m.start() < bestAt) {
            LocalDate d = of(m.group(3), month(m.group(1)), m.group(2));
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = DMY_IN.matcher(text);
        if (m.find() && m.start() < bestAt) {
            LocalDate d = of(m.group(3), month(m.group(2)), m.group(1));
            if (d != null) {
                best = d;
            }
        }
        return best;
    }

    private static String month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < prefixes.length; i++) {
            if (n.startsWith(prefixes[i])) {
                return Integer.toString(i + 1);
            }
        }
        return "0";
    }

    private static LocalDate of(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1900 || y > 2200) {
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }
}
