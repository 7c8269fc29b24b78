package org.briefingengine.language;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * The language of a document, as an ISO 639-1 code of one of the six UN languages ({@code ar zh en fr ru es}),
 * or "" when the text does not tell.
 *
 * <p>Lingua, restricted to the six languages, in low-accuracy mode (trigram models only; Arabic, Chinese and
 * Russian are told by their script alone among these six): about 12 MB of heap, loaded once per process
 * on first use and shared by every thread (Lingua's detector is thread-safe). Only the first
 * {@value #SAMPLE_CHARS} characters are read: enough for a document's language, at well under a millisecond
 * a document (4,000 characters took about ten times as long).
 */
public final class LanguageDetector {

    public static final String ENGLISH = "en";
    /** The six UN languages, in the UN's (alphabetical, English) order. */
    public static final List<String> UN_LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");
    static final int SAMPLE_CHARS = 1000;

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("arabic", "ar"), Map.entry("arabe", "ar"), Map.entry("árabe", "ar"), Map.entry("ara", "ar"),
            Map.entry("chinese", "zh"), Map.entry("chinois", "zh"), Map.entry("chino", "zh"), Map.entry("zho", "zh"),
            Map.entry("chi", "zh"), Map.entry("中文", "zh"),
            Map.entry("english", "en"), Map.entry("anglais", "en"), Map.entry("inglés", "en"), Map.entry("eng", "en"),
            Map.entry("french", "fr"), Map.entry("français", "fr"), Map.entry("francés", "fr"), Map.entry("fra", "fr"),
            Map.entry("fre", "fr"),
            Map.entry("russian", "ru"), Map.entry("russe", "ru"), Map.entry("ruso", "ru"), Map.entry("rus", "ru"),
            Map.entry("русский", "ru"),
            Map.entry("spanish", "es"), Map.entry("espagnol", "es"), Map.entry("español", "es"),
            Map.entry("spa", "es"), Map.entry("العربية", "ar"));

    private final com.github.pemistahl.lingua.api.LanguageDetector lingua;

    private LanguageDetector() {
        this.lingua = LanguageDetectorBuilder.fromLanguages(Language.ARABIC, Language.CHINESE, Language.ENGLISH,
                Language.FRENCH, Language.RUSSIAN, Language.SPANISH).withLowAccuracyMode().build();
    }

    /** The process's one detector; its models load on the first {@link #detect}. */
    public static LanguageDetector shared() {
        return Holder.INSTANCE;
    }

    /** ISO 639-1 code of the text's language, or "" when unknown (no letters, or too little text to tell). */
    public String detect(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        String byScript = singleScript(sample);
        if (byScript != null) {
            return byScript;
        }
        Language language = lingua.detectLanguageOf(sample);
        return language == Language.UNKNOWN ? "" : language.getIsoCode639_1().toString();
    }

    /**
     * "ru", "ar" or "zh" when every letter of the sample is Cyrillic, Arabic or Han: among the six languages
     * each script is one language's alone, so Lingua would answer the same. Null otherwise (Lingua decides).
     */
    private static String singleScript(String sample) {
        Character.UnicodeScript only = null;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (c < 128) {
                if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                    return null;
                }
                continue;
            }
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script != Character.UnicodeScript.CYRILLIC && script != Character.UnicodeScript.ARABIC
                    && script != Character.UnicodeScript.HAN || only != null && only != script) {
                return null;
            }
            only = script;
        }
        return only == Character.UnicodeScript.CYRILLIC ? "ru" : only == Character.UnicodeScript.ARABIC ? "ar"
                : only == Character.UnicodeScript.HAN ? "zh" : null;
    }

    /**
     * A manifest's {@code language} value as an ISO 639-1 code: a code or a tag ({@code fr}, {@code zh-Hant},
     * {@code es_419}), a three-letter code or a language's name in English, French, Spanish or itself; any
     * other value is kept as written, in lower case, at most 35 characters (BCP 47's practical limit). "" when
     * blank.
     */
    public static String normalise(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        String named = NAMES.get(v);
        if (named != null) {
            return named;
        }
        String primary = v.split("[-_]", 2)[0];
        if (primary.length() == 2 && primary.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return primary;
        }
        return v.length() > 35 ? v.substring(0, 35) : v;
    }

    /** Whether a document in {@code language} is read by the English-only rubric ("" = unknown: assessed). */
    public static boolean assessedInEnglish(String language) {
        return language == null || language.isEmpty() || language.equals(ENGLISH);
    }

    private static final class Holder {
        static final LanguageDetector INSTANCE = new LanguageDetector();
    }
}
