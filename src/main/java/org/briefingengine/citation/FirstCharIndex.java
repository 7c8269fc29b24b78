package org.briefingengine.citation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pre-filter for a list of regex branches: for each first character, and for whether that character starts a
 * word, the alternation of only those branches that can match there, in their original order. Which branches
 * can start where is found by probing each compiled branch (a match or {@link Matcher#hitEnd()} on that single
 * character), so it holds for any analyst regex. Characters beyond ASCII share one slot, probed with a fixed set
 * plus every non-ASCII character the branches spell (in both cases), so Chinese, Arabic or Cyrillic aliases are
 * tried there. After a non-ASCII letter or digit (Chinese has no spaces, Arabic attaches prefixes) either kind of
 * branch may match, so the union of both tables is used. Immutable and thread-safe.
 *
 * @param <B> the branch type
 */
final class FirstCharIndex<B> {

    /** Characters beyond ASCII share one slot, probed with these. */
    private static final String NON_ASCII_PROBES = "\u00A0\u2018\u2019\u201C\u201D\u2013\u2014\u00E9\u00C9\u00FC\u00B9";
    private static final int SLOTS = 129;

    /** Alternation of some branches; branch i is capturing group {@code groups[i]}. */
    record Bucket<B>(int id, Pattern pattern, List<B> branches, int[] groups) {

        B branchOf(Matcher m) {
            for (int i = 0; i < groups.length; i++) {
                if (m.start(groups[i]) >= 0) {
                    return branches.get(i);
                }
            }
            throw new IllegalStateException("match outside every branch");
        }
    }

    private final List<Bucket<B>> buckets = new ArrayList<>();
    private final List<Bucket<B>> atWordStart = new ArrayList<>(SLOTS);
    private final List<Bucket<B>> inWord = new ArrayList<>(SLOTS);
    private final List<Bucket<B>> afterNonAscii = new ArrayList<>(SLOTS);
    /** For each table and slot, the branches that can start there (probed once, shared by restrictions). */
    private final List<List<List<Integer>>> members;
    private final List<B> branches;
    private final Function<B, String> regex;
    /**
     * Compiled alternations by their members, shared by this index and all its restrictions: two restrictions
     * differ in a few branches, so most of their buckets are the same alternation, compiled once. Bounded, since
     * compiled patterns are large (past the bound an alternation is compiled for its index alone).
     */
    private final Map<List<Integer>, Alternation<B>> compiled;

    /** A compiled alternation of some branches; branch i is capturing group {@code groups[i]}. */
    private record Alternation<B>(Pattern pattern, List<B> branches, int[] groups) {
    }

    private static final int MAX_SHARED_ALTERNATIONS = 2_048;

    FirstCharIndex(List<B> branches, Function<B, String> regex) {
        this(branches, regex, probe(branches, regex), null, new ConcurrentHashMap<>());
    }

    private FirstCharIndex(List<B> branches, Function<B, String> regex, List<List<List<Integer>>> members,
                           BitSet active, Map<List<Integer>, Alternation<B>> compiled) {
        this.branches = branches;
        this.regex = regex;
        this.members = members;
        this.compiled = compiled;
        Map<List<Integer>, Bucket<B>> byMembers = new HashMap<>();
        for (int t = 0; t < 3; t++) {
            List<Bucket<B>> table = t == 0 ? atWordStart : t == 1 ? inWord : afterNonAscii;
            for (int slot = 0; slot < SLOTS; slot++) {
                List<Integer> slotMembers = members.get(t).get(slot);
                if (active != null) {
                    slotMembers = slotMembers.stream().filter(active::get).toList();
                }
                table.add(slotMembers.isEmpty() ? null
                        : byMembers.computeIfAbsent(slotMembers, m -> bucket(m, branches, regex)));
            }
        }
    }

    /** The same index over only the {@code active} branches (by position), without probing again. */
    FirstCharIndex<B> restrictedTo(BitSet active) {
        return new FirstCharIndex<>(branches, regex, members, active, compiled);
    }

    private static <B> List<List<List<Integer>>> probe(List<B> branches, Function<B, String> regex) {
        List<Pattern> compiled = branches.stream().map(b -> Pattern.compile(regex.apply(b))).toList();
        String nonAsciiProbes = nonAsciiProbes(branches, regex);
        List<List<List<Integer>>> tables = new ArrayList<>();
        for (String before : List.of(" ", "x", " x")) {
            List<List<Integer>> table = new ArrayList<>(SLOTS);
            for (int slot = 0; slot < SLOTS; slot++) {
                List<Integer> slotMembers = new ArrayList<>();
                for (int b = 0; b < compiled.size(); b++) {
                    if (canStart(compiled.get(b), before.substring(before.length() - 1), slot, nonAsciiProbes)
                            || before.length() > 1 && canStart(compiled.get(b), " ", slot, nonAsciiProbes)) {
                        slotMembers.add(b);
                    }
                }
                table.add(List.copyOf(slotMembers));
            }
            tables.add(table);
        }
        return tables;
    }

    int bucketCount() {
        return buckets.size();
    }

    /** The bucket to try at {@code offset}, or null when no branch can match there. */
    Bucket<B> at(CharSequence text, int offset) {
        char c = text.charAt(offset);
        char b = offset > 0 ? text.charAt(offset - 1) : ' ';
        List<Bucket<B>> table = !Character.isLetterOrDigit(b) ? atWordStart : b < 128 ? inWord : afterNonAscii;
        return table.get(Math.min(c, SLOTS - 1));
    }

    private Bucket<B> bucket(List<Integer> members, List<B> branches, Function<B, String> regex) {
        Alternation<B> alternation = compiled.get(members);
        if (alternation == null) {
            alternation = alternation(members, branches, regex);
            if (compiled.size() < MAX_SHARED_ALTERNATIONS) {
                compiled.putIfAbsent(members, alternation);
            }
        }
        Bucket<B> bucket = new Bucket<>(buckets.size(), alternation.pattern(), alternation.branches(),
                alternation.groups());
        buckets.add(bucket);
        return bucket;
    }

    private static <B> Alternation<B> alternation(List<Integer> members, List<B> branches, Function<B, String> regex) {
        StringBuilder alternation = new StringBuilder();
        int[] groups = new int[members.size()];
        int group = 1;
        for (int i = 0; i < members.size(); i++) {
            String body = regex.apply(branches.get(members.get(i)));
            groups[i] = group;
            group += 1 + Pattern.compile(body).matcher("").groupCount();
            alternation.append(i == 0 ? "" : "|").append('(').append(body).append(')');
        }
        return new Alternation<>(Pattern.compile(alternation.toString()), members.stream().map(branches::get).toList(),
                groups);
    }

    private static <B> String nonAsciiProbes(List<B> branches, Function<B, String> regex) {
        StringBuilder probes = new StringBuilder(NON_ASCII_PROBES);
        branches.stream().flatMap(b -> regex.apply(b).chars().boxed()).filter(c -> c >= 128).distinct()
                .forEach(c -> probes.append((char) (int) c).append(Character.toLowerCase((char) (int) c))
                        .append(Character.toUpperCase((char) (int) c)));
        return probes.toString();
    }

    private static boolean canStart(Pattern pattern, String before, int slot, String nonAsciiProbes) {
        String probes = slot < SLOTS - 1 ? String.valueOf((char) slot) : nonAsciiProbes;
        for (char c : probes.toCharArray()) {
            String text = before + c;
            Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false)
                    .region(before.length(), text.length());
            if (m.lookingAt() || m.hitEnd()) {
                return true;
            }
        }
        return false;
    }
}
