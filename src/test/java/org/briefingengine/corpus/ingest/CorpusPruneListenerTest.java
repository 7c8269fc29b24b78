package org.briefingengine.corpus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.briefingengine.TestDatabase;
import org.briefingengine.corpus.CorpusScanner;
import org.briefingengine.corpus.DocumentStore;
import org.briefingengine.corpus.IngestedFile;
import org.briefingengine.corpus.ScanStore;
import org.briefingengine.corpus.SourceDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * After the ingest step, the stored files the scan did not find leave the corpus with their documents and
 * citations, a page at a time; the files still there, and everything after a failed step, stay.
 */
class CorpusPruneListenerTest {

    /** Stored files, two thirds of them gone: three pages for the prune (500, 500 and 4). */
    private static final int STORED = 3 * ScanStore.BLOCK + 7;

    @TempDir
    Path input;

    private JdbcTemplate jdbc;
    private DocumentStore documents;
    private ScanStore scan;
    private CorpusPruneListener listener;

    @BeforeEach
    void storeFilesOfWhichEveryThirdIsStillInTheFolder() throws IOException {
        jdbc = TestDatabase.withSchema("prune");
        documents = new DocumentStore(jdbc);
        scan = new ScanStore(jdbc);
        listener = new CorpusPruneListener(documents, scan);
        List<IngestedFile> stored = new ArrayList<>();
        for (int i = 0; i < STORED; i++) {
            String name = name(i);
            stored.add(IngestedFile.read(name, "sha-" + i, "stamp-" + i, false, List.of(new SourceDocument(name,
                    name, 0, "Title", "Publisher", null, "ngo", "", "Text number " + i + ".", List.of()))));
            if (i % 3 == 0) {
                Files.writeString(input.resolve(name), "text " + i);
            }
        }
        documents.save(stored, 1);
        jdbc.batchUpdate("INSERT INTO BE_CITATION (DOCUMENT, MECHANISM, FAMILY, REFERENCE, QUOTE, START_OFFSET,"
                + " END_OFFSET, NOTE) VALUES (?, 'SR-TORTURE', 'special', '', 'quote', 0, 5, '')",
                stored.stream().map(f -> new Object[] {f.path()}).toList());
        new CorpusScanner().scan(input, scan);
    }

    @Test
    void storedFilesMissingFromTheScanLeaveTheCorpusWithTheirDocumentsAndCitations() {
        listener.afterStep(step(BatchStatus.COMPLETED));

        List<String> kept = new ArrayList<>();
        for (int i = 0; i < STORED; i += 3) {
            kept.add(name(i));
        }
        assertThat(jdbc.queryForList("SELECT PATH FROM BE_FILE ORDER BY PATH", String.class)).isEqualTo(kept);
        assertThat(jdbc.queryForList("SELECT ID FROM BE_DOCUMENT ORDER BY ID", String.class)).isEqualTo(kept);
        assertThat(jdbc.queryForList("SELECT DOCUMENT FROM BE_CITATION ORDER BY DOCUMENT", String.class)).isEqualTo(kept);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BE_SCAN_FILE", Integer.class)).isZero();
    }

    @Test
    void aPruneThatFailsFailsTheStepSoThatNoReportIsWrittenFromAHalfPrunedCorpus() {
        List<Integer> pages = new ArrayList<>();
        DocumentStore failing = new DocumentStore(jdbc) {
            @Override
            public void forget(List<String> gone) {
                pages.add(gone.size());
                if (pages.size() == 2) {
                    throw new IllegalStateException("disk full");
                }
                super.forget(gone);
            }
        };
        StepExecution step = step(BatchStatus.COMPLETED);

        ExitStatus exit = new CorpusPruneListener(failing, scan).afterStep(step);

        assertThat(pages).containsExactly(ScanStore.BLOCK, ScanStore.BLOCK);
        assertThat(exit.getExitCode()).isEqualTo(ExitStatus.FAILED.getExitCode());
        assertThat(step.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(step.getFailureExceptions()).extracting(Throwable::getMessage).containsExactly("disk full");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BE_SCAN_FILE", Integer.class)).isZero();
    }

    @Test
    void repeatedTextsThatCannotBeMarkedAreLeftForTheNextRunAndTheStepGoesOn() {
        DocumentStore failing = new DocumentStore(jdbc) {
            @Override
            public void markDuplicates() {
                throw new IllegalStateException("H2 failed");
            }
        };
        StepExecution step = step(BatchStatus.COMPLETED);

        ExitStatus exit = new CorpusPruneListener(failing, scan).afterStep(step);

        assertThat(exit.getExitCode()).isEqualTo(step.getExitStatus().getExitCode()).isNotEqualTo("FAILED");
        assertThat(step.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BE_FILE", Integer.class)).isEqualTo((STORED + 2) / 3);
        assertThat(jdbc.queryForObject("SELECT VAL FROM BE_STATE WHERE NAME = 'duplicates'", String.class))
                .isEqualTo("pending");
    }

    @Test
    void afterAFailedStepNothingIsPrunedButTheScanIsEmptied() {
        listener.afterStep(step(BatchStatus.FAILED));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BE_FILE", Integer.class)).isEqualTo(STORED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BE_CITATION", Integer.class)).isEqualTo(STORED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BE_SCAN_FILE", Integer.class)).isZero();
    }

    private static StepExecution step(BatchStatus status) {
        StepExecution step = MetaDataInstanceFactory.createStepExecution();
        step.setStatus(status);
        return step;
    }

    private static String name(int i) {
        return String.format("f%05d.txt", i);
    }
}
