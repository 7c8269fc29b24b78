package org.briefingengine.corpus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.briefingengine.TestDatabase;
import org.briefingengine.corpus.CorpusEntry;
import org.briefingengine.corpus.CorpusScanner;
import org.briefingengine.corpus.DocumentStore;
import org.briefingengine.corpus.Rejection;
import org.briefingengine.corpus.ScanStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ingest reader hands out what the scan rejected, then pairs every scanned file with what the last run stored
 * about it (a page at a time) and keeps back the files whose stamp is unchanged.
 */
class CorpusItemReaderTest {

    @TempDir
    Path input;

    @Test
    void filesNeedingAReadComeWithTheirStoredRowAndUntouchedFilesAreOnlyCounted() throws IOException {
        JdbcTemplate jdbc = TestDatabase.withSchema("corpus-reader");
        int files = 2 * ScanStore.BLOCK + 3;
        for (int i = 0; i < files; i++) {
            String name = String.format("f%05d.txt", i);
            Path file = input.resolve(name);
            Files.writeString(file, "text " + i);
            if (i % 3 == 0) {        // stored, but touched since: read again
                jdbc.update("INSERT INTO BE_FILE (PATH, SHA256, STAMP, SEEN_RUN) VALUES (?, ?, ?, 1)", name,
                        "sha-" + i, "stamp-" + i);
            } else if (i % 3 == 1) { // stored with its current stamp: untouched
                jdbc.update("INSERT INTO BE_FILE (PATH, SHA256, STAMP, SEEN_RUN) VALUES (?, ?, ?, 1)", name,
                        "sha-" + i, IngestProcessor.stamp(new CorpusEntry(file, name, null)));
            }
        }
        jdbc.update("INSERT INTO BE_FILE (PATH, SHA256, STAMP, SEEN_RUN) VALUES ('gone.txt', 'x', 'y', 1)");
        StringBuilder manifest = new StringBuilder("file,title\n");
        int missing = ScanStore.BLOCK + 1; // more rejections than one page
        for (int i = 0; i < missing; i++) {
            manifest.append(String.format("missing-%04d.txt,Gone%n", i));
        }
        Files.writeString(input.resolve(CorpusScanner.MANIFEST), manifest);
        ScanStore scan = new ScanStore(jdbc);
        CorpusItemReader reader = new CorpusItemReader(new CorpusScanner(), input, scan);

        reader.open(new ExecutionContext());
        List<IngestItem> items = new ArrayList<>();
        for (IngestItem item = reader.read(); item != null; item = reader.read()) {
            items.add(item);
        }

        int untouched = files / 3;   // i % 3 == 1: 334 of the 1,003 files
        assertThat(reader.untouched()).isEqualTo(untouched);
        assertThat(reader.total()).isEqualTo(missing + files - untouched);
        assertThat(items).hasSize(missing + files - untouched);
        for (int i = 0; i < missing; i++) {
            assertThat(items.get(i).rejection()).isEqualTo(new Rejection(String.format("missing-%04d.txt", i), "file not found"));
        }
        int at = missing;
        for (int i = 0; i < files; i++) {
            if (i % 3 == 1) {
                continue;
            }
            IngestItem item = items.get(at++);
            assertThat(item.entry().relativePath()).isEqualTo(String.format("f%05d.txt", i));
            if (i % 3 == 0) {
                assertThat(item.previous()).as(item.entry().relativePath())
                        .isEqualTo(new DocumentStore.StoredFile("sha-" + i, "stamp-" + i));
            } else {
                assertThat(item.previous()).as(item.entry().relativePath()).isNull();
            }
        }
        assertThat(scan.goneFilesAfter("", 10)).containsExactly("gone.txt");
    }
}
