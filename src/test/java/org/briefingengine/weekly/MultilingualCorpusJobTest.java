package org.briefingengine.weekly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.opencsv.CSVReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefingengine.ops.RunRequest;
import org.briefingengine.week.IsoWeek;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The job on a corpus with one text in each of the six UN languages (src/test/resources/languages, written for
 * this test, no manifest): languages detected and listed, mechanisms counted in every language, titles found,
 * non-English texts flagged as not assessed, every script searchable in the PDF.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:multilingual-job-test;DB_CLOSE_DELAY=-1")
@SpringBatchTest
class MultilingualCorpusJobTest {

    private static final Map<String, Set<String>> MECHANISMS = Map.of(
            "ar.txt", Set.of("HRC", "OHCHR", "CAT"),
            "zh.txt", Set.of("OHCHR", "SP", "CAT", "HRC"),
            "en.txt", Set.of("CAT", "HRC"),
            "fr.txt", Set.of("OHCHR", "CAT"),
            "ru.txt", Set.of("HRC", "CAT"),
            "es.txt", Set.of("OHCHR", "CAT"));

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path tmp;

    @Test
    void everyLanguageIsReadCountedAndHonestlyNotAssessed() throws Exception {
        Path home = Path.of("").toAbsolutePath();
        RunRequest request = new RunRequest(WeeklyBriefingJobConfiguration.JOB_NAME, IsoWeek.parse("2022-W21"), home,
                home.resolve("src/test/resources/languages"), tmp.resolve("out"), tmp.resolve("db"),
                home.resolve("templates/standards/minimum-visit-conditions-2022.yml"),
                home.resolve("templates/mechanisms.csv"), tmp.resolve("no-review.csv"));

        JobExecution execution = jobs.startJob(request.toJobParameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path week = tmp.resolve("out/weekly-briefing/2022-W21");

        List<String[]> documents = csv(week.resolve("documents.csv"));
        assertThat(documents.get(0)).endsWith("duplicate_of", "language");
        Map<String, String> languages = new TreeMap<>();
        for (String[] row : documents.subList(1, documents.size())) {
            languages.put(row[0], row[12]);
            assertThat(row[2]).as("title of " + row[0]).isNotBlank();
        }
        assertThat(languages).isEqualTo(Map.of("ar.txt", "ar", "zh.txt", "zh", "en.txt", "en", "fr.txt", "fr",
                "ru.txt", "ru", "es.txt", "es"));

        try (XSSFWorkbook annex = new XSSFWorkbook(week.resolve("annex.xlsx").toFile())) {
            Map<String, String> inAnnex = new TreeMap<>();
            int documentColumn = -1;
            int languageColumn = -1;
            for (Row row : annex.getSheet("Documents")) {
                List<String> cells = new java.util.ArrayList<>();
                row.forEach(c -> cells.add(c.toString()));
                if (languageColumn < 0 && cells.contains("language")) {
                    documentColumn = cells.indexOf("document");
                    languageColumn = cells.indexOf("language");
                } else if (languageColumn >= 0 && row.getCell(languageColumn) != null) {
                    inAnnex.put(row.getCell(documentColumn).getStringCellValue(),
                            row.getCell(languageColumn).getStringCellValue());
                }
            }
            assertThat(inAnnex).isEqualTo(languages);
        }

        Map<String, Set<String>> cited = new TreeMap<>();
        for (String[] row : csv(week.resolve("citations.csv")).stream().skip(1).toList()) {
            cited.computeIfAbsent(row[0], d -> new TreeSet<>()).add(row[3]);
        }
        assertThat(cited).isEqualTo(MECHANISMS);
        assertThat(csv(week.resolve("citations.csv")).stream().skip(1).filter(r -> r[0].equals("zh.txt"))
                .map(r -> r[5])).contains("A/HRC/51/12");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BE_EVIDENCE WHERE DOCUMENT <> 'en.txt'", Integer.class))
                .isZero();
        String pdf;
        try (PDDocument doc = Loader.loadPDF(week.resolve("briefing.pdf").toFile())) {
            pdf = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(pdf).contains("5 documents not in English were not assessed (language)",
                "zh.txt · published this week · zh, not assessed (language)");
        for (String[] row : documents.subList(1, documents.size())) {
            assertThat(pdf).as("title of " + row[0] + " in the PDF").contains(row[2]);
        }
    }

    private static List<String[]> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file); CSVReader reader = new CSVReader(in)) {
            return reader.readAll();
        } catch (com.opencsv.exceptions.CsvException e) {
            throw new IOException(e);
        }
    }
}
