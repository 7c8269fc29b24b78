package org.briefingengine.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * The words of one normalised sentence, each with its offset, its form as written (lower case), its Snowball
 * stem (so that "denied", "denies" and "deny" are one word to a lexicon), and the clause it stands in. A
 * contraction is two words ("didn't" is "did" and "not"). Clauses
 * end at {@code , ; : ( )}, a spaced dash, and "but", "while", "whereas", "although", "though", "however", and
 * start at "that", "which", "who".
 */
final class Tokens {

    /** A word; {@link #of} scans for it by hand. */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)*");
    /** A clause break between two words; {@link #of} scans for it by hand. */
    static final Pattern BREAK = Pattern.compile("[,;:()]|\\s-\\s");
    private static final java.util.Set<String> BREAK_WORDS =
            java.util.Set.of("but", "while", "whereas", "although", "though", "however", "that", "which", "who");

    /** Stems of the words seen so far; bounded so that an odd corpus cannot grow it without end. */
    private static final Map<String, String> STEMS = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 50_000;
    private static final ThreadLocal<SnowballStemmer> STEMMER =
            ThreadLocal.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH));

    final String text;
    final String[] forms;
    final String[] stems;
    final int[] starts;
    final int[] clauses;

    private Tokens(String text, List<String> forms, int[] starts, int[] clauses) {
        this.text = text;
        this.forms = forms.toArray(String[]::new);
        this.stems = new String[this.forms.length];
        for (int i = 0; i < this.forms.length; i++) {
            stems[i] = stem(this.forms[i]);
        }
        this.starts = starts;
        this.clauses = clauses;
    }

    /**
     * Splits a normalised (lower-case) sentence into words. A hand-written scanner, in the hot loop of the
     * judgement, that finds exactly what {@link #WORD} and {@link #BREAK} find, except that a contraction becomes
     * two words ("didn't": "did", "not"), so a lexicon term should spell it out ("did not").
     */
    static Tokens of(String sentence) {
        List<String> forms = new ArrayList<>();
        int[] starts = new int[16];
        int[] clauses = new int[16];
        int n = 0;
        int clause = 0;
        int last = 0;
        int len = sentence.length();
        int i = 0;
        while (i < len) {
            int cp = sentence.codePointAt(i);
            if (!letterOrNumber(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            i += Character.charCount(cp);
            while (i < len && letterOrNumber(cp = sentence.codePointAt(i))) {
                i += Character.charCount(cp);
            }
            // (?:'[\p{L}]+)*
            while (i + 1 < len && sentence.charAt(i) == '\'' && Character.isLetter(sentence.codePointAt(i + 1))) {
                i++;
                while (i < len && Character.isLetter(cp = sentence.codePointAt(i))) {
                    i += Character.charCount(cp);
                }
            }
            String word = sentence.substring(start, i);
            if (breaks(sentence, last, start) || BREAK_WORDS.contains(word)) {
                clause++;
            }
            if (n + 1 >= starts.length) {
                starts = java.util.Arrays.copyOf(starts, n * 2 + 2);
                clauses = java.util.Arrays.copyOf(clauses, n * 2 + 2);
            }
            int not = word.length() > 3 && word.endsWith("n't") ? word.length() - 3 : -1;
            forms.add(not < 0 ? word : verbOf(word.substring(0, not)));
            starts[n] = start;
            clauses[n] = clause;
            n++;
            if (not >= 0) {
                // "didn't interfere" reads as "did not interfere"; the "not" stands at "n't".
                forms.add("not");
                starts[n] = start + not;
                clauses[n] = clause;
                n++;
            }
            last = i;
        }
        return new Tokens(sentence, forms, java.util.Arrays.copyOf(starts, n), java.util.Arrays.copyOf(clauses, n));
    }

    /** {@code [\p{L}\p{N}]}. */
    private static boolean letterOrNumber(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** True when {@link #BREAK} occurs in {@code s[from, to)}. */
    private static boolean breaks(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')') {
                return true;
            }
            if (c == '-' && k > from && k + 1 < to && space(s.charAt(k - 1)) && space(s.charAt(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** {@code \s} of java.util.regex without flags. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** True when one of {@code words} stands among the words {@code [from, to)} (clamped to the sentence). */
    boolean anyOf(int from, int to, java.util.Set<String> words) {
        for (int k = Math.max(0, from); k < Math.min(to, forms.length); k++) {
            if (words.contains(forms[k])) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return forms.length;
    }

    /** The verb of a contraction before "n't": "did", "could"; "ca" is "can", "wo" is "will", "sha" is "shall". */
    private static String verbOf(String head) {
        return switch (head) {
            case "ca" -> "can";
            case "wo" -> "will";
            case "sha" -> "shall";
            default -> head;
        };
    }

    /** The Snowball (Porter 2) stem of one lower-case word; a bare "n't" keeps its form so it stays a negation. */
    static String stem(String word) {
        String known = STEMS.get(word);
        if (known != null) {
            return known;
        }
        String stem = word.length() < 3 || word.endsWith("n't") ? word : STEMMER.get().stem(word).toString();
        if (STEMS.size() < MAX_CACHED) {
            STEMS.put(word, stem);
        }
        return stem;
    }
}
