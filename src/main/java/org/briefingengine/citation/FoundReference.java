package org.briefingengine.citation;

/**
 * A formal reference found in a text.
 *
 * @param start     offset of the reference in the text (inclusive)
 * @param end       offset of the reference in the text (exclusive)
 * @param reference normal form, see {@link ReferenceNormaliser}
 */
record FoundReference(int start, int end, String reference) {
}
