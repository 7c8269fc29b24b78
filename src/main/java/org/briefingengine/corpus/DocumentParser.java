package org.briefingengine.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/** Reads one input file into one document, or several for a compilation page. */
public class DocumentParser {

    public List<SourceDocument> parse(CorpusEntry entry) throws RejectedFileException {
        String name = entry.relativePath().toLowerCase();
        if (!name.endsWith(".txt") && !name.endsWith(".md")) {
            throw new RejectedFileException("unsupported file type");
        }
        try {
            String text = Files.readString(entry.path(), StandardCharsets.UTF_8);
            ManifestEntry m = entry.manifest();
            return List.of(new SourceDocument(entry.relativePath(), entry.relativePath(), 0,
                    m == null ? "" : m.title(), m == null ? "" : m.publisher(), m == null ? null : m.published(),
                    m == null ? "" : m.sourceType(), m == null ? "" : m.url(), text, List.of()));
        } catch (IOException e) {
            throw new RejectedFileException("cannot read: " + e.getMessage(), e);
        }
    }
}
