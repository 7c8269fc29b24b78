package org.briefingengine.corpus;

import java.util.List;

/** Content text after chrome removal, with the offsets where pages start (empty when the format has no pages). */
record NormalisedText(String text, List<Integer> pageStarts) {

    NormalisedText {
        pageStarts = List.copyOf(pageStarts);
    }
}
