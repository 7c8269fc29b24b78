package org.briefingengine.corpus;

/**
 * A sentence of a {@link SourceDocument}'s text, as character offsets {@code [start, end)}.
 *
 * @param repeat true when the same sentence already stood earlier in the document (a pull quote):
 *               extractors skip repeats so that counts are not inflated
 */
public record Sentence(int start, int end, boolean repeat) {
}
