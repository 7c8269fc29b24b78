package org.briefingengine.citation;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * UN document symbols ({@code A/HRC/51/12}) and the mechanism owning each, by the longest catalogue prefix
 * ({@code A/HRC/WGAD/2021/30} is SP, {@code A/HRC/51/12} is HRC).
 *
 * <p>A slash missing right after a known prefix is repaired when that is unambiguous: the prefix ends in a
 * letter ({@code A/HRC51/12}), or it ends in a digit and a year follows ({@code E/CN.41998/45}).
 */
final class SymbolTable {

    /** A symbol segment: letters and digits, with inner dots or hyphens (Add.1, 14-17); no trailing dot. */
    private static final String SEGMENT = "[A-Za-z0-9]+(?:[.\\-][A-Za-z0-9]+)*";
    private static final Pattern YEAR_SLASH = Pattern.compile("(?:19|20)\\d{2}/.*");

    private final Map<String, MechanismRule> byPrefix = new LinkedHashMap<>();

    SymbolTable(List<MechanismRule> rules) {
        rules.stream()
                .flatMap(r -> r.symbols().stream().map(p -> Map.entry(p, r)))
                .sorted(Comparator.comparingInt((Map.Entry<String, MechanismRule> e) -> e.getKey().length()).reversed())
                .forEach(e -> byPrefix.putIfAbsent(e.getKey(), e.getValue()));
    }

    boolean isEmpty() {
        return byPrefix.isEmpty();
    }

    /** Regex for a symbol candidate, longest prefixes first. */
    String regex() {
        String prefixes = byPrefix.keySet().stream().map(Pattern::quote).collect(Collectors.joining("|"));
        return "(?<![\\w/])(?:" + prefixes + ")(?:/|(?=\\d))" + SEGMENT + "(?:/" + SEGMENT + ")*";
    }

    /** The owning rule and normal form of a candidate matched by {@link #regex()}, if it is a symbol. */
    Optional<Resolved> resolve(String candidate) {
        for (Map.Entry<String, MechanismRule> e : byPrefix.entrySet()) {
            String prefix = e.getKey();
            if (!candidate.startsWith(prefix) || candidate.length() == prefix.length()) {
                continue;
            }
            String rest = candidate.substring(prefix.length());
            if (rest.startsWith("/")) {
                return Optional.of(new Resolved(e.getValue(), candidate, ""));
            }
            boolean unambiguous = Character.isLetter(prefix.charAt(prefix.length() - 1))
                    ? rest.contains("/") : YEAR_SLASH.matcher(rest).matches();
            return unambiguous
                    ? Optional.of(new Resolved(e.getValue(), prefix + "/" + rest, "repaired from " + candidate))
                    : Optional.empty();
        }
        return Optional.empty();
    }

    record Resolved(MechanismRule rule, String reference, String note) {
    }
}
