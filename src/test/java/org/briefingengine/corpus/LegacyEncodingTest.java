package org.briefingengine.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Text in the UN languages' scripts, saved in an encoding other than UTF-8, is read as written. */
class LegacyEncodingTest {

    private static final String CHINESE = "联合国人权事务高级专员办事处今天发表声明，呼吁各方尊重特别程序的工作。"
            + "声明指出，人权理事会将在下届会议上讨论相关报告，并欢迎各国政府继续合作。\n";
    private static final String TRADITIONAL = "聯合國人權事務高級專員辦事處今天發表聲明，呼籲各方尊重特別程序的工作。"
            + "聲明指出，人權理事會將在下屆會議上討論相關報告，並歡迎各國政府繼續合作。\n";
    private static final String RUSSIAN = "Управление Верховного комиссара ООН по правам человека сегодня опубликовало"
            + " заявление. В нём говорится, что Совет по правам человека рассмотрит доклад на следующей сессии.\n";
    private static final String ARABIC = "أصدرت المفوضية السامية لحقوق الإنسان اليوم بيانا تدعو فيه جميع الأطراف إلى"
            + " احترام عمل الإجراءات الخاصة، وقالت إن مجلس حقوق الإنسان سيناقش التقرير في دورته المقبلة.\n";
    private static final String FRENCH = "Le Haut-Commissariat a publié aujourd'hui une déclaration très détaillée"
            + " sur la visite, à la demande du Comité contre la torture et des États concernés.\n";

    @Test
    void chineseCyrillicAndArabicLegacyEncodings() {
        for (String[] c : new String[][] {{CHINESE, "GB18030"}, {CHINESE, "Big5"}, {RUSSIAN, "windows-1251"},
                {RUSSIAN, "KOI8-R"}, {ARABIC, "windows-1256"}}) {
            String text = (c[1].equals("Big5") ? TRADITIONAL : c[0]).repeat(3);
            byte[] bytes = text.getBytes(Charset.forName(c[1]));
            assertThat(EncodingDetector.decode(bytes)).as(c[1]).isEqualTo(text);
        }
    }

    @Test
    void westernTextStaysWindows1252AndUtf8StaysUtf8() {
        assertThat(EncodingDetector.decode(FRENCH.getBytes(EncodingDetector.WINDOWS_1252))).isEqualTo(FRENCH);
        assertThat(EncodingDetector.decode(CHINESE.getBytes(StandardCharsets.UTF_8))).isEqualTo(CHINESE);
    }
}
