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
import java.util.Optional;

/**
 * One run at a time per database: an operating-system lock on {@code <db>.lock}, which also records who holds
 * it. The operating system releases the lock when the process dies, even by SIGKILL or a power cut, so a
 * lock that cannot be taken always belongs to a live process.
 */
public final class RunLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
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
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
        return Optional.of(new RunLock(channel, lock));
    }

    /** Who holds the lock, e.g. "weekly-briefing since 2026-11-23T06:00:01Z (pid 4242)", if anyone wrote it. */
    public static String holder(Path db) {
        try {
            return Files.readString(lockFile(db), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
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
