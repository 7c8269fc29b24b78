package org.briefingengine.report.xlsx;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder POI's temporary files go to while an annex is written (its spilled rows, the workbook template):
 * {@code briefing-engine-annex} in the JVM's temporary folder, set for the writing thread through POI's
 * {@link TempFile#withStrategy}. POI deletes its files when the workbook is closed; a process that ended
 * abruptly (killed, or halted after running out of memory) leaves them, so each annex first deletes the files
 * there older than {@link #STALE}. A spill still being written or waiting to be saved is minutes old at most.
 */
final class SpillFolder {

    static final String NAME = "briefing-engine-annex";

    /** Age after which a file in the folder is taken to be left over from an ended process. */
    static final Duration STALE = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(SpillFolder.class);

    /** Work that writes an annex. */
    interface Work {
        void run() throws IOException;
    }

    private SpillFolder() {
    }

    static Path path() {
        return Path.of(System.getProperty(TempFile.JAVA_IO_TMPDIR), NAME);
    }

    /** Runs {@code work} with POI's temporary files in {@link #path()}, after deleting stale ones there. */
    static void use(Work work) throws IOException {
        Path folder = path();
        deleteStale(folder, Instant.now().minus(STALE));
        try {
            TempFile.withStrategy(new DefaultTempFileCreationStrategy(folder.toFile()), () -> {
                try {
                    work.run();
                    return null;
                } catch (IOException e) {
                    throw new Carried(e);
                }
            });
        } catch (Carried e) {
            throw e.getCause();
        }
    }

    /** Carries the work's IOException through POI's Supplier. */
    private static final class Carried extends RuntimeException {

        Carried(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    /** Deletes the files in {@code folder} last modified before {@code cutoff}; logs, never fails the run. */
    static int deleteStale(Path folder, Instant cutoff) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)
                        && Files.deleteIfExists(file)) {
                    deleted++;
                }
            }
        } catch (IOException | RuntimeException e) {
            log.warn("could not look for stale annex spill files in {}: {}", folder, e.toString());
        }
        if (deleted > 0) {
            log.warn("deleted {} annex spill files left in {} by runs that ended abruptly", deleted, folder);
        }
        return deleted;
    }
}
