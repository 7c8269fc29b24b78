package org.briefingengine.corpus.ingest;

import org.briefingengine.corpus.CorpusEntry;
import org.briefingengine.corpus.DocumentStore.StoredFile;
import org.briefingengine.corpus.Rejection;

/**
 * What the ingest step reads: a file to read, with what the last run stored about it ({@code null} when it is
 * new), or a manifest row already rejected while scanning.
 */
public record IngestItem(CorpusEntry entry, StoredFile previous, Rejection rejection) {

    public static IngestItem of(CorpusEntry entry, StoredFile previous) {
        return new IngestItem(entry, previous, null);
    }

    public static IngestItem of(Rejection rejection) {
        return new IngestItem(null, null, rejection);
    }
}
