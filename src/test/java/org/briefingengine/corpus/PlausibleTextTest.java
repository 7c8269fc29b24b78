package org.briefingengine.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 18, defect 10: random bytes named .txt (no NUL byte to give them away) are rejected, and text in any
 * script and its usual encodings is read.
 */
class PlausibleTextTest {

    @TempDir
    Path dir;

    private final DocumentParser parser = new DocumentParser();

    private List<SourceDocument> parse(String name, byte[] bytes) throws Exception {
        Files.write(dir.resolve(name), bytes);
        return parser.parse(new CorpusEntry(dir.resolve(name), name, null));
    }

    /** Random bytes from {@code lowest} to 0xFF: never a NUL. */
    private static byte[] randomBytes(int lowest, long seed) {
        Random random = new Random(seed);
        byte[] bytes = new byte[100_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (lowest + random.nextInt(256 - lowest));
        }
        return bytes;
    }

    @ParameterizedTest(name = "random bytes from {0}")
    @ValueSource(ints = {0x01, 0x20, 0x80})
    void randomBytesWithoutANulAreRejectedAsBinary(int lowest) {
        for (String name : List.of("random.txt", "random.md", "random.html")) {
            assertThatThrownBy(() -> parse(name, randomBytes(lowest, lowest)))
                    .isInstanceOf(RejectedFileException.class).hasMessageContaining("binary content")
                    .hasMessageContaining("not a text file");
        }
    }

    @Test
    void textInAnyScriptAndItsUsualEncodingsIsRead() throws Exception {
        String chinese = "人权理事会特别报告员要求访问该国。\n政府尚未答复，委员会表示关切。\n";
        String arabic = "طلب المقرر الخاص زيارة البلد.\nولم ترد الحكومة بعد على الطلب.\n";
        String russian = "Специальный докладчик запросил посещение страны.\nПравительство пока не ответило.\n";
        String french = "Le Comité a examiné le rapport; la délégation s'est déclarée « prête » à répondre.\n";
        String curly = "The Office said “access was granted” – a claim worth €0 to the détenus.\n";
        Object[][] cases = {
                {chinese, StandardCharsets.UTF_8}, {arabic, StandardCharsets.UTF_8}, {russian, StandardCharsets.UTF_8},
                {french, StandardCharsets.UTF_8}, {french, StandardCharsets.ISO_8859_1},
                {curly, EncodingDetector.WINDOWS_1252},
        };
        for (Object[] c : cases) {
            String text = ((String) c[0]).repeat(200);
            SourceDocument doc = parse("statement.txt", text.getBytes((Charset) c[1])).get(0);
            assertThat(doc.text()).as("%s", c[1]).contains(((String) c[0]).lines().findFirst().orElseThrow());
        }
        byte[] utf16 = (chinese + arabic + russian).repeat(100).getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        assertThat(parse("utf16.txt", withBom).get(0).text()).contains("طلب المقرر الخاص");
    }

    @Test
    void aFewStrayControlCharactersInALongTextAreKept() throws Exception {
        String text = ("The Council met again.\u0007 It asked for a visit.\n" + "The Office replied in writing.\n".repeat(9))
                .repeat(20);
        assertThat(parse("bell.txt", text.getBytes(StandardCharsets.UTF_8)).get(0).text()).contains("asked for a visit");
    }
}
