package org.briefingengine.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streamed reader (used for the manifest) decodes a file exactly as {@link EncodingDetector#decode} decodes
 * its bytes, whatever the chunk size it checks UTF-8 with.
 */
class EncodingDetectorTest {

    private static final String TEXT = "file,title\nvisit.txt,Déclaration — «Haut-Commissariat» 人权 𝄞 end\n";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "chunk of {0} bytes")
    @ValueSource(ints = {4, 5, 7, 64 * 1024})
    void theStreamedReaderDecodesEveryEncodingAsDecodeDoes(int chunk) throws IOException {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[][] cases = {
                utf8,
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8),
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE)),
                concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE)),
                "file,title\nnote.txt,Caf\u00e9 \u0080 r\u00e9sum\u00e9\n".getBytes(EncodingDetector.WINDOWS_1252),
                concat(utf8, new byte[] {(byte) 0xE4, (byte) 0xBA}),   // valid UTF-8 cut inside its last character
                concat(utf8, new byte[] {(byte) 0x81, 'x'}),           // one stray byte far into the file
                new byte[0],
                new byte[] {(byte) 0xFF},
        };
        for (byte[] bytes : cases) {
            Path file = Files.write(dir.resolve("manifest.csv"), bytes);

            assertThat(readAll(file, chunk)).isEqualTo(EncodingDetector.decode(bytes));
        }
    }

    private static String readAll(Path file, int chunk) throws IOException {
        StringWriter text = new StringWriter();
        try (Reader reader = EncodingDetector.reader(file, chunk)) {
            reader.transferTo(text);
        }
        return text.toString();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
