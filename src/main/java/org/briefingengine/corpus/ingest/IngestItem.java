package org.briefingengine.corpus.ingest;

import org.briefingengine.corpus.CorpusEntry;
import org.briefingengine.corpus.Rejection;

/** What the ingest step reads: a file to read, or a manifest row already rejected while scanning. */
public record IngestItem(CorpusEntry entry, Rejection rejection) {

    public static IngestItem of(CorpusEntry entry) {
        return new IngestItem(entry, null);
    }

    public static IngestItem of(Rejection rejection) {
        return new IngestItem(null, rejection);
    }
}
