package org.briefingengine.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes page chrome from extracted text and normalises whitespace; every offset the engine reports refers to the
 * text this returns. Works on lines; a line holding only {@value #PAGE_BREAK} marks a page break (PDF) and is never
 * removed.
 *
 * <p>What is removed (conservatively: only whole lines that are recognisably chrome):
 * <ul>
 * <li>single chrome lines: share buttons ("Share this", "Tweet", "Facebook" …), photo credits ("UN Photo",
 * "Photo: …"), cookie banners, "Skip to content", "2024 highlights" promo headings;</li>
 * <li>"Read more:" / "See also:" lines together with the link headline that follows them;</li>
 * <li>trailers: from a "Related articles" / "No comments:" / "You may also like" … line in the second half of the
 * text to the end of the text (or of the page);</li>
 * <li>a site promo block: when one of the first two lines (at least 20 characters) is repeated verbatim in the
 * last 40% of the text, the top lines up to it are dropped and so is everything from its repetition on.</li>
 * </ul>
 * Whitespace: non-breaking and zero-width spaces are normalised, runs of spaces collapsed, lines trimmed, and runs
 * of blank lines reduced to one.
 */
final class BoilerplateFilter {

    static final String PAGE_BREAK = "\f";

    private static final Set<String> CHROME_LINES = Set.of(
            "share this", "share", "share this article", "share this page", "share on facebook", "share on twitter",
            "share on linkedin", "share via email", "tweet", "facebook", "twitter", "linkedin", "whatsapp", "email",
            "print", "print this page", "un photo", "skip to content", "skip to main content", "back to top",
            "menu", "close", "subscribe", "advertisement", "sign up for our newsletter");
    private static final Set<String> TRAILERS = Set.of(
            "related articles", "related posts", "related stories", "related news", "related content",
            "more stories", "you may also like", "you might also like", "no comments", "post a comment",
            "leave a comment", "leave a reply", "newer post", "older post", "recommended for you");
    private static final Set<String> LINK_LEADS = Set.of("read more", "see also", "related", "read also",
            "also read");
    private static final Pattern PHOTO_CREDIT = Pattern.compile("(?i)(un )?photo(\\s*(:|/|by|credit)\\s*.*)?");
    private static final Pattern HIGHLIGHTS = Pattern.compile("(?i)(.{0,40}\\s)?\\d{4} highlights");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u2007\\u202F\\u2000-\\u200A\\u3000]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");

    NormalisedText clean(String raw) {
        List<String> lines = new ArrayList<>();
        for (String line : raw.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            lines.add(line.equals(PAGE_BREAK) ? PAGE_BREAK : normaliseSpaces(line));
        }
        boolean[] drop = new boolean[lines.size()];
        markPromoBlock(lines, drop);
        markChrome(lines, drop);
        return join(lines, drop);
    }

    private static String normaliseSpaces(String line) {
        if (plainSpacing(line)) {
            return line.strip();
        }
        String s = line.indexOf('\f') >= 0 ? line.replace('\f', ' ') : line;
        s = INVISIBLE.matcher(s).replaceAll("");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** True when the line has no invisible character, no special space, no tab and no run of spaces. */
    private static boolean plainSpacing(String line) {
        char previous = 'x';
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ' ? previous == ' ' : c < ' ' || (c >= '\u00A0' && isSpecial(c))) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    private static boolean isSpecial(char c) {
        return c == '\u00A0' || c == '\u00AD' || c == '\u2007' || c == '\u202F' || c == '\u3000' || c == '\uFEFF'
                || (c >= '\u2000' && c <= '\u200D') || c == '\u2060';
    }

    private void markChrome(List<String> lines, boolean[] drop) {
        long total = 0;
        for (String l : lines) {
            total += l.length() + 1;
        }
        long before = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            before += line.length() + 1;
            if (drop[i] || line.isEmpty() || line.equals(PAGE_BREAK)) {
                continue;
            }
            String key = key(line);
            if (TRAILERS.contains(key) && before * 2 >= total) {
                for (int j = i; j < lines.size() && !lines.get(j).equals(PAGE_BREAK); j++) {
                    drop[j] = true;
                }
                continue;
            }
            if (LINK_LEADS.contains(key)) {
                drop[i] = true;
                if (line.endsWith(":")) {
                    int next = nextNonEmpty(lines, i + 1);
                    if (next >= 0 && isHeadline(lines.get(next))) {
                        drop[next] = true;
                    }
                }
                continue;
            }
            if (key.startsWith("read more: ") && line.length() < 200) {
                drop[i] = true;
                continue;
            }
            if (CHROME_LINES.contains(key) || (line.length() <= 100 && PHOTO_CREDIT.matcher(line).matches())
                    || (line.length() <= 60 && HIGHLIGHTS.matcher(line).matches()) || isCookieBanner(key)) {
                drop[i] = true;
            }
        }
    }

    /** A promo line among the first two lines that the page repeats near its bottom frames the content. */
    private void markPromoBlock(List<String> lines, boolean[] drop) {
        int first = nextNonEmpty(lines, 0);
        int second = first < 0 ? -1 : nextNonEmpty(lines, first + 1);
        long total = 0;
        for (String l : lines) {
            total += l.length() + 1;
        }
        for (int top : new int[] {first, second}) {
            if (top < 0 || lines.get(top).length() < 20) {
                continue;
            }
            long offset = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (i > top && lines.get(i).equals(lines.get(top)) && offset * 10 >= total * 6) {
                    for (int j = 0; j <= top; j++) {
                        drop[j] = true;
                    }
                    for (int j = i; j < lines.size() && !lines.get(j).equals(PAGE_BREAK); j++) {
                        drop[j] = true;
                    }
                    return;
                }
                offset += lines.get(i).length() + 1;
            }
        }
    }

    private static boolean isCookieBanner(String key) {
        return key.length() <= 400 && key.contains("cookie")
                && (key.contains("accept") || key.contains("we use") || key.contains("consent")
                || key.contains("uses cookies"));
    }

    /** A short line without a sentence end: a link or article title. */
    static boolean isHeadline(String line) {
        if (line.isEmpty() || line.length() > 200) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return last != '.' && last != '"' && last != '”' && last != ':' && last != ';';
    }

    private static String key(String line) {
        String k = line.toLowerCase(Locale.ROOT);
        while (k.endsWith(":") || k.endsWith(".") || k.endsWith("…")) {
            k = k.substring(0, k.length() - 1).strip();
        }
        return k;
    }

    private static int nextNonEmpty(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isEmpty() && !lines.get(i).equals(PAGE_BREAK)) {
                return i;
            }
        }
        return -1;
    }

    private static NormalisedText join(List<String> lines, boolean[] drop) {
        StringBuilder sb = new StringBuilder();
        List<Integer> pageStarts = new ArrayList<>();
        boolean paged = lines.contains(PAGE_BREAK);
        if (paged) {
            pageStarts.add(0);
        }
        boolean pendingBlank = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.equals(PAGE_BREAK)) {
                if (sb.length() > 0) {
                    sb.append("\n\n");
                    pendingBlank = false;
                }
                pageStarts.add(sb.length());
                continue;
            }
            if (drop[i]) {
                continue;
            }
            if (line.isEmpty()) {
                pendingBlank = sb.length() > 0;
                continue;
            }
            if (sb.length() > 0 && !endsWithBlankLine(sb)) {
                sb.append(pendingBlank ? "\n\n" : "\n");
            }
            pendingBlank = false;
            sb.append(line);
        }
        int trimmed = sb.length();
        while (trimmed > 0 && sb.charAt(trimmed - 1) == '\n') {
            trimmed--;
        }
        sb.setLength(trimmed);
        int end = trimmed;
        pageStarts.replaceAll(p -> Math.min(p, end));
        return new NormalisedText(sb.toString(), pageStarts);
    }

    private static boolean endsWithBlankLine(StringBuilder sb) {
        return sb.length() >= 2 && sb.charAt(sb.length() - 1) == '\n' && sb.charAt(sb.length() - 2) == '\n';
    }
}
