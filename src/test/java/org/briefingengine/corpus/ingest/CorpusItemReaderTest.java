package org.briefingengine.corpus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.briefingengine.corpus.CorpusScanner;
import org.briefingengine.corpus.DocumentStore;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** The ingest reader pairs every scanned file with what the last run stored about it, a block at a time. */
class CorpusItemReaderTest {

    @TempDir
    Path input;

    @Test
    void everyFileComesWithItsStoredRowAcrossLookupBlocks() throws IOException {
        JdbcDataSource data = new JdbcDataSource();
        data.setURL("jdbc:h2:mem:corpus-reader-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        new ResourceDatabasePopulator(new ClassPathResource("db/schema.sql")).execute(data);
        JdbcTemplate jdbc = new JdbcTemplate(data);
        int files = 2 * CorpusItemReader.LOOKUP_BLOCK + 3;
        for (int i = 0; i < files; i++) {
            String name = String.format("f%05d.txt", i);
            Files.writeString(input.resolve(name), "text " + i);
            if (i % 3 == 0) {
                jdbc.update("INSERT INTO BE_FILE (PATH, SHA256, STAMP, SEEN_RUN) VALUES (?, ?, ?, 1)", name,
                        "sha-" + i, "stamp-" + i);
            }
        }
        jdbc.update("INSERT INTO BE_FILE (PATH, SHA256, STAMP, SEEN_RUN) VALUES ('gone.txt', 'x', 'y', 1)");
        CorpusItemReader reader = new CorpusItemReader(new CorpusScanner(), input, new DocumentStore(jdbc));

        reader.open(new ExecutionContext());
        List<IngestItem> items = new ArrayList<>();
        for (IngestItem item = reader.read(); item != null; item = reader.read()) {
            items.add(item);
        }

        assertThat(reader.total()).isEqualTo(files);
        assertThat(items).hasSize(files);
        for (int i = 0; i < files; i++) {
            IngestItem item = items.get(i);
            assertThat(item.entry().relativePath()).isEqualTo(String.format("f%05d.txt", i));
            if (i % 3 == 0) {
                assertThat(item.previous()).as(item.entry().relativePath())
                        .isEqualTo(new DocumentStore.StoredFile("sha-" + i, "stamp-" + i));
            } else {
                assertThat(item.previous()).as(item.entry().relativePath()).isNull();
            }
        }
        assertThat(reader.scanned("f00000.txt")).isTrue();
        assertThat(reader.scanned(String.format("f%05d.txt", files - 1))).isTrue();
        assertThat(reader.scanned("gone.txt")).isFalse();
    }
}
