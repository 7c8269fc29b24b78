package org.briefingengine.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The shipped catalogue's aliases in the six UN languages, on sentences written for these tests. */
class MultilingualCitationTest {

    private static final CitationExtractor EXTRACTOR =
            new CitationExtractor(MechanismCatalogue.load(Path.of("templates/mechanisms.csv")));

    private static List<String> cite(String text) {
        return EXTRACTOR.extract(Documents.of("test.txt", text)).stream()
                .map(c -> c.reference().isEmpty() ? c.mechanism() : c.mechanism() + " " + c.reference()).toList();
    }

    @Test
    void chineseSimplifiedAndTraditionalWithoutSpaces() {
        assertThat(cite("外交部表示，联合国人权事务高级专员办事处的报告不可信。"))
                .containsExactly("OHCHR");
        assertThat(cite("多名特别程序任务负责人联名致函。人權理事會下月開會。"))
                .containsExactly("SP", "HRC");
        assertThat(cite("消除种族歧视委员会在审议后提出了关切，禁止酷刑委員會亦然。"))
                .containsExactly("CERD", "CAT");
        assertThat(cite("人权高专办发表声明。")).containsExactly("OHCHR");
    }

    @Test
    void symbolsAndCommunicationCodesNextToChineseAndArabicLetters() {
        assertThat(cite("参见文件A/HRC/51/12以及来文CHN 13/2018。"))
                .containsExactly("HRC A/HRC/51/12", "SP CHN 13/2018");
        assertThat(cite("انظر الوثيقةA/HRC/51/12 والرسالة CHN 13/2018."))
                .containsExactly("HRC A/HRC/51/12", "SP CHN 13/2018");
    }

    @Test
    void arabicWithAttachedConjunction() {
        assertThat(cite("رحب مجلس حقوق الإنسان بالتقرير، وطالبت المفوضية السامية لحقوق الإنسان بالوصول."))
                .containsExactly("HRC", "OHCHR");
        assertThat(cite("وقدمت الحكومة ردها ولجنة مناهضة التعذيب توصياتها، واتصلت بالمفوضية السامية لحقوق الإنسان."))
                .containsExactly("CAT", "OHCHR");
        assertThat(cite("تحدث رئيس مجلسحقوق الإنسان.")).isEmpty();
        assertThat(cite("وجهت الرسالة للمفوضية السامية لحقوق الإنسان، وكذلك للجنة حقوق الطفل."))
                .containsExactly("OHCHR", "CRC");
        assertThat(cite("رسالة إلى المفوضيةالسامية لحقوق الإنسان.")).isEmpty();
    }

    @Test
    void frenchAndSpanishAccentsAndElisions() {
        assertThat(cite("La Haute-Commissaire aux droits de l'homme a rencontré le Comité contre la torture."))
                .containsExactly("OHCHR", "CAT");
        assertThat(cite("Le Rapporteur spécial et le Comité des droits de l’enfant ont écrit."))
                .containsExactly("SP", "CRC");
        assertThat(cite("El Comité para la Eliminación de la Discriminación Racial y la Relatora Especial lo pidieron."))
                .containsExactly("CERD", "SP");
    }

    @Test
    void russianCaseEndings() {
        assertThat(cite("Доклад Верховного комиссара ООН по правам человека обсуждали в Совете по правам человека."))
                .containsExactly("OHCHR", "HRC");
        assertThat(cite("Письмо направлено Комитету против пыток и в УВКПЧ."))
                .containsExactly("CAT", "OHCHR");
    }

    @Test
    void shortFormsThatAreOrdinaryWordsDoNotCount() {
        // "procedimientos especiales" of procurement, a checkpoint ("КПП"), a regional rapporteur, a spendthrift.
        assertThat(cite("La ley prevé procedimientos especiales de contratación.")).isEmpty();
        assertThat(cite("На КПП стояла очередь, а мот тратил деньги.")).isEmpty();
        assertThat(cite("La Relatoría Especial para la Libertad de Expresión de la CIDH publicó su informe.")).isEmpty();
        assertThat(cite("Le Rapporteur spécial de la Commission africaine a visité le pays.")).isEmpty();
        assertThat(cite("Le comité des fêtes a voté. Un État partie a répondu.")).isEmpty();
    }
}
