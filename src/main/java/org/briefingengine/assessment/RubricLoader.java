package org.briefingengine.assessment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a rubric YAML file, validates it and compiles its rules. Every problem is reported as an
 * {@link IllegalArgumentException} whose message starts with the file name.
 */
class RubricLoader {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern CONDITION_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> RUBRIC_KEYS = Set.of("id", "title", "description", "subject", "ignore", "conditions",
            "lexicon", "lists");
    private static final Set<String> LEXICON_KEYS = Set.of("description", "lists");
    private static final Set<String> CONDITION_KEYS = Set.of("id", "title", "description", "supports", "contradicts",
            "about", "grants", "denies", "fully", "in-part", "manner", "skip-when", "needs", "refers-back", "reaches", "given-by-the-state",
            "needs-expert");
    /** Modifier lists matched on words as written; every other list is matched on stems. */
    private static final Set<String> EXACT_LISTS = Set.of("negation", "hedge", "demand", "exception", "pronouns");
    private static final Pattern LIST_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> RULE_KEYS = Set.of("id", "match", "with", "unless", "qualifier");
    private static final Set<String> QUALIFIERS = Set.of("", "partial");

    Rubric load(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("rubric " + file + ": cannot read: " + e.getMessage(), e);
        }
        try {
            return parse(file, bytes);
        } catch (YAMLException | ClassCastException e) {
            throw new IllegalArgumentException("rubric " + file + ": not valid YAML: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rubric " + file + ": " + e.getMessage(), e);
        }
    }

    private static Object yaml(byte[] bytes) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(new SafeConstructor(options)).load(new String(bytes, StandardCharsets.UTF_8));
    }

    private Rubric parse(Path file, byte[] bytes) {
        Map<String, Object> map = map(yaml(bytes), "the file");
        checkKeys(map, RUBRIC_KEYS, "the rubric");
        List<Pattern> subject = patterns(map.get("subject"), "subject");
        List<Pattern> ignore = List.copyOf(patterns(map.get("ignore"), "ignore")); // one list, shared by the conditions
        Map<String, List<String>> lists = new LinkedHashMap<>();
        byte[] lexiconBytes = new byte[0];
        String lexicon = text(map, "lexicon", false, "the rubric");
        if (!lexicon.isEmpty()) {
            Path lexiconFile = (file.getParent() == null ? Path.of("") : file.getParent()).resolve(lexicon);
            try {
                lexiconBytes = Files.readAllBytes(lexiconFile);
            } catch (IOException e) {
                throw new IllegalArgumentException("lexicon " + lexicon + ": cannot read " + lexiconFile + ": " + e.getMessage(), e);
            }
            try {
                Map<String, Object> lex = map(yaml(lexiconBytes), "lexicon " + lexicon);
                checkKeys(lex, LEXICON_KEYS, "lexicon " + lexicon);
                readLists(lex.get("lists"), "lexicon " + lexicon, lists);
            } catch (YAMLException | ClassCastException e) {
                throw new IllegalArgumentException("lexicon " + lexicon + ": not valid YAML: " + e.getMessage(), e);
            }
        }
        readLists(map.get("lists"), "the rubric's lists", lists);
        Map<String, TermList> compiled = new LinkedHashMap<>();
        lists.forEach((name, words) -> compiled.put(name, EXACT_LISTS.contains(name)
                ? TermList.exact(name, expand(words, lists, "list '" + name + "'"))
                : TermList.stemmed(name, expand(words, lists, "list '" + name + "'"))));
        Modifiers modifiers = lists.isEmpty() ? null : new Modifiers(list(compiled, "negation"),
                list(compiled, "hedge"), list(compiled, "demand"), list(compiled, "exception"),
                list(compiled, "expert"), list(compiled, "other-actor"), list(compiled, "full"),
                list(compiled, "pronouns"), list(compiled, "circumstance"),
                list(compiled, "refusal"), list(compiled, "services"));
        List<RubricCondition> conditions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Object item : list(map.get("conditions"), "conditions")) {
            RubricCondition condition = condition(map(item, "a condition"), subject, ignore, lists, modifiers);
            if (!ids.add(condition.id())) {
                throw new IllegalArgumentException("duplicate condition id '" + condition.id() + "'");
            }
            conditions.add(condition);
        }
        if (conditions.isEmpty()) {
            throw new IllegalArgumentException("no conditions");
        }
        return new Rubric(text(map, "id", true, "the rubric"), text(map, "title", true, "the rubric"),
                text(map, "description", false, "the rubric"),
                conditions, sha256(bytes, lexiconBytes), modifiers);
    }

    private static TermList list(Map<String, TermList> compiled, String name) {
        return compiled.getOrDefault(name, TermList.empty(name));
    }

    /** Named word lists: later definitions (the rubric's) replace earlier ones (the lexicon's). */
    private static void readLists(Object value, String where, Map<String, List<String>> into) {
        if (value == null) {
            return;
        }
        map(value, where).forEach((name, words) -> {
            if (!LIST_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException(where + ": list name '" + name + "' must be lower-case words joined by '-'");
            }
            into.put(name, words(words, where + " list '" + name + "'"));
        });
    }

    private static List<String> words(Object value, String where) {
        List<String> out = new ArrayList<>();
        for (Object item : list(value, where)) {
            if (item instanceof Boolean) {
                throw new IllegalArgumentException(where + ": " + item + " is read as yes/no: quote words such as 'no', 'yes', 'on', 'off'");
            }
            if (item == null || item instanceof Map || item instanceof List || item.toString().isBlank()) {
                throw new IllegalArgumentException(where + ": expected a word or phrase, got " + item);
            }
            out.add(item.toString().strip());
        }
        return out;
    }

    /** Replaces every {@code @name} by the words of that list. */
    private static List<String> expand(List<String> words, Map<String, List<String>> lists, String where) {
        return expand(words, lists, where, 0);
    }

    private static List<String> expand(List<String> words, Map<String, List<String>> lists, String where, int depth) {
        if (depth > 5) {
            throw new IllegalArgumentException(where + ": lists refer to each other in a circle");
        }
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (w.startsWith("@")) {
                List<String> named = lists.get(w.substring(1));
                if (named == null) {
                    throw new IllegalArgumentException(where + ": no list named '" + w.substring(1) + "' (lists: "
                            + String.join(", ", lists.keySet()) + ")");
                }
                out.addAll(expand(named, lists, where, depth + 1));
            } else {
                out.add(w);
            }
        }
        return out;
    }

    private static ConceptRule concept(Map<String, Object> map, String where, Map<String, List<String>> lists,
                                       Modifiers modifiers, List<Pattern> ignore) {
        boolean any = map.containsKey("about") || map.containsKey("grants") || map.containsKey("denies")
                || map.containsKey("fully") || map.containsKey("skip-when") || map.containsKey("needs");
        if (!any) {
            return null;
        }
        if (modifiers == null) {
            throw new IllegalArgumentException(where + ": 'about', 'grants' and 'denies' need a lexicon (add 'lexicon: lexicon.yml')");
        }
        List<String> about = expand(words(map.get("about"), where + " about"), lists, where + " about");
        if (about.isEmpty()) {
            throw new IllegalArgumentException(where + ": 'grants' and 'denies' need 'about' (what the sentence must be about)");
        }
        List<String> grants = expand(words(map.get("grants"), where + " grants"), lists, where + " grants");
        List<String> denies = expand(words(map.get("denies"), where + " denies"), lists, where + " denies");
        if (grants.isEmpty() && denies.isEmpty()) {
            throw new IllegalArgumentException(where + ": 'about' needs 'grants' or 'denies'");
        }
        TermList fully = map.containsKey("fully") ? terms(map, "fully", where, lists) : null;
        return new ConceptRule(TermList.stemmed("about", about), TermList.stemmed("grants", grants),
                TermList.stemmed("denies", denies), fully, terms(map, "in-part", where, lists),
                terms(map, "manner", where, lists), terms(map, "skip-when", where, lists),
                terms(map, "needs", where, lists), terms(map, "refers-back", where, lists),
                terms(map, "reaches", where, lists), terms(map, "given-by-the-state", where, lists),
                ignore, !Boolean.FALSE.equals(map.get("needs-expert")));
    }

    /** The condition's word list under {@code key}, its lexicon references expanded, stemmed; empty when absent. */
    private static TermList terms(Map<String, Object> map, String key, String where, Map<String, List<String>> lists) {
        return TermList.stemmed(key, expand(words(map.get(key), where + " " + key), lists, where + " " + key));
    }

    private RubricCondition condition(Map<String, Object> map, List<Pattern> subject, List<Pattern> ignore,
                                      Map<String, List<String>> lists, Modifiers modifiers) {
        String id = text(map, "id", true, "a condition");
        if (!CONDITION_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("condition id '" + id + "' must be lower-case words joined by '-'");
        }
        checkKeys(map, CONDITION_KEYS, "condition '" + id + "'");
        List<Rule> rules = new ArrayList<>();
        rules.addAll(rules(map.get("supports"), Stance.SUPPORTS, id, subject, ignore));
        rules.addAll(rules(map.get("contradicts"), Stance.CONTRADICTS, id, subject, ignore));
        String where = "condition '" + id + "'";
        ConceptRule concept = concept(map, where, lists, modifiers, ignore);
        return new RubricCondition(id, text(map, "title", true, where), text(map, "description", false, where), rules,
                concept);
    }

    private List<Rule> rules(Object value, Stance stance, String condition, List<Pattern> subject,
                             List<Pattern> ignore) {
        List<Rule> rules = new ArrayList<>();
        String where = "condition '" + condition + "' " + stance.label();
        for (Object item : list(value, where)) {
            Map<String, Object> map = item instanceof String s ? Map.of("match", s) : map(item, "a rule of " + where);
            checkKeys(map, RULE_KEYS, "a rule of " + where);
            String match = text(map, "match", true, "a rule of " + where);
            String ruleWhere = where + " rule '" + map.getOrDefault("id", match) + "'";
            String qualifier = text(map, "qualifier", false, ruleWhere);
            if (!QUALIFIERS.contains(qualifier)) {
                throw new IllegalArgumentException(ruleWhere + ": qualifier must be 'partial' or absent, not '" + qualifier + "'");
            }
            List<Pattern> with = new ArrayList<>(patterns(map.get("with"), ruleWhere + " with"));
            with.addAll(subject);
            List<Pattern> unless = new ArrayList<>(patterns(map.get("unless"), ruleWhere + " unless"));
            unless.addAll(ignore);
            String id = map.containsKey("id") ? text(map, "id", true, ruleWhere) : match;
            rules.add(new Rule(id, stance, compile(match, ruleWhere), with, unless, qualifier));
        }
        return rules;
    }

    private static List<Pattern> patterns(Object value, String where) {
        if (value instanceof String s) {
            return List.of(compile(s, where));
        }
        List<Pattern> out = new ArrayList<>();
        for (Object item : list(value, where)) {
            if (!(item instanceof String s)) {
                throw new IllegalArgumentException(where + ": expected a phrase or regex, got " + item);
            }
            out.add(compile(s, where));
        }
        return out;
    }

    /**
     * Sentences are lower-cased before matching ({@link PlainText}), so a pattern without capitals is compiled
     * case-sensitively: it matches the same text, several times faster. A pattern with capitals (a literal, or an
     * escape such as {@code \S}) keeps the case-insensitive flags.
     */
    private static Pattern compile(String regex, String where) {
        if (regex.isBlank()) {
            throw new IllegalArgumentException(where + ": empty pattern");
        }
        try {
            return Pattern.compile(regex, regex.chars().anyMatch(Character::isUpperCase) ? FLAGS : 0);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(where + ": bad regex '" + regex + "': " + e.getDescription(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        if (!(value instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException(what + " must be a mapping of keys to values");
        }
        return (Map<String, Object>) m;
    }

    private static List<?> list(Object value, String what) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> l)) {
            throw new IllegalArgumentException(what + " must be a list");
        }
        return l;
    }

    private static String text(Map<String, Object> map, String key, boolean required, String where) {
        Object value = map.get(key);
        if (value == null || value.toString().isBlank()) {
            if (required) {
                throw new IllegalArgumentException(where + ": missing '" + key + "'");
            }
            return "";
        }
        if (value instanceof Map || value instanceof List) {
            throw new IllegalArgumentException(where + ": '" + key + "' must be text, got " + value);
        }
        return value.toString().strip();
    }

    private static void checkKeys(Map<String, Object> map, Set<String> allowed, String where) {
        for (String key : map.keySet()) {
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException(where + ": unknown key '" + key + "' (allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private static String sha256(byte[] bytes, byte[] lexicon) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes);
            digest.update(lexicon);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
