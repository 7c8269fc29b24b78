package org.briefingengine.report.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * A streamed sheet's rows, spilled once as raw deflate data at the annex's own level, so that saving the annex
 * copies them into the zip as they are ({@link SplicedSheetEntry}) instead of reading, inflating and deflating
 * them again. The data ends byte-aligned after a sync flush and without a final block: it is the middle piece of
 * the sheet's zip entry, between the deflated XML before {@code <sheetData>} and after {@code </sheetData>}.
 *
 * <p>Not thread-safe: one sheet, one writer thread; the compression itself runs on the workbook's deflate thread.
 * {@link #delete()} removes the spill file.
 */
final class DeflatedSheetData extends SheetDataWriter {

    private static final String PREFIX = "annex-sheet";
    private static final String SUFFIX = ".deflate";

    /** An empty final deflate block: appended when the data is read back on its own, to end the stream. */
    private static final byte[] FINAL_EMPTY_BLOCK = {0x03, 0x00};

    private final SheetDeflater deflater;

    private DeflatedSheetData(SheetDeflater deflater) throws IOException {
        super(new UnsynchronizedBufferedWriter(new OutputStreamWriter(deflater, StandardCharsets.UTF_8), 64 * 1024));
        this.deflater = deflater;
    }

    /**
     * @param deflateThread runs the compression, in the order given: a single thread, shared by the workbook's
     *                      sheets
     */
    static DeflatedSheetData create(int level, Executor deflateThread) throws IOException {
        return create(TempFile.createTempFile(PREFIX, SUFFIX).toPath(), level, deflateThread);
    }

    /** A spill into {@code file} (tests choose it). */
    static DeflatedSheetData create(Path file, int level, Executor deflateThread) throws IOException {
        return new DeflatedSheetData(new SheetDeflater(file, level, deflateThread));
    }

    /** The folder the spill files go to (POI's temporary folder). */
    Path folder() {
        return deflater.file.getParent();
    }

    /**
     * Deletes the spill files in {@code folder} last modified before {@code cutoff}: a process that ended without
     * closing its workbook (killed, or halted after running out of memory) leaves them behind, and at 100,000
     * documents one is some 90 MB. A spill still being written or waiting to be saved is minutes old at most.
     *
     * @return how many were deleted
     */
    static int deleteStale(Path folder, Instant cutoff) throws IOException {
        int deleted = 0;
        try (DirectoryStream<Path> spills = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
            for (Path spill : spills) {
                if (Files.getLastModifiedTime(spill).toInstant().isBefore(cutoff) && Files.deleteIfExists(spill)) {
                    deleted++;
                }
            }
        }
        return deleted;
    }

    /**
     * The sheet XML; the stream also carries the deflated form ({@link Deflated}), which is what saving uses.
     * Call after {@link #close()}.
     */
    @Override
    public InputStream getWorksheetXMLInputStream() throws IOException {
        if (!deflater.complete) {
            throw new IOException("the rows of this sheet were not all written to " + deflater.file);
        }
        return new Deflated(deflater.file, deflater.crc.getValue(), deflater.size);
    }

    /** The stream the rows are deflated through, below the writer's buffers (tests write to it directly). */
    OutputStream deflater() {
        return deflater;
    }

    /** Deletes the spill file, also when the spill could not be ended (a full disk). */
    void delete() throws IOException {
        try {
            deflater.close();
        } finally {
            Files.deleteIfExists(deflater.file);
        }
    }

    /**
     * The spilled rows: read as a stream, they inflate to the sheet XML; {@link #rawData()} gives the deflated
     * bytes themselves.
     */
    static final class Deflated extends InputStream {

        private final Path file;
        private final long crc;
        private final long size;
        private Inflater inflater;
        private InputStream inflated;

        private Deflated(Path file, long crc, long size) {
            this.file = file;
            this.crc = crc;
            this.size = size;
        }

        @Override
        public int read() throws IOException {
            return inflated().read();
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            return inflated().read(bytes, offset, length);
        }

        /** Opened on first read only: saving the annex copies {@link #rawData()} and never inflates. */
        private InputStream inflated() throws IOException {
            if (inflated == null) {
                inflater = new Inflater(true);
                inflated = new InflaterInputStream(new SequenceInputStream(Files.newInputStream(file),
                        new ByteArrayInputStream(FINAL_EMPTY_BLOCK)), inflater, 64 * 1024);
            }
            return inflated;
        }

        /** Closes the file and frees the inflater (an inflater handed to InflaterInputStream is not freed by it). */
        @Override
        public void close() throws IOException {
            if (inflated != null) {
                try {
                    inflated.close();
                } finally {
                    inflater.end();
                    inflated = null;
                }
            }
        }

        /** CRC-32 of the XML. */
        long crc() {
            return crc;
        }

        /** Length of the XML in bytes. */
        long size() {
            return size;
        }

        long compressedSize() throws IOException {
            return Files.size(file);
        }

        InputStream rawData() throws IOException {
            return Files.newInputStream(file);
        }
    }

    /**
     * Deflates into the spill file and keeps the CRC and length of what it was given. The sheet's writer fills
     * blocks of {@value #BLOCK} bytes; the workbook's deflate thread compresses them in order, so that the XML of
     * the next rows is written while the last ones are compressed. {@value #BLOCKS} blocks circulate between the
     * two threads: a writer that gets ahead waits for a free one. Closing is idempotent.
     */
    private static final class SheetDeflater extends OutputStream {

        static final int BLOCK = 256 * 1024;
        static final int BLOCKS = 3;

        private final Path file;
        private final Executor deflateThread;
        private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BLOCKS);
        // Used on the deflate thread only, until close() has waited for it.
        private final OutputStream out;
        private final Deflater deflater;
        private final CRC32 crc = new CRC32();
        private final byte[] buffer = new byte[64 * 1024];
        private long size;
        /** The first failure on the deflate thread; the writer rethrows it at its next block or at close. */
        private volatile IOException failure;
        // Used on the writer's thread only.
        private byte[] block;
        private int filled;
        private boolean closed;
        private boolean failureReported;
        /** Blocks made so far: at most {@value #BLOCKS}, and only as many as the sheet's rows need. */
        private int blocks;
        /** True once the data ended cleanly: only then are its CRC and length those of what was written. */
        private boolean complete;

        SheetDeflater(Path file, int level, Executor deflateThread) throws IOException {
            this.file = file;
            this.deflateThread = deflateThread;
            this.out = Files.newOutputStream(file);
            this.deflater = new Deflater(level, true);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            while (length > 0) {
                if (block == null) {
                    block = take();
                    filled = 0;
                }
                int n = Math.min(length, BLOCK - filled);
                System.arraycopy(bytes, offset, block, filled, n);
                filled += n;
                offset += n;
                length -= n;
                if (filled == BLOCK) {
                    hand();
                }
            }
        }

        /** Hands the filled block to the deflate thread, which gives it back once compressed. */
        private void hand() throws IOException {
            byte[] full = block;
            int n = filled;
            block = null;
            submit(() -> {
                try {
                    if (failure == null) {
                        crc.update(full, 0, n);
                        size += n;
                        deflater.setInput(full, 0, n);
                        while (!deflater.needsInput()) {
                            out.write(buffer, 0, deflater.deflate(buffer, 0, buffer.length, Deflater.NO_FLUSH));
                        }
                    }
                } catch (IOException | RuntimeException | Error e) { // even out of memory: the writer must hear of it
                    fail(e);
                } finally {
                    free.add(full);
                }
            });
        }

        /** Keeps the deflate thread's first failure for the writer. */
        private void fail(Throwable e) {
            if (failure == null) {
                failure = e instanceof IOException io ? io : new IOException(e.toString(), e);
            }
        }

        private byte[] take() throws IOException {
            IOException failed = failure;
            if (failed != null) {
                failureReported = true;
                throw new IOException("could not spill the annex's rows to " + file + ": " + failed.getMessage(), failed);
            }
            byte[] ready = free.poll();
            if (ready != null) {
                return ready;
            }
            if (blocks < BLOCKS) {
                blocks++;
                return new byte[BLOCK];
            }
            try {
                return free.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while spilling the annex's rows");
            }
        }

        private void submit(Runnable task) throws IOException {
            try {
                deflateThread.execute(task);
            } catch (RejectedExecutionException e) {
                throw new IOException("the annex's deflate thread is stopped", e);
            }
        }

        /**
         * Ends the data byte-aligned (sync flush), never with a final block, and waits until the deflate thread has
         * written it all (unless this thread is interrupted meanwhile: the spill then stays incomplete, and the
         * deflate thread releases it). The file and the deflater are released even after a failure, here when
         * the deflate thread is stopped.
         */
        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            FutureTask<Void> end = endTask();
            try {
                if (block != null && filled > 0) {
                    hand();
                }
                submit(end);
            } catch (IOException e) {
                end.run(); // the deflate thread takes no more tasks: end the spill here; it stays incomplete
                throw e;
            }
            try {
                end.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while ending the annex's spill " + file);
            } catch (ExecutionException e) {
                throw new IOException("could not end the annex's spill " + file, e.getCause());
            } finally {
                free.clear(); // the blocks are not needed again
            }
            if (failure != null) {
                if (failureReported) {
                    return; // the writer heard of it already; the spill stays incomplete
                }
                throw failure;
            }
            complete = true;
        }

        /** Ends the deflate stream and releases the file and the deflater. */
        private FutureTask<Void> endTask() {
            return new FutureTask<>(() -> {
                try (out) {
                    if (failure == null) {
                        SplicedSheetEntry.syncFlush(deflater, buffer, out);
                    }
                } catch (IOException | RuntimeException | Error e) {
                    fail(e);
                } finally {
                    deflater.end();
                }
                return null;
            });
        }
    }
}
