package org.briefingengine.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parser gives every document a language (manifest first) and a title in scripts without spaces. */
class DocumentLanguageTest {

    @TempDir
    Path dir;

    private SourceDocument parse(String name, String text, ManifestEntry manifest) throws Exception {
        Path file = Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        return new DocumentParser().parse(new CorpusEntry(file, name, manifest)).get(0);
    }

    @Test
    void detectedUnlessTheManifestSaysAndChineseLinesMakeTitles() throws Exception {
        String chinese = "2022-05-25\n\n声明\n\n我们注意到，联合国人权事务高级专员办事处尚未公布评估报告。\n";
        SourceDocument zh = parse("zh.txt", chinese, null);
        assertThat(zh.language()).isEqualTo("zh");
        assertThat(zh.title()).isEqualTo("我们注意到，联合国人权事务高级专员办事处尚未公布评估报告。");

        SourceDocument titled = parse("zh2.txt", "2022-05-25\n\n关于高级专员访问的民间声明\n\n正文。\n", null);
        assertThat(titled.title()).isEqualTo("关于高级专员访问的民间声明");

        String french = "Le Comité contre la torture attend toujours des chiffres précis sur les personnes détenues.\n";
        assertThat(parse("fr.txt", french, null).language()).isEqualTo("fr");
        ManifestEntry saysSpanish = new ManifestEntry("fr2.txt", "", "", null, "", "", "es");
        assertThat(parse("fr2.txt", french, saysSpanish).language()).isEqualTo("es");
    }
}
