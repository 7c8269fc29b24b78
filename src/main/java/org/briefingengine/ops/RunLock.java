package org.briefingengine.ops;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * One run at a time per database: an operating-system lock on {@code <db>.lock}, which also records who holds
 * it. The operating system releases the lock when the process dies, even by SIGKILL or a power cut, so a
 * lock that cannot be taken always belongs to a live process.
 *
 * <p>The file's first line names the holder; the running process adds the week it briefs and its current step
 * ({@link #record}), which {@code status} shows while the database is busy.
 */
public final class RunLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;
    private final String holder;
    private String week = "";

    private RunLock(FileChannel channel, FileLock lock, String holder) {
        this.channel = channel;
        this.lock = lock;
        this.holder = holder;
    }

    public static Path lockFile(Path db) {
        return db.resolveSibling(db.getFileName() + ".lock");
    }

    /** Takes the lock for {@code job}, or returns empty when another live process holds it. */
    public static Optional<RunLock> tryAcquire(Path db, String job) throws IOException {
        Path file = lockFile(db);
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        String holder = job + " since " + OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS) + " (pid "
                + ProcessHandle.current().pid() + ")\n";
        RunLock held = new RunLock(channel, lock, holder);
        held.write(holder);
        return Optional.of(held);
    }

    /** Records the week this run briefs (a catch-up run briefs several, one after the other). */
    public synchronized void recordWeek(String week) {
        this.week = week;
        writeQuietly(holder + "week " + week + "\n");
    }

    /** Records the step the run has started, with the time, after the holder and the week. */
    public synchronized void recordStep(String step) {
        writeQuietly(holder + (week.isEmpty() ? "" : "week " + week + "\n") + "step " + step + " since "
                + OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS) + "\n");
    }

    private void writeQuietly(String content) {
        try {
            write(content);
        } catch (IOException e) {
            // Only what 'status' shows: a full disk must not fail the run here.
        }
    }

    private void write(String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        channel.write(ByteBuffer.wrap(bytes), 0);
        channel.truncate(bytes.length);
        channel.force(false);
    }

    /** Who holds the lock, e.g. "weekly-briefing since 2026-11-23T06:00:01Z (pid 4242)", if anyone wrote it. */
    public static String holder(Path db) {
        return lines(db).stream().findFirst().orElse("");
    }

    /** What the holder is doing, e.g. "week 2022-W21, step analyse since 2026-11-23T06:00:14Z"; may be empty. */
    public static String activity(Path db) {
        List<String> lines = lines(db);
        return lines.size() < 2 ? "" : String.join(", ", lines.subList(1, lines.size()));
    }

    private static List<String> lines(Path db) {
        try {
            return Files.readString(lockFile(db), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            channel.truncate(0);
            lock.release();
        } finally {
            channel.close();
        }
    }
}
