package org.briefingengine.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a text-format file into a string, refusing binary content. Shared by the text, markdown and HTML readers. */
final class TextBytes {

    private static final int SAMPLE = 64 * 1024;
    static final int IMPLAUSIBLE_ONE_IN = 100;
    static final int IMPLAUSIBLE_MIN = 8;

    private TextBytes() {
    }

    static String read(Path file) throws IOException, RejectedFileException {
        byte[] bytes = Files.readAllBytes(file);
        if (!EncodingDetector.hasUtf16Bom(bytes)) {
            checkNotBinary(bytes);
        }
        String text = EncodingDetector.decode(bytes);
        checkPlausible(text);
        return text;
    }

    /**
     * Random bytes need not hold a NUL (nor many C0 controls) and decode as Windows-1252 anyway: what gives them
     * away is the share of characters that text does not hold. Control characters (C0 other than tab, line breaks
     * and form feed; DEL; C1) and replacement characters (bytes the encoding does not define) in more than
     * 1 in {@value #IMPLAUSIBLE_ONE_IN} characters, at least {@value #IMPLAUSIBLE_MIN} of them, mean binary content.
     * Text in any script, in UTF-8, UTF-16 with a byte-order mark, or Windows-1252/Latin-1, holds none.
     */
    static void checkPlausible(String text) throws RejectedFileException {
        int odd = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c >= 0x7F && c <= 0x9F) {
                odd++;
            }
        }
        if (odd >= IMPLAUSIBLE_MIN && (long) odd * IMPLAUSIBLE_ONE_IN > text.length()) {
            throw new RejectedFileException(String.format(Locale.ROOT, "binary content (%.1f%% of its characters are"
                    + " control or undecodable characters), not a text file", 100.0 * odd / text.length()));
        }
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
