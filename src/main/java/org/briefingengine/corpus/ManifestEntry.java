package org.briefingengine.corpus;

import java.time.LocalDate;

/**
 * One row of {@code manifest.csv}: what an analyst knows about a file. Every field but {@code file} may be empty.
 *
 * @param language the optional {@code language} column, as {@link org.briefingengine.language.LanguageDetector#normalise}
 *                 reads it ("" when not given)
 */
public record ManifestEntry(String file, String title, String publisher, LocalDate published, String sourceType,
                            String url, String language) {

    public ManifestEntry {
        language = language == null ? "" : language;
    }

    /** A row without a language. */
    public ManifestEntry(String file, String title, String publisher, LocalDate published, String sourceType,
                         String url) {
        this(file, title, publisher, published, sourceType, url, "");
    }
}
