package org.briefingengine.corpus;

import java.time.LocalDate;

/** One row of {@code manifest.csv}: what an analyst knows about a file. Every field but {@code file} may be empty. */
public record ManifestEntry(String file, String title, String publisher, LocalDate published, String sourceType,
                            String url) {
}
