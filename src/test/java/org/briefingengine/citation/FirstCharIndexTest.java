package org.briefingengine.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class FirstCharIndexTest {

    private final List<String> branches = List.of("apple", "apricot", "zebra");
    private final FirstCharIndex<String> index = new FirstCharIndex<>(branches, Function.identity());

    @Test
    void aRestrictionLeavesOutItsInactiveBranches() {
        FirstCharIndex<String> restricted = index.restrictedTo(withoutApricot());

        assertThat(index.at("apricot", 0).branches()).containsExactly("apple", "apricot");
        assertThat(restricted.at("apricot", 0).branches()).containsExactly("apple");
        assertThat(restricted.at("z", 0).branches()).containsExactly("zebra");
    }

    @Test
    void restrictionsShareTheCompiledAlternationsTheyHaveInCommon() {
        FirstCharIndex<String> first = index.restrictedTo(withoutApricot());
        FirstCharIndex<String> second = index.restrictedTo(withoutApricot());

        // compiled patterns are large: an unchanged bucket reuses the full index's, a changed one is compiled once
        assertThat(first.at("zebra", 0).pattern()).isSameAs(index.at("zebra", 0).pattern());
        assertThat(second.at("apple", 0).pattern()).isSameAs(first.at("apple", 0).pattern())
                .isNotSameAs(index.at("apple", 0).pattern());
    }

    /** The active branches without "apricot": a new set each call, equal to the others but not the same object. */
    private static BitSet withoutApricot() {
        BitSet active = new BitSet();
        active.set(0);
        active.set(2);
        return active;
    }
}
