package org.briefingengine.citation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;

import org.briefingengine.corpus.DocumentBudget;

/**
 * Finds every mention and formal reference in a text in one left-to-right pass over precompiled branches.
 *
 * <p>Branches, in order: exclusions (matched and dropped, so nothing inside them counts), document symbols,
 * communications, then each catalogue row's aliases (longest first) and pattern. The leftmost match wins; at
 * the same offset the earlier branch wins. A {@link FirstCharIndex} limits the branches tried at each offset.
 * After a mention, the references of the row's kinds that follow it ({@code resolution 43/1},
 * {@code Concluding Observations (2018)}) are read and the scan resumes after them.
 */
final class MentionScanner {

    private enum Kind { EXCLUSION, SYMBOL, COMMUNICATION, MENTION }

    /**
     * @param required for a foreign-language alias, a word it always spells, case-folded ({@link #fold}): the
     *                 alias cannot match a text that lacks it; null when the branch is always tried
     */
    private record Branch(Kind kind, MechanismRule rule, String regex, String required) {
    }

    /** Function words that mark a French or Spanish alias (whose branches are skipped in texts lacking them). */
    private static final Set<String> FOREIGN_WORDS = Set.of("de", "des", "du", "la", "le", "les", "l", "del", "los",
            "las", "et", "y", "sur", "contre", "pour", "por", "para", "contra");
    /** Distinct restrictions kept; past this, a text needing a new one is scanned with the whole index. */
    private static final int MAX_RESTRICTIONS = 64;

    /**
     * @param reference "" for a plain mention
     */
    record Hit(MechanismRule rule, int start, int end, String reference, String note) {
    }

    private final FirstCharIndex<Branch> index;
    private final SymbolTable symbols;
    private final List<Branch> branches;
    private final Map<BitSet, FirstCharIndex<Branch>> restricted = new ConcurrentHashMap<>();

    MentionScanner(List<MechanismRule> rules) {
        this.symbols = new SymbolTable(rules);
        List<Branch> branches = new ArrayList<>();
        for (MechanismRule rule : rules) {
            if (!rule.exclusion().isEmpty()) {
                branches.add(new Branch(Kind.EXCLUSION, rule, "(?i:" + rule.exclusion() + ")", null));
            }
        }
        if (!symbols.isEmpty()) {
            branches.add(new Branch(Kind.SYMBOL, null, symbols.regex(), null));
        }
        rules.stream().filter(r -> r.references().contains(ReferenceKind.COMMUNICATIONS)).findFirst()
                .ifPresent(r -> branches.add(new Branch(Kind.COMMUNICATION, r, ReferenceParser.COMMUNICATION, null)));
        for (MechanismRule rule : rules) {
            // one branch per alternative, in the order of one alternation: the same first match wins
            rule.aliases().stream().sorted(Comparator.comparingInt(String::length).reversed()).forEach(alias ->
                    branches.add(new Branch(Kind.MENTION, rule, AliasRegex.of(alias), requiredWord(alias))));
            if (!rule.pattern().isEmpty()) {
                branches.add(new Branch(Kind.MENTION, rule, "(?:" + rule.pattern() + ")", null));
            }
        }
        this.branches = List.copyOf(branches);
        this.index = new FirstCharIndex<>(this.branches, Branch::regex);
    }

    /**
     * For an alias in another language than English (any non-ASCII character, or a French or Spanish function
     * word), its longest word, case-folded: every match of the alias spells it, so a text that lacks it cannot
     * match. Null for other aliases (always tried). An Arabic alias's article is skipped (it may be contracted).
     */
    private static String requiredWord(String alias) {
        boolean foreign = alias.chars().anyMatch(c -> c >= 128);
        String spelled = alias.startsWith("ال") ? alias.substring(2) : alias;
        String longest = "";
        int i = 0;
        while (i < spelled.length()) {
            int j = i;
            while (j < spelled.length() && Character.isLetterOrDigit(spelled.charAt(j))) {
                j++;
            }
            if (j > i) {
                String word = spelled.substring(i, j);
                foreign |= FOREIGN_WORDS.contains(word.toLowerCase(Locale.ROOT));
                if (word.length() > longest.length()) {
                    longest = word;
                }
            }
            i = Math.max(j, i + 1);
        }
        boolean bmp = longest.chars().noneMatch(c -> Character.isSurrogate((char) c));
        return foreign && bmp && longest.length() >= 2 ? fold(longest) : null;
    }

