package org.briefingengine.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into a string: a byte-order mark decides (and is dropped); otherwise a strict
 * UTF-8 decode is tried and, if the bytes are not valid UTF-8, Windows-1252 (a superset of Latin-1 for printable
 * text) is used. Never throws on invalid bytes: what cannot be decoded becomes U+FFFD.
 */
final class EncodingDetector {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private EncodingDetector() {
    }

    static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return lenient(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return lenient(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return lenient(bytes, 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return lenient(bytes, 0, WINDOWS_1252);
        }
    }

    /** True when the bytes start with a UTF-16 byte-order mark (where NUL bytes are legitimate). */
    static boolean hasUtf16Bom(byte[] bytes) {
        return startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF);
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
