package org.briefingengine.corpus;

import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;


/**
 * A file's stamp: its size, its modification time and a hash of its manifest row. It equals the stored stamp only
 * when neither the file nor its manifest row was touched, so that an unchanged corpus is not read at all, not even
 * to hash it. The scan stages the two halves apart (the attributes as it walks the folder, the row's hash as it
 * reads the manifest) and H2 joins them; {@link #of} is the same stamp in one piece.
 */
public final class FileStamp {

    private FileStamp() {
    }

    public static String of(BasicFileAttributes attributes, ManifestEntry manifest) {
        return attributes(attributes) + ":" + manifestHash(manifest);
    }

    /** The first half: size and modification time (microseconds). */
    public static String attributes(BasicFileAttributes attributes) {
        return attributes.size() + ":" + attributes.lastModifiedTime().to(TimeUnit.MICROSECONDS);
    }

    /** The second half: sha256 of the manifest row, or of nothing when the file has no row. */
    public static String manifestHash(ManifestEntry manifest) {
        return Hashing.sha256Hex(manifestRow(manifest));
    }

    /**
     * The manifest values a document takes over, joined; empty when the file has no row. A language is appended
     * only when given, so that rows without one keep the stamps stored before the column existed.
     */
    public static String manifestRow(ManifestEntry m) {
        return m == null ? "" : String.join("\u001f", "manifest", m.title(), m.publisher(), String.valueOf(m.published()),
                m.sourceType(), m.url()) + (m.language().isEmpty() ? "" : "\u001flanguage\u001f" + m.language());
    }
}
