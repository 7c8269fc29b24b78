package org.briefingengine.corpus;

/** An input file or manifest row that was not read, and why. {@code file} is relative to the input folder. */
public record Rejection(String file, String reason) {
}
