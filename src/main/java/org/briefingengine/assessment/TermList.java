package org.briefingengine.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word list of a rubric or lexicon, compiled: each entry is a word or a phrase of words. Matched either on
 * stems ({@link #stemmed}: "prison" also finds "prisons", "denied" also "deny"), or on the words as written
 * ({@link #exact}: modifiers, where "requests" is a demand and "requested" a report). A word ending in
 * {@code *} matches any word it begins ("obstruct*" finds "obstruction"). Between phrase words punctuation is
 * allowed, and a phrase word {@code ...} stands for up to three words ("kept ... from").
 */
final class TermList {

    /** Where an entry was found: token indexes {@code [start, end)} and the entry as written. */
    record Hit(int start, int end, String term) {

        /** True when the two hits share a word. */
        boolean overlaps(Hit other) {
            return start < other.end && other.start < end;
        }
    }

    private record Entry(String[] words, boolean[] prefix, String term) {
    }

    private static final Pattern WORD = Pattern.compile("\\.\\.\\.|[\\p{L}\\p{N}*]+(?:'[\\p{L}]+)*\\*?");
    /** A phrase word "..." stands for up to this many words ("kept ... from" finds "kept the expert from"). */
    static final int GAP = 3;
    private static final String ANY = "...";

    private final String name;
    private final boolean stemmed;
    private final Map<String, List<Entry>> byFirst = new HashMap<>();
    private final List<Entry> prefixFirst = new ArrayList<>();
    /** The entries of {@link #prefixFirst} by the first character of their prefix, in list order. */
    private final Map<Character, List<Entry>> prefixByChar = new HashMap<>();
    private final List<String> terms;

    private TermList(String name, List<String> terms, boolean stemmed) {
        this.name = name;
        this.stemmed = stemmed;
        this.terms = List.copyOf(terms);
        for (String term : terms) {
            List<String> words = new ArrayList<>();
            Matcher m = WORD.matcher(PlainText.normalise(term));
            while (m.find()) {
                words.add(m.group());
            }
            if (words.isEmpty() || words.get(0).equals(ANY) || words.get(words.size() - 1).equals(ANY)) {
                throw new IllegalArgumentException("list '" + name + "': '" + term + "' must start and end with a word");
            }
            String[] keys = new String[words.size()];
            boolean[] prefix = new boolean[words.size()];
            for (int i = 0; i < keys.length; i++) {
                String w = words.get(i).toLowerCase(Locale.ROOT);
                prefix[i] = w.endsWith("*");
                if (prefix[i]) {
                    w = w.substring(0, w.length() - 1);
                    if (w.isEmpty()) {
                        throw new IllegalArgumentException("list '" + name + "': '" + term + "' has a bare *");
                    }
                }
                keys[i] = prefix[i] || !stemmed || w.equals(ANY) ? w : Tokens.stem(w);
            }
            Entry entry = new Entry(keys, prefix, term);
            if (prefix[0]) {
                prefixFirst.add(entry);
                prefixByChar.computeIfAbsent(keys[0].charAt(0), k -> new ArrayList<>()).add(entry);
            } else {
                byFirst.computeIfAbsent(keys[0], k -> new ArrayList<>()).add(entry);
            }
        }
    }

    static TermList stemmed(String name, List<String> terms) {
        return new TermList(name, terms, true);
    }

    static TermList exact(String name, List<String> terms) {
        return new TermList(name, terms, false);
    }

    static TermList empty(String name) {
        return new TermList(name, List.of(), true);
    }

    String name() {
        return name;
    }

    List<String> terms() {
        return terms;
    }

    boolean isEmpty() {
        return terms.isEmpty();
    }

    /** Every place an entry occurs, in token order. */
    List<Hit> find(Tokens t) {
        List<Hit> hits = new ArrayList<>();
        if (terms.isEmpty()) {
            return hits;
        }
        for (int i = 0; i < t.size(); i++) {
            scan(t, i, hits, false);
        }
        return hits;
    }

    boolean occursIn(Tokens t) {
        if (terms.isEmpty()) {
            return false;
        }
        List<Hit> hits = new ArrayList<>(1);
        for (int i = 0; i < t.size(); i++) {
            if (scan(t, i, hits, true)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds the hits of the entries that start at token {@code i}, in entry order (indexed entries, then prefix
     * entries); with {@code first}, stops at the first hit. Only prefix entries whose prefix begins with the
     * token's first character can match, so only those are tried. True when a hit was added.
     */
    private boolean scan(Tokens t, int i, List<Hit> hits, boolean first) {
        boolean found = tryEach(byFirst.get(stemmed ? t.stems[i] : t.forms[i]), t, i, hits, first);
        if (found && first) {
            return true;
        }
        String form = t.forms[i];
        List<Entry> prefixed = prefixFirst.isEmpty() || form.isEmpty() ? null : prefixByChar.get(form.charAt(0));
        return tryEach(prefixed, t, i, hits, first) || found;
    }

    /** Adds the hits of {@code entries} (may be null) at token {@code i}; with {@code first}, stops at the first. */
    private boolean tryEach(List<Entry> entries, Tokens t, int i, List<Hit> hits, boolean first) {
        if (entries == null) {
            return false;
        }
        boolean found = false;
        for (Entry e : entries) {
            int end = matchEnd(e, t, i, 0);
            if (end >= 0) {
                hits.add(new Hit(i, end, e.term()));
                if (first) {
                    return true;
                }
                found = true;
            }
        }
        return found;
    }

    /** The token index after the entry's words matched from token {@code at} on (word {@code k} first), or -1. */
    private int matchEnd(Entry e, Tokens t, int at, int k) {
        if (k == e.words().length) {
            return at;
        }
        if (e.words()[k].equals(ANY)) {
            for (int skip = 0; skip <= GAP; skip++) {
                int end = matchEnd(e, t, at + skip, k + 1);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (at >= t.size()) {
            return -1;
        }
        String form = t.forms[at];
        boolean ok = e.prefix()[k] ? form.startsWith(e.words()[k]) : e.words()[k].equals(stemmed ? t.stems[at] : form);
        return ok ? matchEnd(e, t, at + 1, k + 1) : -1;
    }
}
