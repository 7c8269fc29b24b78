package org.briefingengine.corpus.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.briefingengine.corpus.CorpusEntry;
import org.briefingengine.corpus.DocumentParser;
import org.briefingengine.corpus.DocumentStore.StoredFile;
import org.briefingengine.corpus.FileStamp;
import org.briefingengine.corpus.Hashing;
import org.briefingengine.corpus.IngestedFile;
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

    public IngestProcessor(DocumentParser parser) {
        this.parser = parser;
    }

    @Override
    public IngestedFile process(IngestItem item) {
        if (item.rejection() != null) {
            return IngestedFile.rejected(item.rejection().file(), item.rejection().reason());
        }
        CorpusEntry entry = item.entry();
        String path = entry.relativePath();
        try {
            String stamp = stamp(entry);
            StoredFile previous = item.previous();
            String sha256 = fingerprint(entry);
            if (previous != null && sha256.equals(previous.sha256())) {
                return IngestedFile.unchanged(path, sha256, stamp);
            }
            List<SourceDocument> documents = parser.parse(entry);
            return IngestedFile.read(path, sha256, stamp, previous != null, documents);
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

    /** The file's {@link FileStamp}, as it is now. */
    static String stamp(CorpusEntry entry) throws IOException {
        return FileStamp.of(Files.readAttributes(entry.path(), BasicFileAttributes.class), entry.manifest());
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
        if (entry.manifest() != null) {
            digest.update(FileStamp.manifestRow(entry.manifest()).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

}
