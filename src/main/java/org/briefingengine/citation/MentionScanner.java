package org.briefingengine.citation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    private record Branch(Kind kind, MechanismRule rule, String regex) {
    }

    /**
     * @param reference "" for a plain mention
     */
    record Hit(MechanismRule rule, int start, int end, String reference, String note) {
    }

    private final FirstCharIndex<Branch> index;
    private final SymbolTable symbols;

    MentionScanner(List<MechanismRule> rules) {
        this.symbols = new SymbolTable(rules);
        List<Branch> branches = new ArrayList<>();
        for (MechanismRule rule : rules) {
            if (!rule.exclusion().isEmpty()) {
                branches.add(new Branch(Kind.EXCLUSION, rule, "(?i:" + rule.exclusion() + ")"));
            }
        }
        if (!symbols.isEmpty()) {
            branches.add(new Branch(Kind.SYMBOL, null, symbols.regex()));
        }
        rules.stream().filter(r -> r.references().contains(ReferenceKind.COMMUNICATIONS)).findFirst()
                .ifPresent(r -> branches.add(new Branch(Kind.COMMUNICATION, r, ReferenceParser.COMMUNICATION)));
        for (MechanismRule rule : rules) {
            List<String> alternatives = new ArrayList<>(rule.aliases().stream()
                    .sorted(Comparator.comparingInt(String::length).reversed()).map(AliasRegex::of).toList());
            if (!rule.pattern().isEmpty()) {
                alternatives.add("(?:" + rule.pattern() + ")");
            }
            if (!alternatives.isEmpty()) {
                branches.add(new Branch(Kind.MENTION, rule, String.join("|", alternatives)));
            }
        }
        this.index = new FirstCharIndex<>(branches, Branch::regex);
    }

    /** Hits in text order. */
    List<Hit> scan(String text) {
        return scan(text, DocumentBudget.untimed());
    }

    /** Hits in text order, within the document's budget (its deadline and its cap on mentions). */
    List<Hit> scan(String text, DocumentBudget budget) {
        List<Hit> hits = new ArrayList<>();
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
