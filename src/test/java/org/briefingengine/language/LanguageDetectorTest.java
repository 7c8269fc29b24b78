package org.briefingengine.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private final LanguageDetector detector = LanguageDetector.shared();

    @Test
    void tellsTheSixLanguagesApart() {
        assertThat(detector.detect("The committee asked the government to allow unhindered access to the region."))
                .isEqualTo("en");
        assertThat(detector.detect("Le comité a demandé au gouvernement un accès sans entrave à la région."))
                .isEqualTo("fr");
        assertThat(detector.detect("El comité pidió al gobierno un acceso sin trabas a la región."))
                .isEqualTo("es");
        assertThat(detector.detect("Комитет попросил правительство обеспечить беспрепятственный доступ в регион."))
                .isEqualTo("ru");
        assertThat(detector.detect("طلبت اللجنة من الحكومة السماح بالوصول دون عوائق إلى المنطقة."))
                .isEqualTo("ar");
        assertThat(detector.detect("委员会要求政府允许不受阻碍地进入该地区。")).isEqualTo("zh");
        assertThat(detector.detect("  12 345 -- ")).isEmpty();
    }

    @Test
    void manifestValuesBecomeCodes() {
        assertThat(LanguageDetector.normalise(" French ")).isEqualTo("fr");
        assertThat(LanguageDetector.normalise("zh-Hant")).isEqualTo("zh");
        assertThat(LanguageDetector.normalise("ES_419")).isEqualTo("es");
        assertThat(LanguageDetector.normalise("العربية")).isEqualTo("ar");
        assertThat(LanguageDetector.normalise("Tibetan")).isEqualTo("tibetan");
        assertThat(LanguageDetector.normalise("")).isEmpty();
        assertThat(LanguageDetector.assessedInEnglish("en")).isTrue();
        assertThat(LanguageDetector.assessedInEnglish("")).isTrue();
        assertThat(LanguageDetector.assessedInEnglish("fr")).isFalse();
    }
}
