package org.briefingengine.citation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads formal references: Special Procedures communications on their own, and resolutions, treaty-body outputs
 * and ILO conventions where they follow a mention of their mechanism. Every item of a list is its own reference.
 * Thread-safe: patterns are compiled once.
 */
final class ReferenceParser {

    /** {@code CHN 13/2018}, {@code AL CHN 5/2021}; the country code is checked against ISO 3166 alpha-3. */
    static final String COMMUNICATION =
            "(?<![\\w/])(?:(?:AL|UA|OL|JAL|JUA|JOL)\\s+)?[A-Z]{3}\\s+\\d{1,3}/(?:19|20)\\d{2}(?![\\w/])";
    private static final Pattern COMMUNICATION_PARTS =
            Pattern.compile("(?:(AL|UA|OL|JAL|JUA|JOL)\\s+)?([A-Z]{3})\\s+(\\d{1,3})/(\\d{4})");
    /** ISO 3166 alpha-3 codes, plus OTH for communications to no single State. */
    private static final Set<String> COUNTRIES = countries();

    private static final String NUMBER = "\\d{1,4}/\\d{1,3}";
    private static final Pattern RESOLUTIONS = Pattern.compile(
            "[\\s,]*(?:res\\.|resolutions?)\\s+" + NUMBER + "(?:\\s*(?:,|;|and|&)\\s*" + NUMBER + ")*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RESOLUTION_NUMBER = Pattern.compile(NUMBER);

    private static final String OUTPUT_TITLE = "(concluding\\s+observations|list\\s+of\\s+issues\\s+prior\\s+to\\s+reporting"
            + "|list\\s+of\\s+issues|follow[\\s-]up\\s+letter|general\\s+(?:comment|recommendation)\\s+no\\.\\s*\\d{1,3})"
            + "\\s*(?:\\(\\s*((?:19|20)\\d{2})\\s*\\))?";
    private static final Pattern FIRST_OUTPUT = Pattern.compile(
            "\\s*[,:]?\\s*(?:(?:the|its|their)\\s+)?" + OUTPUT_TITLE, Pattern.CASE_INSENSITIVE);
    private static final Pattern NEXT_OUTPUT = Pattern.compile(
            "\\s*(?:,|;|and)\\s*(?:(?:the|its|their|a)\\s+)?" + OUTPUT_TITLE, Pattern.CASE_INSENSITIVE);

    private static final Pattern CONVENTIONS = Pattern.compile(
            "\\s+Conventions?\\s*(?:\\(\\s*|Nos?\\.\\s*)\\d{1,3}(?:\\s*(?:,|and|&)\\s*(?:No\\.\\s*)?\\d{1,3})*\\s*\\)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONVENTION_NUMBER = Pattern.compile("(?<![\\d/])\\d{1,3}(?![\\d/])");

    private ReferenceParser() {
    }

    /** The communication matched by {@link #COMMUNICATION} at [start, end), unless its country code is unknown. */
    static Optional<FoundReference> communication(String text, int start, int end) {
        Matcher m = COMMUNICATION_PARTS.matcher(text).region(start, end);
        if (!m.lookingAt() || !COUNTRIES.contains(m.group(2))) {
            return Optional.empty();
        }
        return Optional.of(new FoundReference(start, end,
                ReferenceNormaliser.communication(m.group(1), m.group(2), m.group(3), m.group(4))));
    }

    /** References of {@code kind} that directly follow a mention of {@code code} ending at {@code from}. */
    static List<FoundReference> following(ReferenceKind kind, String code, String text, int from) {
        return switch (kind) {
            case RESOLUTIONS -> numbers(RESOLUTIONS, RESOLUTION_NUMBER, text, from,
                    n -> ReferenceNormaliser.resolution(code, n));
            case CONVENTIONS -> numbers(CONVENTIONS, CONVENTION_NUMBER, text, from, ReferenceNormaliser::convention);
            case OUTPUTS -> outputs(code, text, from);
            case COMMUNICATIONS -> List.of();
        };
    }

    private static List<FoundReference> numbers(Pattern list, Pattern item, String text, int from,
                                                Function<String, String> normal) {
        Matcher m = list.matcher(text).region(from, text.length());
        if (!m.lookingAt()) {
            return List.of();
        }
        List<FoundReference> out = new ArrayList<>();
        Matcher n = item.matcher(text).region(m.start(), m.end());
        while (n.find()) {
            out.add(new FoundReference(n.start(), n.end(), normal.apply(n.group())));
        }
        return out;
    }

    private static List<FoundReference> outputs(String code, String text, int from) {
        List<FoundReference> out = new ArrayList<>();
        Matcher m = FIRST_OUTPUT.matcher(text);
        int at = from;
        while (m.region(at, text.length()).lookingAt() && formal(m)) {
            out.add(new FoundReference(m.start(1), m.end(), ReferenceNormaliser.output(code, m.group(1), m.group(2))));
            at = m.end();
            m = NEXT_OUTPUT.matcher(text);
        }
        return out;
    }

    /** A dated output, or a numbered general comment/recommendation: a formal reference rather than prose. */
    private static boolean formal(Matcher m) {
        return m.group(2) != null || m.group(1).toLowerCase(Locale.ROOT).startsWith("general");
    }

    private static Set<String> countries() {
        Set<String> codes = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        codes.add("OTH");
        return Set.copyOf(codes);
    }
}
