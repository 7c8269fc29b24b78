package org.briefingengine.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The small table of publishers the parser recognises, by their spellings (aliases). Used to attribute the parts
 * of compilation pages and to infer a source type from a publisher name. Matching is case-insensitive; apostrophes
 * are normalised.
 */
final class PublisherDirectory {

    static final String OHCHR = "UN High Commissioner for Human Rights (OHCHR)";

    private static final String[] LINE_SUFFIXES = {"statement", "press release", "news release", "news", "staff",
            "reporter", "report", "reports", "editorial"};

    private final Map<String, KnownPublisher> byAlias = new LinkedHashMap<>();
    /** Aliases long enough to be searched for inside sentences, longest first. */
    private final List<String> searchable = new ArrayList<>();

    PublisherDirectory() {
        add("CGTN", SourceTypes.STATE_MEDIA, "cgtn", "china global television network");
        add("Xinhua", SourceTypes.STATE_MEDIA, "xinhua", "xinhua news agency", "xinhuanet");
        add("Global Times", SourceTypes.STATE_MEDIA, "global times");
        add("China Daily", SourceTypes.STATE_MEDIA, "china daily");
        add("People's Daily", SourceTypes.STATE_MEDIA, "people's daily");
        add("CCTV", SourceTypes.STATE_MEDIA, "cctv");
        add("Reuters", SourceTypes.NEWS_AGENCY, "reuters", "thomson reuters");
        add("AFP", SourceTypes.NEWS_AGENCY, "afp", "agence france-presse", "agence france presse");
        add("AP", SourceTypes.NEWS_AGENCY, "ap", "associated press", "the associated press");
        add("Amnesty International", SourceTypes.NGO, "amnesty international", "amnesty");
        add("Human Rights Watch", SourceTypes.NGO, "human rights watch", "hrw");
        add("International Service for Human Rights (ISHR)", SourceTypes.NGO, "ishr",
                "international service for human rights");
        add("Human Rights in China (HRIC)", SourceTypes.NGO, "hric", "human rights in china");
        add("World Uyghur Congress", SourceTypes.NGO, "world uyghur congress");
        add("Uyghur Human Rights Project", SourceTypes.NGO, "uyghur human rights project", "uhrp");
        add(OHCHR, SourceTypes.UN, "ohchr", "un human rights", "un human rights office",
                "un high commissioner for human rights", "united nations high commissioner for human rights",
                "office of the un high commissioner for human rights",
                "office of the united nations high commissioner for human rights", "un human rights chief");
        add("Ministry of Foreign Affairs of the People's Republic of China", SourceTypes.GOVERNMENT,
                "ministry of foreign affairs of the people's republic of china", "chinese ministry of foreign affairs",
                "chinese foreign ministry", "foreign ministry spokesperson");
        byAlias.keySet().stream().filter(a -> a.length() >= 4).sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(searchable::add);
    }

    private void add(String name, String sourceType, String... aliases) {
        KnownPublisher p = new KnownPublisher(name, sourceType);
        byAlias.put(normalise(name), p);
        for (String alias : aliases) {
            byAlias.put(alias, p);
        }
    }

    /**
     * The publisher a whole line names, as a byline or source line does: "Reuters", "By Reuters",
     * "Source: Xinhua", "HRIC Statement". {@code null} when the line is anything else.
     */
    KnownPublisher fromLine(String line) {
        if (line.length() > 80 && collapsedLength(line) > 80) {
            return null; // most lines are paragraphs: skip normalising them
        }
        String s = normalise(line);
        if (s.length() > 80) {
            return null;
        }
        s = stripSuffix(stripPrefix(s, "by "), ".", ":", ",");
        s = stripPrefix(stripPrefix(s, "source: "), "source "); 
        KnownPublisher p = byAlias.get(s);
        if (p != null) {
            return p;
        }
        for (String suffix : LINE_SUFFIXES) {
            if (s.endsWith(" " + suffix)) {
                p = byAlias.get(s.substring(0, s.length() - suffix.length() - 1));
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    /** The known publisher whose longest alias occurs as whole words in {@code text}, or {@code null}. */
    KnownPublisher mentionedIn(String text) {
        String s = normalise(text);
        for (String alias : searchable) {
            if (indexOfWord(s, alias, 0) >= 0) {
                return byAlias.get(alias);
            }
        }
        return null;
    }

    /**
     * The known publisher a lead paragraph attributes the piece to ("Amnesty International's Secretary General
     * said:", "Human Rights Watch said today"), or {@code null}.
     */
    KnownPublisher speakerOf(String paragraph) {
        String s = normalise(paragraph.length() > 400 ? paragraph.substring(0, 400) : paragraph);
        for (String alias : searchable) {
            int at = indexOfWord(s, alias, 0);
            while (at >= 0) {
                String after = s.substring(at + alias.length());
                if (after.startsWith("'s ") || after.startsWith(" said") || after.startsWith(" says")
                        || after.startsWith(" stated") || after.startsWith(" has said")) {
                    return byAlias.get(alias);
                }
                at = indexOfWord(s, alias, at + 1);
            }
        }
        return null;
    }

    /** Source type for a publisher name given by a manifest: a known publisher named in it, else empty. */
    String sourceTypeOf(String publisher) {
        if (publisher == null || publisher.isBlank()) {
            return "";
        }
        KnownPublisher p = fromLine(publisher);
        if (p == null) {
            p = mentionedIn(publisher);
        }
        return p == null ? "" : p.sourceType();
    }

    private static int indexOfWord(String s, String word, int from) {
        int at = s.indexOf(word, from);
        while (at >= 0) {
            boolean startOk = at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1));
            int end = at + word.length();
            boolean endOk = end == s.length() || !Character.isLetterOrDigit(s.charAt(end));
            if (startOk && endOk) {
                return at;
            }
            at = s.indexOf(word, at + 1);
        }
        return -1;
    }

    static String normalise(String s) {
        return s.strip().replace('’', '\'').replace('‘', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The length {@link #normalise} would give, without building the string. */
    private static int collapsedLength(String s) {
        int length = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                space = length > 0;
            } else {
                length += space ? 2 : 1;
                space = false;
            }
        }
        return length;
    }

    private static String stripPrefix(String s, String prefix) {
        return s.startsWith(prefix) ? s.substring(prefix.length()).strip() : s;
    }

    private static String stripSuffix(String s, String... suffixes) {
        for (String suffix : suffixes) {
            if (s.endsWith(suffix)) {
                return s.substring(0, s.length() - suffix.length()).strip();
            }
        }
        return s;
    }
}
