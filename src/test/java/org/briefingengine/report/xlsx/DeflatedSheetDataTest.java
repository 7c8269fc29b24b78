package org.briefingengine.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.CRC32;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spill hands its rows to the deflate thread in blocks: whatever the sizes written, the data inflates back to
 * exactly what was written, with its CRC and length; a failure on the deflate thread reaches the writer.
 */
class DeflatedSheetDataTest {

    private static final String ROW = "<row r=\"1\"><c t=\"inlineStr\"/>";

    @TempDir
    Path dir;

    private final ExecutorService deflateThread = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        deflateThread.shutdownNow();
    }

    @Test
    void writesOfEverySizeAcrossManyBlocksInflateBackToWhatWasWritten() throws IOException {
        Random random = new Random(42);
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        DeflatedSheetData spill = DeflatedSheetData.create(dir.resolve("rows.deflate"), AnnexWorkbook.ZIP_LEVEL,
                deflateThread);
        OutputStream out = spill.deflater();
        while (written.size() < 3_000_000) { // some twelve blocks
            byte[] chunk = new byte[random.nextInt(3) == 0 ? 1 + random.nextInt(700_000) : random.nextInt(9_000)];
            for (int i = 0; i < chunk.length; i++) {
                chunk[i] = (byte) (ROW.charAt(i % ROW.length()) + (random.nextInt(50) == 0 ? 1 : 0));
            }
            if (chunk.length == 1) {
                out.write(chunk[0]);
            } else {
                out.write(chunk, 0, chunk.length);
            }
            written.write(chunk);
        }
        out.close();

        byte[] expected = written.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(expected);
        try (DeflatedSheetData.Deflated rows = (DeflatedSheetData.Deflated) spill.getWorksheetXMLInputStream()) {
            assertThat(rows.size()).isEqualTo(expected.length);
            assertThat(rows.crc()).isEqualTo(crc.getValue());
            assertThat(rows.compressedSize()).isLessThan(expected.length / 4);
            assertThat(rows.readAllBytes()).isEqualTo(expected);
        }
        spill.delete();
        assertThat(dir.resolve("rows.deflate")).doesNotExist();
    }

    @Test
    void aFullDiskOnTheDeflateThreadFailsTheWriterAndTheSpillIsNeverTakenAsComplete() throws IOException {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "needs /dev/full, where every write fails with 'No space left on device'");
        Path link = Files.createSymbolicLink(dir.resolve("rows.deflate"), full);
        DeflatedSheetData spill = DeflatedSheetData.create(link, AnnexWorkbook.ZIP_LEVEL, deflateThread);
        OutputStream out = spill.deflater();
        byte[] noise = new byte[1_000_000];
        new Random(7).nextBytes(noise); // incompressible: the deflater soon has output to write

        assertThatThrownBy(() -> {
            for (int i = 0; i < 50; i++) {
                out.write(noise);
            }
            out.close();
        }).isInstanceOf(IOException.class).hasStackTraceContaining("No space left on device");
        assertThatThrownBy(spill::getWorksheetXMLInputStream).isInstanceOf(IOException.class)
                .hasMessageContaining("were not all written");
        spill.delete(); // ends the deflater and removes the link, not /dev/full
        assertThat(link).doesNotExist();
        assertThat(full).exists();
    }

    @Test
    void aStoppedDeflateThreadIsAnIoErrorForTheWriter() throws IOException {
        DeflatedSheetData spill = DeflatedSheetData.create(dir.resolve("rows.deflate"), AnnexWorkbook.ZIP_LEVEL,
                deflateThread);
        deflateThread.shutdown();

        assertThatThrownBy(() -> spill.deflater().write(new byte[400_000]))
                .isInstanceOf(IOException.class).hasMessageContaining("deflate thread is stopped");
        assertThatThrownBy(spill::delete).isInstanceOf(IOException.class);
        assertThat(dir.resolve("rows.deflate")).doesNotExist();
        assertThat(openHandlesTo(dir)).as("spill files still open").isZero();
    }

    /** Open file descriptors of this process on files in {@code folder} (Linux's /proc; 0 elsewhere). */
    private static long openHandlesTo(Path folder) throws IOException {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return 0;
        }
        try (var links = Files.list(fds)) {
            return links.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().startsWith(folder.toString());
                } catch (IOException e) {
                    return false; // closed meanwhile
                }
            }).count();
        }
    }
}
