package org.briefingengine.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class UnsynchronizedBufferedWriterTest {

    @Test
    void writesEveryCharacterInOrderAcrossBufferBoundaries() throws IOException {
        StringWriter target = new StringWriter();
        StringBuilder expected = new StringBuilder();
        try (UnsynchronizedBufferedWriter out = new UnsynchronizedBufferedWriter(target, 8)) {
            for (int i = 0; i < 50; i++) {
                String s = "<c r=\"A" + i + "\">é访" + "x".repeat(i % 13) + "</c>";
                if (i % 3 == 0) {
                    s.chars().forEach(c -> write(out, c));
                } else if (i % 3 == 1) {
                    out.write(s);
                } else {
                    out.write(s.toCharArray(), 0, s.length());
                }
                expected.append(s);
            }
            out.write("--0123456789abcdef--", 2, 16);
            expected.append("0123456789abcdef");
            assertThat(target.toString()).as("buffered until flushed").hasSizeLessThan(expected.length());
        }
        assertThat(target.toString()).isEqualTo(expected.toString());
    }

    private static void write(UnsynchronizedBufferedWriter out, int c) {
        try {
            out.write(c);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
