package org.briefingengine.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * The words of one normalised sentence, each with its offset, its form as written (lower case), its Snowball
 * stem (so that "denied", "denies" and "deny" are one word to a lexicon), and the clause it stands in. Clauses
 * end at {@code , ; : ( )}, a spaced dash, and "but", "while", "whereas", "although", "though", "however", and
 * start at "that", "which", "who".
 */
final class Tokens {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)*");
    private static final Pattern BREAK = Pattern.compile("[,;:()]|\\s-\\s");
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

    private Tokens(String text, List<String> forms, List<Integer> starts, List<Integer> clauses) {
        this.text = text;
        this.forms = forms.toArray(String[]::new);
        this.stems = new String[this.forms.length];
        for (int i = 0; i < this.forms.length; i++) {
            stems[i] = stem(this.forms[i]);
        }
        this.starts = starts.stream().mapToInt(Integer::intValue).toArray();
        this.clauses = clauses.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Splits a normalised (lower-case) sentence into words. */
    static Tokens of(String sentence) {
        List<String> forms = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<Integer> clauses = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        int clause = 0;
        int last = 0;
        while (m.find()) {
            String word = m.group();
            if (BREAK.matcher(sentence.substring(last, m.start())).find() || BREAK_WORDS.contains(word)) {
                clause++;
            }
            forms.add(word);
            starts.add(m.start());
            clauses.add(clause);
            last = m.end();
        }
        return new Tokens(sentence, forms, starts, clauses);
    }

    int size() {
        return forms.length;
    }

    /** The Snowball (Porter 2) stem of one lower-case word; "n't" forms keep their ending so they stay negations. */
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
