package org.briefingengine.report;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a run's outputs atomically: they are written into a hidden sibling folder of this process's own
 * ({@code .<week>.staging-<pid>-<random>}), which then replaces the week's folder by rename. Readers never see half
 * a PDF, and a failed or stopped run leaves the previous outputs intact.
 *
 * <p>Runs on different databases may write the same output folder. The swap (old folder aside, staging folder in,
 * old folder deleted) is made under an operating-system lock on {@code <job folder>/.publish.lock}, so two runs
 * publish one after the other, each a whole folder: the week holds one run's outputs, never a mix. A run deletes
 * only its own staging folder and the week folder it has just replaced; the staging folders of other processes are
 * left alone while their process lives. Those of a process that is gone (killed mid-report) are deleted by the next
 * publish into the same folder, and a week folder moved aside by a process killed mid-swap is put back.
 */
public class OutputPublisher {

    private static final Logger log = LoggerFactory.getLogger(OutputPublisher.class);

    static final String LOCK_FILE = ".publish.lock";

    /** {@code .<week>.staging-<pid>-<random>} and {@code .<week>.old-<pid>-<random>}. */
    private static final Pattern OWNED = Pattern.compile("\\.(.+)\\.(staging|old)-(\\d+)-[0-9a-f]+");

    /** Staging folders named before they carried a process id ({@code .<week>.tmp-<execution id>}). */
    private static final Pattern LEGACY = Pattern.compile("\\.(.+)\\.(tmp|old)-\\d+");

    /** A folder without a live owner this old is left over; younger legacy ones could belong to an older build. */
    static final Duration SAFE_AGE = Duration.ofHours(24);

    /** Writes the outputs of one run. */
    @FunctionalInterface
    public interface OutputWriter {
        void writeInto(Path dir) throws IOException;
    }

    /** Thrown instead of publishing when the run was asked to stop: the previous outputs are untouched. */
    public static final class StoppedBeforePublishing extends Exception {
        StoppedBeforePublishing(Path target) {
            super("stopped before publishing; the outputs in " + target + " are as they were");
        }
    }

    /**
     * @param target the week's folder, e.g. {@code output/weekly-briefing/2022-W21}
     * @param runId  not needed for uniqueness any more (the process id and a random part are); kept for callers
     */
    public Path publish(Path target, long runId, OutputWriter writer) throws IOException {
        try {
            return publish(target, writer, () -> false);
        } catch (StoppedBeforePublishing e) {
            throw new IllegalStateException(e); // cannot happen: nothing asks this run to stop
        }
    }

    /**
     * Writes and publishes, unless {@code stopRequested} says so once the outputs are written (SIGTERM): then the
     * staging folder is deleted and the previous outputs stay.
     */
    public Path publish(Path target, OutputWriter writer, BooleanSupplier stopRequested)
            throws IOException, StoppedBeforePublishing {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        String unique = ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Path staging = parent.resolve("." + target.getFileName() + ".staging-" + unique);
        Path previous = parent.resolve("." + target.getFileName() + ".old-" + unique);
        try (PublishLock lock = lock(parent)) {
            removeLeftovers(parent);
        }
        Files.createDirectories(staging);
        try {
            writer.writeInto(staging);
        } catch (Throwable e) { // also an OutOfMemoryError: the half-written folder must not stay behind
            deleteQuietly(staging, e);
            throw e;
        }
        try (PublishLock lock = lock(parent)) {
            if (stopRequested.getAsBoolean()) {
                deleteRecursively(staging);
                throw new StoppedBeforePublishing(target);
            }
            if (Files.exists(target)) {
                move(target, previous);
            }
            move(staging, target);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(staging, e);
            throw e;
        }
        deleteRecursively(previous);
        return target;
    }

    private static PublishLock lock(Path parent) throws IOException {
        FileChannel channel = FileChannel.open(parent.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        try {
            return new PublishLock(channel, channel.lock()); // another process's swap takes milliseconds
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Deletes staging and set-aside folders whose owner process is gone, and puts back a week folder that a
     * process killed between the two renames of its swap left aside. Called under the folder's lock.
     */
    static int removeLeftovers(Path parent) throws IOException {
        List<Path> hidden;
        try (Stream<Path> files = Files.list(parent)) {
            hidden = files.filter(p -> p.getFileName().toString().startsWith(".") && Files.isDirectory(p)).toList();
        }
        int removed = 0;
        for (Path dir : hidden) {
            String name = dir.getFileName().toString();
            Matcher owned = OWNED.matcher(name);
            Matcher legacy = LEGACY.matcher(name);
            boolean orphan;
            String week;
            boolean setAside;
            if (owned.matches()) {
                orphan = !ownerAlive(Long.parseLong(owned.group(3)), created(dir));
                week = owned.group(1);
                setAside = owned.group(2).equals("old");
            } else if (legacy.matches()) {
                orphan = created(dir).isBefore(Instant.now().minus(SAFE_AGE));
                week = legacy.group(1);
                setAside = legacy.group(2).equals("old");
            } else {
                continue;
            }
            if (!orphan) {
                continue;
            }
            Path target = parent.resolve(week);
            if (setAside && !Files.exists(target)) {
                move(dir, target);
                log.warn("put back {}: a run was killed while replacing it", target);
                continue;
            }
            try {
                deleteRecursively(dir);
                removed++;
            } catch (NoSuchFileException gone) {
                // deleted meanwhile
            }
        }
        if (removed > 0) {
            log.info("removed {} staging folder(s) left in {} by runs that were killed", removed, parent);
        }
        return removed;
    }

    /**
     * Whether the process that named a folder still runs: a live process with that id that started before the
     * folder was made (a process id reused by a later process does not count).
     */
    static boolean ownerAlive(long pid, Instant folderCreated) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return false;
        }
        Optional<Instant> started = process.get().info().startInstant();
        return started.isEmpty() || !started.get().isAfter(folderCreated.plusSeconds(1));
    }

    private static Instant created(Path dir) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(dir, BasicFileAttributes.class);
        Instant created = attributes.creationTime().toInstant();
        Instant modified = attributes.lastModifiedTime().toInstant();
        return created.isAfter(Instant.EPOCH) && created.isBefore(modified) ? created : modified;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteQuietly(Path dir, Throwable failure) {
        try {
            deleteRecursively(dir);
        } catch (IOException | RuntimeException cleanup) {
            failure.addSuppressed(cleanup);
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

    /** The publish lock of one output folder; closing it releases the lock and its file. */
    private record PublishLock(FileChannel channel, FileLock lock) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }
}
