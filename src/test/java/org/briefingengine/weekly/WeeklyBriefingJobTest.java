package org.briefingengine.weekly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.briefingengine.TestCorpora;
import org.briefingengine.ops.RunRequest;
import org.briefingengine.week.IsoWeek;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The job on the bundled sample corpus, through Spring Batch's test support. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:weekly-job-test;DB_CLOSE_DELAY=-1")
@SpringBatchTest
class WeeklyBriefingJobTest {

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path tmp;

    @Test
    void runsOnTheSampleCorpusAndAccountsForEveryFile() throws Exception {
        Path home = Path.of("").toAbsolutePath();
        RunRequest request = new RunRequest(WeeklyBriefingJobConfiguration.JOB_NAME, IsoWeek.parse("2022-W21"), home,
                TestCorpora.sample(), tmp.resolve("out"), tmp.resolve("db"),
                home.resolve("templates/standards/minimum-visit-conditions-2022.yml"),
                home.resolve("templates/mechanisms.csv"), tmp.resolve("no-review.csv"));

        JobExecution execution = jobs.startJob(request.toJobParameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(execution.getStepExecutions()).extracting(StepExecution::getStepName)
                .containsExactly("ingest", "analyse", "assess", "report");
        long inputFiles;
        try (Stream<Path> files = Files.list(TestCorpora.sample())) {
            inputFiles = files.filter(f -> !f.getFileName().toString().equals("manifest.csv")).count();
        }
        Integer readFiles = jdbc.queryForObject("SELECT COUNT(DISTINCT FILE) FROM BE_DOCUMENT", Integer.class);
        Integer rejected = jdbc.queryForObject("SELECT COUNT(*) FROM BE_REJECTED WHERE RUN_ID = ?", Integer.class,
                execution.getId());
        assertThat(readFiles + rejected).isEqualTo(inputFiles);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BE_CITATION", Integer.class)).isPositive();
        // The Chinese (manifest language) and French (detected) samples: read, their mechanisms counted, no evidence.
        assertThat(jdbc.queryForList("SELECT LANGUAGE FROM BE_DOCUMENT WHERE FILE IN"
                + " ('10-state-media-zh-special-procedures.txt', '11-ngo-fr-communique-visite.md') ORDER BY FILE",
                String.class)).containsExactly("zh", "fr");
        assertThat(jdbc.queryForList("SELECT DISTINCT MECHANISM FROM BE_CITATION"
                + " WHERE DOCUMENT = '10-state-media-zh-special-procedures.txt'", String.class))
                .containsExactlyInAnyOrder("OHCHR", "SP", "HRC", "CERD");
        assertThat(jdbc.queryForList("SELECT DISTINCT MECHANISM || ' ' || REFERENCE FROM BE_CITATION"
                + " WHERE DOCUMENT = '11-ngo-fr-communique-visite.md'", String.class))
                .containsExactlyInAnyOrder("OHCHR ", "CERD ", "SP CHN 13/2018", "HRC ");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BE_EVIDENCE WHERE DOCUMENT IN"
                + " ('10-state-media-zh-special-procedures.txt', '11-ngo-fr-communique-visite.md')", Integer.class))
                .isZero();
        Path week = tmp.resolve("out/weekly-briefing/2022-W21");
        assertThat(week).isDirectoryContaining(p -> p.getFileName().toString().equals("briefing.pdf"));
        assertThat(Files.list(week).map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                "annex.xlsx", "assessments.csv", "briefing.pdf", "citations.csv", "documents.csv", "evidence.csv",
                "rejected.csv");
    }
}
