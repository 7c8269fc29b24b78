package org.briefingengine.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown reduced to plain text: headings, list items and quotes become lines of their own (markers removed),
 * paragraphs wrapped over several lines are joined, links/images become their text, emphasis and code marks and
 * backslash escapes ({@code \(}) are removed, rules and link definitions dropped; footnotes are content
 * and stay, as lines {@code [n] text}. Numbered list markers are kept.
 */
final class MarkdownReader implements FormatReader {

    private static final Pattern FENCE = Pattern.compile("\\s{0,3}(```|~~~).*");
    private static final Pattern RULE = Pattern.compile("\\s{0,3}([-*_])(\\s*\\1){2,}\\s*");
    private static final Pattern SETEXT = Pattern.compile("\\s{0,3}(=+|-+)\\s*");
    private static final Pattern HEADING = Pattern.compile("\\s{0,3}#{1,6}\\s+(.*?)(\\s+#+)?\\s*");
    private static final Pattern BULLET = Pattern.compile("\\s*[-*+]\\s+(.*)");
    private static final Pattern ORDERED = Pattern.compile("\\s*\\d{1,3}[.)]\\s+.*");
    private static final Pattern LINK_DEFINITION = Pattern.compile("\\s{0,3}\\[[^\\]^][^\\]]*\\]:\\s*\\S+.*");
    /** A footnote definition {@code [^2]: text}: content, kept as a line {@code [2] text}. */
    private static final Pattern FOOTNOTE = Pattern.compile("\\s{0,3}\\[\\^([^\\]\\s]+)\\]:\\s*(.*)");
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\[\\^([^\\]\\s]+)\\]");
    private static final Pattern QUOTE = Pattern.compile("\\s{0,3}>\\s?(.*)");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<\"'])");
    private static final Pattern ESCAPED = Pattern.compile("[\\uE000-\\uE07F]");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)([^*_\\n]+?)\\1");
    private static final Pattern EM_STAR = Pattern.compile("(?<![\\w*])\\*([^*\\n]+)\\*(?![\\w*])");
    private static final Pattern EM_UNDERSCORE = Pattern.compile("(?<![\\w_])_([^_\\n]+)_(?![\\w_])");
    private static final Pattern CODE = Pattern.compile("`([^`\\n]*)`");
    private static final Pattern STRIKE = Pattern.compile("~~([^~\\n]+)~~");

    @Override
    public ExtractedText read(Path file, ParserLimits limits) throws RejectedFileException, IOException {
        return new ExtractedText(toPlainText(TextBytes.read(file)), "");
    }

    String toPlainText(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length());
        StringBuilder paragraph = new StringBuilder();
        boolean inCode = false;
        for (String raw : markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            if (FENCE.matcher(raw).matches()) {
                flush(paragraph, out);
                inCode = !inCode;
                continue;
            }
            if (inCode) {
                out.append(raw).append('\n');
                continue;
            }
            String line = raw;
            Matcher q = QUOTE.matcher(line);
            while (q.matches()) {
                line = q.group(1);
                q = QUOTE.matcher(line);
            }
            if (line.isBlank() || RULE.matcher(line).matches() || LINK_DEFINITION.matcher(line).matches()) {
                flush(paragraph, out);
                continue;
            }
            if (SETEXT.matcher(line).matches() && !paragraph.isEmpty()) {
                flush(paragraph, out);
                continue;
            }
            Matcher f = FOOTNOTE.matcher(line);
            if (f.matches()) {
                flush(paragraph, out);
                out.append('[').append(f.group(1)).append("] ").append(inline(f.group(2))).append('\n');
                continue;
            }
            Matcher h = HEADING.matcher(line);
            Matcher b = BULLET.matcher(line);
            if (h.matches() || b.matches() || ORDERED.matcher(line).matches()) {
                flush(paragraph, out);
                String content = h.matches() ? h.group(1) : b.matches() ? b.group(1) : line.strip();
                out.append(inline(content)).append('\n');
                continue;
            }
            if (!paragraph.isEmpty()) {
                paragraph.append(' ');
            }
            paragraph.append(line.strip());
        }
        flush(paragraph, out);
        return out.toString();
    }

    private void flush(StringBuilder paragraph, StringBuilder out) {
        if (!paragraph.isEmpty()) {
            out.append(inline(paragraph.toString())).append("\n\n");
            paragraph.setLength(0);
        }
    }

    /** Inline markup removed; escaped characters are parked in a private-use range so they survive as literals. */
    static String inline(String s) {
        String t = ESCAPE.matcher(s).replaceAll(m -> String.valueOf((char) (0xE000 + m.group(1).charAt(0))));
        t = CODE.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        t = FOOTNOTE_MARK.matcher(t).replaceAll("[$1]");
        t = MarkdownLinks.strip(t);
        t = STRONG.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
        t = EM_STAR.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        t = EM_UNDERSCORE.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        t = STRIKE.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        return ESCAPED.matcher(t).replaceAll(m -> Matcher.quoteReplacement(String.valueOf((char) (m.group().charAt(0) - 0xE000))));
    }
}
