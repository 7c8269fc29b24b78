package org.briefingengine.corpus.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.briefingengine.corpus.CorpusEntry;
import org.briefingengine.corpus.DocumentParser;
import org.briefingengine.corpus.DocumentStore;
import org.briefingengine.corpus.ManifestEntry;
import org.briefingengine.corpus.RejectedFileException;
import org.briefingengine.corpus.SourceDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reads one input file unless its content and manifest row are unchanged since the last run. Never throws for
 * a bad file: whatever goes wrong becomes a rejection naming the reason, and the job goes on.
 */
public class IngestProcessor implements ItemProcessor<IngestItem, IngestedFile> {

    private static final Logger log = LoggerFactory.getLogger(IngestProcessor.class);

    private final DocumentParser parser;
    private final DocumentStore store;

    public IngestProcessor(DocumentParser parser, DocumentStore store) {
        this.parser = parser;
        this.store = store;
    }

    @Override
    public IngestedFile process(IngestItem item) {
        if (item.rejection() != null) {
            return IngestedFile.rejected(item.rejection().file(), item.rejection().reason());
        }
        CorpusEntry entry = item.entry();
        String path = entry.relativePath();
        try {
            String sha256 = fingerprint(entry);
            String previous = store.fileHash(path);
            if (sha256.equals(previous)) {
                return IngestedFile.unchanged(path, sha256);
            }
            List<SourceDocument> documents = parser.parse(entry);
            return IngestedFile.read(path, sha256, previous != null, documents);
        } catch (RejectedFileException e) {
            return reject(path, e.getMessage());
        } catch (IOException e) {
            return reject(path, "cannot read file: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            log.debug("unexpected failure reading {}", path, e);
            return reject(path, "unreadable (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    private static IngestedFile reject(String path, String reason) {
        log.warn("rejected {}: {}", path, reason);
        return IngestedFile.rejected(path, reason);
    }

    /** sha256 of the file's bytes followed by its manifest row, so an edited manifest row also counts as a change. */
    static String fingerprint(CorpusEntry entry) throws IOException {
        MessageDigest digest = Hashing.sha256();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(entry.path())) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        ManifestEntry m = entry.manifest();
        if (m != null) {
            digest.update(String.join("\u001f", "manifest", m.title(), m.publisher(), String.valueOf(m.published()),
                    m.sourceType(), m.url()).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

}
