package org.briefingengine.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Splits a text into sentences in one pass, keeping offsets {@code [start, end)} into the text (surrounding
 * whitespace excluded).
 *
 * <p>Rules: a line break always ends a sentence (headings and list items stand alone). A run of {@code . ! ? …}
 * ends a sentence when followed by whitespace or the end of the text; closing quotes and brackets right after it
 * belong to the sentence. It does not end a sentence when glued to the next character ({@code 3.5},
 * {@code E/CN.4/1998/45}, {@code U.N.}), after a known abbreviation ({@code No.}, {@code Art.}, {@code e.g.},
 * {@code Mr.} …), an initial ({@code Sarah M. Brooks}) or a list marker ({@code 1.}), nor when the next word
 * starts in lower case or with punctuation (spaced ellipses {@code . . .}). Chinese {@code 。！？} and Arabic
 * {@code ؟ ۔} always end a sentence (Chinese puts no space after them).
 *
 * <p>{@link Sentence#repeat()} is set when the sentence's normalised text (lower case, letters and digits only)
 * already occurred, or when it and an earlier sentence of at least {@value #ATTRIBUTION_MIN} normalised
 * characters are the same text with something appended (a pull quote followed by its attribution).
 *
 * <p>Bounded: a run of more than {@value #MAX_SENTENCE_CHARS} characters without a sentence end is split at its
 * last whitespace before that length (a run-on "sentence" of a file with no full stop), and a text of more than
 * {@value #MAX_SENTENCES} sentences is refused.
 */
public class SentenceSegmenter {

    static final int ATTRIBUTION_MIN = 60;
    /** Longest sentence, in characters: a longer run (no full stop, no line break) is split into pieces this long. */
    public static final int MAX_SENTENCE_CHARS = 3_000;
    /** Most sentences in one document; a text with more is rejected ({@link DocumentBudget.Exceeded}). */
    public static final int MAX_SENTENCES = 1_000_000;
    /** Earlier long sentences compared with each new one of the same start: keeps repeat detection linear. */
    private static final int ATTRIBUTION_CANDIDATES = 50;

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "art", "arts", "para", "paras", "e.g", "i.e", "eg",
            "ie", "vs", "v", "cf", "fig", "figs", "vol", "vols", "p", "pp", "ch", "chap", "sec", "jr", "sr", "gen",
            "col", "lt", "capt", "gov", "sen", "rep", "hon", "rev", "inc", "ltd", "co", "corp", "dept", "approx",
            "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ref",
            "ed", "eds", "al", "op", "cit", "ibid", "res", "doc", "add", "corr", "sess", "suppl", "ann",
            "amb", "mt", "ft", "u.n", "u.s", "u.k", "e.u", "h.e", "n.b", "viz", "incl", "etc");

    public List<Sentence> segment(String text) {
        List<Sentence> out = new ArrayList<>();
        RepeatTracker repeats = new RepeatTracker(text);
        int n = text.length();
        int start = -1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\f') {
                if (start >= 0) {
                    emit(text, start, i, out, repeats);
                    start = -1;
                }
                continue;
            }
            if (start < 0) {
                if (Character.isWhitespace(c)) {
                    continue;
                }
                start = i;
            }
            if (!isTerminator(c)) {
                continue;
            }
            int dot = i;
            int j = i + 1;
            while (j < n && isTerminator(text.charAt(j))) {
                j++;
            }
            boolean singleDot = c == '.' && j == dot + 1;
            while (j < n && isCloser(text.charAt(j))) {
                j++;
            }
            j = strayCloser(text, j);
            i = j - 1;
            if (j < n && !isFullWidthStop(text.charAt(dot))) {
                if (!Character.isWhitespace(text.charAt(j))) {
                    continue;
                }
                if (singleDot && j == dot + 1 && isAbbreviation(text, start, dot)) {
                    continue;
                }
                if (continuesInLowerCase(text, j)) {
                    continue;
                }
            }
            emit(text, start, j, out, repeats);
            start = -1;
        }
        if (start >= 0) {
            emit(text, start, n, out, repeats);
        }
        return out;
    }

    private static void emit(String text, int start, int end, List<Sentence> out, RepeatTracker repeats) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        while (end - start > MAX_SENTENCE_CHARS) {
            int cut = runOnCut(text, start);
            add(text, start, cut, out, repeats);
            start = cut;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        if (end > start) {
            add(text, start, end, out, repeats);
        }
    }

    private static void add(String text, int start, int end, List<Sentence> out, RepeatTracker repeats) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (out.size() >= MAX_SENTENCES) {
            throw new DocumentBudget.Exceeded("more than " + MAX_SENTENCES + " sentences (the per-document limit)", false);
        }
        out.add(new Sentence(start, end, repeats.seen(start, end)));
    }

    /**
     * Where a run-on sentence starting at {@code start} (longer than {@value #MAX_SENTENCE_CHARS} characters) is
     * split: after its last whitespace before the bound, else at the bound (never inside a surrogate pair).
     */
    static int runOnCut(String text, int start) {
        int bound = start + MAX_SENTENCE_CHARS;
        for (int k = bound; k > start + MAX_SENTENCE_CHARS / 2; k--) {
            if (Character.isWhitespace(text.charAt(k - 1))) {
                return k;
            }
        }
        return Character.isHighSurrogate(text.charAt(bound - 1)) ? bound - 1 : bound;
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…' || isFullWidthStop(c);
    }

    /** Chinese and Arabic sentence ends, which need no space after them. */
    private static boolean isFullWidthStop(char c) {
        return c == '。' || c == '！' || c == '？' || c == '؟' || c == '۔';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»'
                || c == '」' || c == '』' || c == '）' || c == '】' || c == '》';
    }

    /** A closing quote separated by spaces from the full stop but ending the line ({@code done. "}) is kept. */
    private static int strayCloser(String text, int from) {
        int k = from;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        if (k > from && k < text.length() && isCloser(text.charAt(k))
                && (k + 1 == text.length() || text.charAt(k + 1) == '\n')) {
            return k + 1;
        }
        return from;
    }

    /** The next word on the same line starts in lower case or with punctuation: not a new sentence. */
    private static boolean continuesInLowerCase(String text, int from) {
        int k = from;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\u00A0')) {
            k++;
        }
        if (k >= text.length()) {
            return false;
        }
        char d = text.charAt(k);
        return Character.isLowerCase(d) || d == ',' || d == ';' || d == ':' || d == '.' || d == '…';
    }

    /** Whether the word ending at the full stop {@code dot} is an abbreviation, an initial or a list marker. */
    private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
        int k = dot;
        while (k > sentenceStart && (Character.isLetterOrDigit(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
            k--;
        }
        if (k == dot) {
            return false;
        }
        String token = text.substring(k, dot);
        if (k == sentenceStart && token.length() <= 3 && !token.contains(".")) {
            return true;
        }
        if (token.length() == 1 && Character.isUpperCase(token.charAt(0))) {
            return true;
        }
        String lower = token.toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(lower)) {
            return true;
        }
        if (token.indexOf('.') > 0) {
            for (String part : token.split("\\.")) {
                if (part.isEmpty() || part.length() > 2 || !part.chars().allMatch(Character::isLetter)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** Remembers normalised sentences of one text to flag repeats. */
    private static final class RepeatTracker {
        private final String text;
        private final Set<String> seen = new HashSet<>();
        private final Map<String, List<String>> longByPrefix = new HashMap<>();

        RepeatTracker(String text) {
            this.text = text;
        }

        boolean seen(int start, int end) {
            String key = normalise(start, end);
            if (key.isEmpty()) {
                return false;
            }
            if (!seen.add(key)) {
                return true;
            }
            if (key.length() < ATTRIBUTION_MIN) {
                return false;
            }
            List<String> sameStart = longByPrefix.computeIfAbsent(key.substring(0, ATTRIBUTION_MIN), p -> new ArrayList<>());
            boolean repeat = false;
            for (String earlier : sameStart) {
                if (key.startsWith(earlier) || earlier.startsWith(key)) {
                    repeat = true;
                    break;
                }
            }
            if (sameStart.size() < ATTRIBUTION_CANDIDATES) {
                sameStart.add(key);
            }
            return repeat;
        }

        private String normalise(int start, int end) {
            StringBuilder sb = new StringBuilder(end - start);
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    sb.append(Character.toLowerCase(c));
                }
            }
            return sb.toString();
        }
    }
}
