package org.briefingengine.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * Turns the bytes of a text file into a string: a byte-order mark decides (and is dropped); otherwise a strict
 * UTF-8 decode is tried and, if the bytes are not valid UTF-8, a legacy encoding: Chinese (GB18030, Big5),
 * Cyrillic (Windows-1251, KOI8-R) or Arabic (Windows-1256) when ICU's detector is confident of one of these,
 * else Windows-1252 (a superset of Latin-1 for printable text). Never throws on invalid bytes: what cannot be
 * decoded becomes U+FFFD.
 *
 * <p>{@link #decode} works on bytes already in memory (a document, whose size is bounded); {@link #reader} applies
 * the same rules to a file of any size (the manifest) without holding it: one streaming pass checks UTF-8, then the
 * file is read through a decoder.
 */
final class EncodingDetector {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private EncodingDetector() {
    }

    /** A byte-order mark: the charset it announces and its length in bytes. */
    private record Bom(Charset charset, int length) {

        /** The mark {@code bytes} start with, or null. */
        static Bom of(byte[] bytes) {
            if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
                return new Bom(StandardCharsets.UTF_8, 3);
            }
            if (startsWith(bytes, 0xFF, 0xFE)) {
                return new Bom(StandardCharsets.UTF_16LE, 2);
            }
            if (startsWith(bytes, 0xFE, 0xFF)) {
                return new Bom(StandardCharsets.UTF_16BE, 2);
            }
            return null;
        }
    }

    static String decode(byte[] bytes) {
        Bom bom = Bom.of(bytes);
        if (bom != null) {
            return lenient(bytes, bom.length(), bom.charset());
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return lenient(bytes, 0, legacy(bytes));
        }
    }

    /** A reader of {@code file}'s text, decoded as {@link #decode} would decode its bytes. */
    static Reader reader(Path file) throws IOException {
        return reader(file, 64 * 1024);
    }

    /**
     * As {@link #reader(Path)}, checking UTF-8 {@code chunk} bytes at a time (small in tests, to split sequences;
     * at least 4, the longest UTF-8 sequence, so a partial sequence always leaves room to read on).
     */
    static Reader reader(Path file, int chunk) throws IOException {
        byte[] head = new byte[3];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        Bom bom = Bom.of(Arrays.copyOf(head, n));
        Charset charset = bom != null ? bom.charset() : isUtf8(file, chunk) ? StandardCharsets.UTF_8 : legacy(file);
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(bom != null ? bom.length() : 0);
            CharsetDecoder decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            return new BufferedReader(new InputStreamReader(in, decoder), 64 * 1024);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Whether the whole file is strict UTF-8, read {@code chunk} bytes at a time. */
    private static boolean isUtf8(Path file, int chunk) throws IOException {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(Math.max(chunk, 4));
        CharBuffer chars = CharBuffer.allocate(Math.max(chunk, 4));
        try (InputStream in = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = read < 0;
                if (read > 0) {
                    bytes.position(bytes.position() + read);
                }
                bytes.flip();
                CoderResult result;
                do {
                    result = strict.decode(bytes, chars, end);
                    if (result.isError()) {
                        return false;
                    }
                    chars.clear();
                } while (result.isOverflow());
                bytes.compact();
            }
            chars.clear();
            return !strict.flush(chars).isError();
        }
    }

    /** Charsets of the UN languages' scripts that ICU's detector may pick for text that is not UTF-8. */
    private static final Set<String> LEGACY = Set.of("GB18030", "Big5", "windows-1251", "KOI8-R", "ISO-8859-5",
            "windows-1256", "ISO-8859-6");
    private static final int LEGACY_CONFIDENCE = 40;

    /** The legacy encoding of text that is not UTF-8: see the class comment. */
    static Charset legacy(byte[] bytes) {
        CharsetMatch best = new CharsetDetector().setText(bytes).detect();
        if (best != null && best.getConfidence() >= LEGACY_CONFIDENCE && LEGACY.contains(best.getName())
                && Charset.isSupported(best.getName())) {
            return Charset.forName(best.getName());
        }
        return WINDOWS_1252;
    }

    /** {@link #legacy(byte[])} of a file's first 64 KB. */
    private static Charset legacy(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return legacy(in.readNBytes(64 * 1024));
        }
    }

    /** True when the bytes start with a UTF-16 byte-order mark (where NUL bytes are legitimate). */
    static boolean hasUtf16Bom(byte[] bytes) {
        Bom bom = Bom.of(bytes);
        return bom != null && bom.charset() != StandardCharsets.UTF_8;
    }

    private static String lenient(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException cannotHappenWithReplace) {
            return new String(bytes, offset, bytes.length - offset, charset);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
