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
        BitSet withoutApricot = new BitSet();
        withoutApricot.set(0);
        withoutApricot.set(2);
        FirstCharIndex<String> restricted = index.restrictedTo(withoutApricot);

        assertThat(index.at("apricot", 0).branches()).containsExactly("apple", "apricot");
        assertThat(restricted.at("apricot", 0).branches()).containsExactly("apple");
        assertThat(restricted.at("z", 0).branches()).containsExactly("zebra");
    }

    @Test
    void restrictionsShareTheCompiledAlternationsTheyHaveInCommon() {
        BitSet withoutApricot = new BitSet();
        withoutApricot.set(0);
        withoutApricot.set(2);
        FirstCharIndex<String> first = index.restrictedTo(withoutApricot);
        FirstCharIndex<String> second = index.restrictedTo((BitSet) withoutApricot.clone());

        // compiled patterns are large: an unchanged bucket reuses the full index's, a changed one is compiled once
        assertThat(first.at("zebra", 0).pattern()).isSameAs(index.at("zebra", 0).pattern());
        assertThat(second.at("apple", 0).pattern()).isSameAs(first.at("apple", 0).pattern())
                .isNotSameAs(index.at("apple", 0).pattern());
    }
}
