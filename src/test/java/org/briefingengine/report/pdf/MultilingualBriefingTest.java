package org.briefingengine.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefingengine.report.BriefingReport;
import org.briefingengine.report.BriefingReport.DocumentRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Titles in the six UN languages come out of the PDF's text layer as written; non-English ones are counted. */
class MultilingualBriefingTest {

    static final String ARABIC = "بيان بشأن زيارة المفوضة السامية";
    static final String CHINESE = "关于高级专员访问的声明";
    static final String RUSSIAN = "Заявление о визите Верховного комиссара";
    static final String FRENCH = "Déclaration sur la visite de la Haute-Commissaire";
    static final String SPANISH = "Declaración sobre la visita de la Alta Comisionada";

    static String text;

    @BeforeAll
    static void write() throws IOException {
        BriefingReport full = BriefingFixtures.full();
        List<DocumentRow> documents = new ArrayList<>();
        full.documents().forEach(documents::add);
        LocalDate day = LocalDate.of(2022, 5, 25);
        documents.add(row("ar.txt", ARABIC, "ar", ""));
        documents.add(row("zh.txt", CHINESE, "zh", ""));
        documents.add(row("ru.txt", RUSSIAN, "ru", ""));
        documents.add(row("fr.txt", FRENCH, "fr", ""));
        documents.add(row("es.txt", SPANISH, "es", ""));
        documents.add(row("es-copy.txt", SPANISH, "es", "es.txt"));
        BriefingReport report = new BriefingReport(full.run(), full.findings(), full.conditions(), full.changes(),
                full.keyQuotes(), full.mechanisms(), full.mechanismWeeks(), full.references(), documents,
                full.rejected(), BriefingFixtures.untouchable(), BriefingFixtures.untouchable());
        assertThat(report.corpus().notAssessedLanguage()).isEqualTo(5);
        Path pdf = Paths.get("target", "briefing-samples", "briefing-languages.pdf");
        new PdfBriefingWriter(Paths.get("templates")).write(report, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc);
        }
    }

    private static DocumentRow row(String id, String title, String language, String duplicateOf) {
        return new DocumentRow(id, 0, title, "Publisher", LocalDate.of(2022, 5, 25), "ngo", "", 900, "ab", "new",
                true, duplicateOf, language);
    }

    @Test
    void everyScriptIsSearchableText() {
        String flat = text.replaceAll("\\s+", " ");
        assertThat(flat).contains(CHINESE, RUSSIAN, FRENCH, SPANISH, ARABIC);
        assertThat(text).doesNotContain("\uFFFD");
    }

    @Test
    void nonEnglishDocumentsAreCountedAndMarkedNotAssessed() {
        String flat = text.replaceAll("\\s+", " ");
        assertThat(flat).contains("5 documents not in English were not assessed (language)");
        assertThat(flat).contains("zh.txt · published this week · zh, not assessed (language)");
        assertThat(flat).contains("es-copy.txt · published this week · es · same text as es.txt");
    }
}
