package org.briefingengine.citation;

/** A UN human-rights mechanism of the catalogue. */
public record Mechanism(String code, String family, String name) {
}
