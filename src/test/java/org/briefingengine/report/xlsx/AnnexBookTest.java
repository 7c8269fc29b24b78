package org.briefingengine.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The annex's streaming workbook: where its temporary files go, that they go, and how a failed save fails. */
class AnnexBookTest {

    @Test
    void spillFilesGoToTheAnnexFolderAndAreDeletedWhenTheBookIsClosedWithoutBeingSaved() throws IOException {
        Set<Path> before = spillFiles();
        SpillFolder.use(() -> {
            try (AnnexBook book = new AnnexBook(AnnexWriter.EXCEL_DATA_ROWS)) {
                fill(book);
                assertThat(spillFiles()).hasSizeGreaterThan(before.size());
            }
        });
        assertThat(spillFiles()).isSubsetOf(before);
    }

    @Test
    void aSaveThatFailsReportsItsOwnErrorAndLeavesNoSpillFile() throws IOException {
        Set<Path> before = spillFiles();
        OutputStream fullDisk = new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                written += length;
                if (written > 20_000) {
                    throw new IOException("No space left on device");
                }
            }
        };
        SpillFolder.use(() -> {
            try (AnnexBook book = new AnnexBook(AnnexWriter.EXCEL_DATA_ROWS)) {
                fill(book);
                assertThatThrownBy(() -> book.write(fullDisk)).hasMessage("No space left on device");
            }
        });
        assertThat(spillFiles()).isSubsetOf(before);
    }

    @Test
    void filesADayOldAreDeletedButNotYoungerOnes(@TempDir Path folder) throws IOException {
        Path stale = Files.createTempFile(folder, "poi-sxssf-sheet", ".xml");
        Path recent = Files.createTempFile(folder, "poi-sxssf-sheet", ".xml");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        Files.setLastModifiedTime(recent, FileTime.from(Instant.now().minus(Duration.ofHours(2))));

        int deleted = SpillFolder.deleteStale(folder, Instant.now().minus(SpillFolder.STALE));

        assertThat(deleted).isOne();
        assertThat(stale).doesNotExist();
        assertThat(recent).exists();
        assertThat(SpillFolder.deleteStale(folder.resolve("missing"), Instant.now())).isZero();
    }

    /** A sheet with rows past the row window, and an empty one. */
    private static void fill(AnnexBook book) {
        TableSheet rows = book.table("Rows", "Rows", List.of(Column.of("text", 30), Column.of("number", 10)));
        for (int i = 0; i < 1_000; i++) {
            rows.newRow().text("Déclaration n° " + i + " — 联合国 <&> " + "x".repeat(i % 97)).number(i);
        }
        rows.finish();
        SXSSFSheet empty = book.workbook().createSheet("Empty");
        assertThat(empty.getSheetName()).isEqualTo("Empty");
    }

    private static Set<Path> spillFiles() throws IOException {
        Path folder = SpillFolder.path();
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.collect(Collectors.toSet());
        }
    }
}