    /**
     * Case-folds char by char as Unicode case-insensitive regex matching compares ({@code toLowerCase(toUpperCase)}),
     * keeping the length, so a text matching an alias in any case holds the alias's folded words.
     */
    private static String fold(String text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            char c = text.charAt(i);
            folded[i] = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c)
                    : Character.toLowerCase(Character.toUpperCase(c));
        }
        return new String(folded);
    }

    /** The index of the branches that can match in {@code text}: without foreign aliases whose word it lacks. */
    private FirstCharIndex<Branch> indexFor(String text) {
        BitSet active = null;
        String folded = null;
        for (int b = 0; b < branches.size(); b++) {
            String required = branches.get(b).required();
            if (required == null) {
                continue;
            }
            if (folded == null) {
                folded = fold(text);
            }
            if (!folded.contains(required)) {
                if (active == null) {
                    active = new BitSet(branches.size());
                    active.set(0, branches.size());
                }
                active.clear(b);
            }
        }
        if (active == null) {
            return index;
        }
        FirstCharIndex<Branch> found = restricted.get(active);
        if (found == null) {
            found = index.restrictedTo(active);
            if (restricted.size() < MAX_RESTRICTIONS) {
                restricted.putIfAbsent(active, found);
            }
        }
        return found;
    }

    /** Hits in text order. */
    List<Hit> scan(String text) {
        return scan(text, DocumentBudget.untimed());
    }

    /** Hits in text order, within the document's budget (its deadline and its cap on mentions). */
    List<Hit> scan(String text, DocumentBudget budget) {
        List<Hit> hits = new ArrayList<>();
        FirstCharIndex<Branch> index = indexFor(text);
        Matcher[] matchers = new Matcher[index.bucketCount()];
        int at = 0;
        while (at < text.length()) {
            budget.tick();
            FirstCharIndex.Bucket<Branch> bucket = index.at(text, at);
            if (bucket == null) {
                at++;
                continue;
            }
            Matcher m = matchers[bucket.id()];
            if (m == null) {
                m = matchers[bucket.id()] = bucket.pattern().matcher(text)
                        .useTransparentBounds(true).useAnchoringBounds(false);
            }
            if (!m.region(at, text.length()).lookingAt()) {
                at++;
                continue;
            }
            at = Math.max(at + 1, handle(bucket.branchOf(m), m.start(), m.end(), text, hits));
            budget.mention();
        }
        return hits;
    }

    /** Records the hits of one match; returns where the scan resumes. */
    private int handle(Branch branch, int start, int end, String text, List<Hit> hits) {
        switch (branch.kind()) {
            case EXCLUSION -> { }
            case SYMBOL -> symbols.resolve(text.substring(start, end)).ifPresent(s ->
                    hits.add(new Hit(s.rule(), start, end, s.reference(), s.note())));
            case COMMUNICATION -> ReferenceParser.communication(text, start, end).ifPresent(r ->
                    hits.add(new Hit(branch.rule(), r.start(), r.end(), r.reference(), "")));
            case MENTION -> {
                List<FoundReference> refs = following(branch.rule(), text, end);
                if (refs.isEmpty()) {
                    hits.add(new Hit(branch.rule(), start, end, "", ""));
                    return end;
                }
                refs.forEach(r -> hits.add(new Hit(branch.rule(), r.start(), r.end(), r.reference(), "")));
                return refs.get(refs.size() - 1).end();
            }
        }
        return end;
    }

    private static List<FoundReference> following(MechanismRule rule, String text, int from) {
        for (ReferenceKind kind : rule.references()) {
            List<FoundReference> refs = ReferenceParser.following(kind, rule.code(), text, from);
            if (!refs.isEmpty()) {
                return refs;
            }
        }
        return List.of();
    }
}
