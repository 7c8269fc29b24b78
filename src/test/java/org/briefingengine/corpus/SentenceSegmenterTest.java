package org.briefingengine.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSegmenterTest {

    private final SentenceSegmenter segmenter = new SentenceSegmenter();

    private List<String> sentences(String text) {
        return segmenter.segment(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void doesNotBreakOnAbbreviationsSymbolsNumbersOrInitials() {
        String text = "The U.N. panel cited Art. 9 and No. 12, e.g. the ruling in Doe v. State. "
                + "Dr. Lee and Mr. Park met Jane K. Osei at St. Gallen. "
                + "See E/CN.4/1998/45 and A/HRC/50/3, i.e. two reports; growth was 3.5 per cent. Next one.";
        assertThat(sentences(text)).containsExactly(
                "The U.N. panel cited Art. 9 and No. 12, e.g. the ruling in Doe v. State.",
                "Dr. Lee and Mr. Park met Jane K. Osei at St. Gallen.",
                "See E/CN.4/1998/45 and A/HRC/50/3, i.e. two reports; growth was 3.5 per cent.",
                "Next one.");
    }

    @Test
    void lineBreaksEndSentencesAndClosingQuotesStayWithTheirSentence() {
        String text = "A Heading Without Stop\n\n- a list item\n“We want action.” She left. \"Done!\" Then more?\n"
                + "She said it was over. \"\n";
        assertThat(sentences(text)).containsExactly("A Heading Without Stop", "- a list item",
                "“We want action.”", "She left.", "\"Done!\"", "Then more?", "She said it was over. \"");
    }

    @Test
    void offsetsPointIntoTheTextWithoutSurroundingWhitespace() {
        String text = "  First one.   Second one.  \n";
        List<Sentence> s = segmenter.segment(text);
        assertThat(s).extracting(Sentence::start, Sentence::end).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, 12), org.assertj.core.groups.Tuple.tuple(15, 26));
    }

    @Test
    void flagsRepeatedSentencesAndPullQuotesWithAppendedAttribution() {
        String quote = "Authorities must free every detained lawyer and let independent monitors travel freely.";
        String text = "Intro line here.\n" + quote + " Another point.\n\n“" + quote + "”\n\n"
                + quote + "Jane Roe, Director of Example Rights Group\nshort.\nShort.\n";
        List<Sentence> s = segmenter.segment(text);
        assertThat(s).extracting(Sentence::repeat)
                .containsExactly(false, false, false, true, true, false, true);
    }

    @Test
    void isFastOnLargeTexts() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            sb.append("Paragraph ").append(i).append(" cites Art. ").append(i % 30)
                    .append(" of the Covenant. It asks e.g. for reports.\n");
        }
        long t0 = System.nanoTime();
        List<Sentence> s = segmenter.segment(sb.toString());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(s).hasSize(200_000);
        assertThat(ms).isLessThan(5_000);
    }

    @Test
    void chineseAndArabicTerminatorsEndSentencesWithoutSpaces() {
        assertThat(sentences("联合国特别程序发表声明。政府拒绝了！为什么？（见附件）"))
                .containsExactly("联合国特别程序发表声明。", "政府拒绝了！", "为什么？", "（见附件）");
        assertThat(sentences("他说：“我们会回应。”随后离开。"))
                .containsExactly("他说：“我们会回应。”", "随后离开。");
        assertThat(sentences("هل ستزور المفوضة البلد؟ لم يتقرر بعد۔ انتهى."))
                .containsExactly("هل ستزور المفوضة البلد؟", "لم يتقرر بعد۔", "انتهى.");
    }
}
