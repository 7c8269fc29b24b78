package org.briefingengine.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a text-format file into a string, refusing binary content. Shared by the text, markdown and HTML readers. */
final class TextBytes {

    private static final int SAMPLE = 64 * 1024;

    private TextBytes() {
    }

    static String read(Path file) throws IOException, RejectedFileException {
        byte[] bytes = Files.readAllBytes(file);
        if (!EncodingDetector.hasUtf16Bom(bytes)) {
            checkNotBinary(bytes);
        }
        return EncodingDetector.decode(bytes);
    }

    /** NUL bytes, or more than 5% control characters in the first 64 KB, mean binary content. */
    static void checkNotBinary(byte[] bytes) throws RejectedFileException {
        int controls = 0;
        int sample = Math.min(bytes.length, SAMPLE);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new RejectedFileException("binary content (NUL bytes), not a text file");
            }
            if (i < sample && (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' || b == 0x7F)) {
                controls++;
            }
        }
        if (sample > 0 && controls * 20 > sample) {
            throw new RejectedFileException("binary content (control characters), not a text file");
        }
    }
}
