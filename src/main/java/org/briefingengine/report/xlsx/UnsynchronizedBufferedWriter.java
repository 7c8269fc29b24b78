package org.briefingengine.report.xlsx;

import java.io.IOException;
import java.io.Writer;

/**
 * A buffered writer without {@link java.io.BufferedWriter}'s lock on every call. POI writes sheet XML one
 * character at a time, so on a large annex that lock was taken a few hundred million times by one thread.
 * Not thread-safe: one sheet's spill file, one writer thread.
 */
final class UnsynchronizedBufferedWriter extends Writer {

    private final Writer out;
    private final char[] buffer;
    private int count;

    UnsynchronizedBufferedWriter(Writer out, int size) {
        this.out = out;
        this.buffer = new char[size];
    }

    @Override
    public void write(int c) throws IOException {
        if (count == buffer.length) {
            flushBuffer();
        }
        buffer[count++] = (char) c;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        if (length >= buffer.length) {
            flushBuffer();
            out.write(chars, offset, length);
            return;
        }
        if (length > buffer.length - count) {
            flushBuffer();
        }
        System.arraycopy(chars, offset, buffer, count, length);
        count += length;
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        int end = offset + length;
        while (offset < end) {
            if (count == buffer.length) {
                flushBuffer();
            }
            int n = Math.min(buffer.length - count, end - offset);
            text.getChars(offset, offset + n, buffer, count);
            count += n;
            offset += n;
        }
    }

    @Override
    public void flush() throws IOException {
        flushBuffer();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            flushBuffer();
        } finally {
            out.close();
        }
    }

    private void flushBuffer() throws IOException {
        if (count > 0) {
            out.write(buffer, 0, count);
            count = 0;
        }
    }
}
