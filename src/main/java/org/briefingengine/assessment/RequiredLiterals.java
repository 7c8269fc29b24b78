package org.briefingengine.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds, for a regex, a few literal strings of which every match must contain at least one (the prefilter idea of
 * RE2 and code search). A sentence that holds none of them cannot match, so the regex need not run on it: most
 * sentences are rejected by a handful of {@link String#contains} calls instead of a regex scan.
 * <p>
 * Only the usual subset is understood: literals, escapes, groups, alternation, small character classes and
 * quantifiers. Anything else (flags, {@code \Q}, back references, nested classes ...) gives no literals, which
 * means "always run the regex"; it never gives literals that a match could lack.
 */
final class RequiredLiterals {

    /** Largest set of alternatives tracked; beyond it a part of the pattern counts as "anything". */
    private static final int MAX_SET = 64;
    /** Literals shorter than this filter too little to be worth checking. */
    private static final int MIN_USEFUL = 3;

    private RequiredLiterals() {
    }

    /**
     * @return literals of which every match of {@code pattern} contains at least one, or an empty list when the
     *         pattern offers no safe, useful set (then the caller must always run the regex)
     */
    static List<String> of(Pattern pattern) {
        if (pattern.flags() != 0) {
            return List.of();
        }
        try {
            Parser parser = new Parser(pattern.pattern());
            Info info = parser.alternation();
            if (parser.pos != parser.regex.length()) {
                return List.of();
            }
            Set<String> required = info.required();
            if (required == null || minLength(required) < MIN_USEFUL) {
                return List.of();
            }
            // A literal that contains another adds nothing: "detainees" holds "detainee".
            return required.stream()
                    .filter(l -> required.stream().noneMatch(o -> !o.equals(l) && l.contains(o)))
                    .toList();
        } catch (Unsupported e) {
            return List.of();
        }
    }

    /** True when {@code text} holds one of {@code literals}, or when there are none (no prefilter). */
    static boolean mayMatch(List<String> literals, String text) {
        if (literals.isEmpty()) {
            return true;
        }
        for (String literal : literals) {
            if (text.contains(literal)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What is known about a part of a pattern.
     *
     * @param exact    every string the part can match, when that set is small; else null
     * @param required strings of which each match of the part contains one (never ""); null when unknown
     */
    private record Info(Set<String> exact, Set<String> required) {

        static final Info ANYTHING = new Info(null, null);
        static final Info ZERO_WIDTH = new Info(Set.of(""), null);

        static Info exactly(Set<String> strings) {
            return new Info(strings, strings.contains("") ? null : strings);
        }
    }

    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private static final class Parser {

        final String regex;
        int pos;

        Parser(String regex) {
            this.regex = regex;
        }

        Info alternation() {
            List<Info> branches = new ArrayList<>();
            branches.add(sequence());
            while (pos < regex.length() && regex.charAt(pos) == '|') {
                pos++;
                branches.add(sequence());
            }
            return branches.size() == 1 ? branches.get(0) : union(branches);
        }

        private Info sequence() {
            List<Info> items = new ArrayList<>();
            while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
                items.add(quantified(atom()));
            }
            return concatenation(items);
        }

        private Info atom() {
            char c = regex.charAt(pos++);
            return switch (c) {
                case '(' -> group();
                case '[' -> characterClass();
                case '.' -> Info.ANYTHING;
                case '^', '$' -> Info.ZERO_WIDTH;
                case '\\' -> escape();
                case '*', '+', '?', '{', ')' -> throw new Unsupported();
                default -> Info.exactly(Set.of(String.valueOf(c)));
            };
        }

        private Info group() {
            boolean lookaround = false;
            if (regex.startsWith("?:", pos)) {
                pos += 2;
            } else if (regex.startsWith("?=", pos) || regex.startsWith("?!", pos)) {
                pos += 2;
                lookaround = true;
            } else if (regex.startsWith("?<=", pos) || regex.startsWith("?<!", pos)) {
                pos += 3;
                lookaround = true;
            } else if (regex.startsWith("?<", pos)) {
                int end = regex.indexOf('>', pos);
                if (end < 0) {
                    throw new Unsupported();
                }
                pos = end + 1;
            } else if (regex.startsWith("?", pos)) {
                throw new Unsupported(); // inline flags, atomic groups
            }
            Info inner = alternation();
            expect(')');
            return lookaround ? Info.ZERO_WIDTH : inner;
        }

        private Info escape() {
            if (pos >= regex.length()) {
                throw new Unsupported();
            }
            char e = regex.charAt(pos++);
            switch (e) {
                case 'b', 'B', 'A', 'z', 'Z', 'G':
                    return Info.ZERO_WIDTH;
                case 'd', 'D', 's', 'S', 'w', 'W', 'h', 'H', 'v', 'V', 'R', 'X':
                    return Info.ANYTHING;
                case 'p', 'P':
                    skipProperty();
                    return Info.ANYTHING;
                case 't':
                    return Info.exactly(Set.of("\t"));
                case 'n':
                    return Info.exactly(Set.of("\n"));
                default:
                    if (Character.isLetterOrDigit(e)) {
                        throw new Unsupported(); // quoting, back references, hex and named escapes
                    }
                    return Info.exactly(Set.of(String.valueOf(e)));
            }
        }

        private void skipProperty() {
            if (pos < regex.length() && regex.charAt(pos) == '{') {
                int end = regex.indexOf('}', pos);
                if (end < 0) {
                    throw new Unsupported();
                }
                pos = end + 1;
            } else {
                pos++;
            }
        }

        /** A class of a few plain characters is a small exact set; anything richer matches "anything". */
        private Info characterClass() {
            boolean plain = true;
            if (pos < regex.length() && regex.charAt(pos) == '^') {
                plain = false;
                pos++;
            }
            if (pos < regex.length() && regex.charAt(pos) == ']') {
                throw new Unsupported();
            }
            Set<String> chars = new LinkedHashSet<>();
            int start = pos;
            while (true) {
                if (pos >= regex.length()) {
                    throw new Unsupported();
                }
                char c = regex.charAt(pos++);
                if (c == ']') {
                    break;
                }
                if (c == '[' || (c == '&' && pos < regex.length() && regex.charAt(pos) == '&')) {
                    throw new Unsupported();
                }
                if (c == '\\') {
                    if (pos >= regex.length()) {
                        throw new Unsupported();
                    }
                    char e = regex.charAt(pos++);
                    if (e == 'p' || e == 'P') {
                        skipProperty();
                        plain = false;
                    } else if (Character.isLetterOrDigit(e)) {
                        if ("dDsSwWhHvV".indexOf(e) < 0) {
                            throw new Unsupported();
                        }
                        plain = false;
                    } else {
                        chars.add(String.valueOf(e));
                    }
                } else if (c == '-' && pos - 1 > start && regex.charAt(pos) != ']') {
                    plain = false; // a range
                } else {
                    chars.add(String.valueOf(c));
                }
            }
            return plain && !chars.isEmpty() && chars.size() <= 8 ? Info.exactly(chars) : Info.ANYTHING;
        }

        private Info quantified(Info atom) {
            if (pos >= regex.length()) {
                return atom;
            }
            int min;
            int max;
            switch (regex.charAt(pos)) {
                case '?' -> { min = 0; max = 1; pos++; }
                case '*' -> { min = 0; max = -1; pos++; }
                case '+' -> { min = 1; max = -1; pos++; }
                case '{' -> {
                    int end = regex.indexOf('}', pos);
                    if (end < 0) {
                        throw new Unsupported();
                    }
                    String[] bounds = regex.substring(pos + 1, end).split(",", -1);
                    try {
                        min = Integer.parseInt(bounds[0]);
                        max = bounds.length == 1 ? min : bounds[1].isEmpty() ? -1 : Integer.parseInt(bounds[1]);
                    } catch (NumberFormatException e) {
                        throw new Unsupported();
                    }
                    if (bounds.length > 2) {
                        throw new Unsupported();
                    }
                    pos = end + 1;
                }
                default -> {
                    return atom;
                }
            }
            if (pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '+')) {
                pos++; // lazy or possessive: the same strings
            }
            if (min == 0) {
                if (max == 1 && atom.exact() != null) {
                    Set<String> optional = new LinkedHashSet<>(atom.exact());
                    optional.add("");
                    return Info.exactly(optional);
                }
                return Info.ANYTHING;
            }
            return min == 1 && max == 1 ? atom : new Info(null, atom.required());
        }

        private void expect(char c) {
            if (pos >= regex.length() || regex.charAt(pos) != c) {
                throw new Unsupported();
            }
            pos++;
        }
    }

    /**
     * A sequence: runs of exact parts are multiplied out while small; the best requirement of any part or run is
     * the sequence's requirement.
     */
    private static Info concatenation(List<Info> items) {
        Set<String> run = Set.of("");
        boolean exact = true;
        Set<String> best = null;
        for (Info item : items) {
            best = better(best, item.required());
            if (item.exact() != null && run.size() * item.exact().size() <= MAX_SET) {
                run = product(run, item.exact());
                continue;
            }
            exact = false;
            best = better(best, withoutEmpty(run));
            run = item.exact() != null ? item.exact() : Set.of("");
        }
        best = better(best, withoutEmpty(run));
        return new Info(exact ? run : null, best);
    }

    /** An alternation: each branch must supply a requirement for the whole to have one. */
    private static Info union(List<Info> branches) {
        Set<String> exact = new LinkedHashSet<>();
        Set<String> required = new LinkedHashSet<>();
        for (Info branch : branches) {
            if (exact != null && branch.exact() != null) {
                exact.addAll(branch.exact());
            } else {
                exact = null;
            }
            if (required != null && branch.required() != null) {
                required.addAll(branch.required());
            } else {
                required = null;
            }
        }
        if (exact != null && exact.size() > MAX_SET) {
            exact = null;
        }
        if (required != null && required.size() > MAX_SET) {
            required = null;
        }
        return new Info(exact, required);
    }

    private static Set<String> product(Set<String> left, Set<String> right) {
        Set<String> out = new LinkedHashSet<>();
        for (String l : left) {
            for (String r : right) {
                out.add(l + r);
            }
        }
        return out;
    }

    private static Set<String> withoutEmpty(Set<String> strings) {
        return strings.contains("") ? null : strings;
    }

    /** Prefers literals long enough to be selective (up to 6 characters counts), then fewer of them to check. */
    private static Set<String> better(Set<String> a, Set<String> b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        Comparator<Set<String>> byValue = Comparator.<Set<String>>comparingInt(s -> Math.min(minLength(s), 6))
                .thenComparing(Comparator.<Set<String>>comparingInt(Set::size).reversed());
        return byValue.compare(b, a) > 0 ? b : a;
    }

    private static int minLength(Set<String> strings) {
        return strings.stream().mapToInt(String::length).min().orElse(0);
    }
}
