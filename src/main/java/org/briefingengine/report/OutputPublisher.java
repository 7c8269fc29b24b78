package org.briefingengine.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Publishes a run's outputs atomically: they are written into a hidden sibling folder, which then replaces
 * the week's folder by rename. Readers never see half a PDF, and a failed run leaves the previous outputs intact.
 */
public class OutputPublisher {

    /** Writes the outputs of one run. */
    @FunctionalInterface
    public interface OutputWriter {
        void writeInto(Path dir) throws IOException;
    }

    /**
     * @param target the week's folder, e.g. {@code output/weekly-briefing/2022-W21}
     * @param runId  makes the temporary names unique to this run
     */
    public Path publish(Path target, long runId, OutputWriter writer) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path staging = parent.resolve("." + target.getFileName() + ".tmp-" + runId);
        Path previous = parent.resolve("." + target.getFileName() + ".old-" + runId);
        deleteRecursively(staging);
        Files.createDirectories(staging);
        try {
            writer.writeInto(staging);
        } catch (Throwable e) { // also an OutOfMemoryError: the half-written folder must not stay behind
            try {
                deleteRecursively(staging);
            } catch (IOException | RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        if (Files.exists(target)) {
            move(target, previous);
        }
        move(staging, target);
        deleteRecursively(previous);
        return target;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
