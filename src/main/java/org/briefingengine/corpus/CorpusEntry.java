package org.briefingengine.corpus;

import java.nio.file.Path;

/**
 * One input file to read, with its manifest row when the manifest has one.
 *
 * @param path         absolute, normalised path, guaranteed to lie inside the input folder
 * @param relativePath path relative to the input folder, with forward slashes (the document id)
 * @param manifest     the manifest row, or {@code null}
 */
public record CorpusEntry(Path path, String relativePath, ManifestEntry manifest) {
}
