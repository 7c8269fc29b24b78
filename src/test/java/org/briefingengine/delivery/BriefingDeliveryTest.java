package org.briefingengine.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.briefingengine.TestDatabase;
import org.briefingengine.assessment.Rubric;
import org.briefingengine.ops.BriefingCommandLine;
import org.briefingengine.report.ReportTasklet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The delivery on its own, against an SMTP server running in the test: the failure notice to ops, the annex
 * referenced by path instead of attached, and the mail settings of a job definition.
 */
class BriefingDeliveryTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Path RUBRIC = Path.of("templates/standards/minimum-visit-conditions-2022.yml").toAbsolutePath();

    @TempDir
    Path tmp;

    private Path outputs;
    private JdbcTemplate jdbc;
    private BriefingDelivery delivery;

    @BeforeEach
    void setUp() throws IOException {
        outputs = Files.createDirectories(tmp.resolve("output/weekly-briefing/2022-W21"));
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(outputs.resolve("briefing.pdf").toFile());
        }
        Files.write(outputs.resolve("annex.xlsx"), new byte[64 * 1024]);
        Files.writeString(outputs.resolve("assessments.csv"), """
                rubric,condition,title,status,supporting
                r,a,A,MET,1
                r,b,B,NOT_MET,0
                r,c,C,NOT_MET,2
                """);
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(smtp.getSmtp().getBindTo());
        sender.setPort(smtp.getSmtp().getPort());
        jdbc = TestDatabase.withSchema("delivery");
        delivery = new BriefingDelivery(new StaticListableBeanFactory(Map.of("mailSender", sender))
                .getBeanProvider(JavaMailSender.class), new DeliveryStore(jdbc), 3, Duration.ofMillis(10));
    }

    @Test
    void aFailedRunMailsOpsTheReasonAndTheLogPath() throws Exception {
        JobExecution execution = MetaDataInstanceFactory.createJobExecution(42L);
        execution.setStatus(BatchStatus.FAILED);
        execution.addFailureException(new IllegalStateException("step report failed",
                new IOException("No space left on device")));
        Path log = tmp.resolve("output/weekly-briefing/logs/2022-W21-20221130-060000.log");

        delivery.afterRun(request(settings().withTo(List.of("policy@example.org")), log), execution);

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        ReceivedMail mail = ReceivedMail.of(smtp.getReceivedMessages()[0]);
        assertThat(mail.to()).containsExactly("ops@example.org");
        assertThat(mail.subject()).contains("FAILED", "weekly-briefing", "2022-W21", "42");
        assertThat(mail.text()).contains("No space left on device", log.toString());
        assertThat(mail.html()).contains("No space left on device", log.toString());
        assertThat(mail.attachments()).isEmpty();
        assertThat(jdbc.queryForMap("SELECT RUN_ID, KIND, STATE, ATTEMPTS, RECIPIENTS FROM BE_DELIVERY"))
                .containsEntry("RUN_ID", 42L).containsEntry("KIND", "FAILURE").containsEntry("STATE", "SENT")
                .containsEntry("ATTEMPTS", 1).containsEntry("RECIPIENTS", "ops@example.org");
    }

    @Test
    void anAnnexOverTheSizeLimitIsReferencedByPathNotSent() throws Exception {
        long pdfSize = Files.size(outputs.resolve("briefing.pdf"));
        MailSettings settings = new MailSettings(List.of("policy@example.org"), List.of(), "engine@example.org",
                MailSettings.AnnexMode.ATTACH, pdfSize + 1024, false);

        delivery.afterRun(request(settings, tmp.resolve("run.log")), completed("Two findings.\nSecond one."));

        ReceivedMail mail = ReceivedMail.of(smtp.getReceivedMessages()[0]);
        assertThat(mail.attachments()).containsOnlyKeys("briefing.pdf");
        try (PDDocument pdf = Loader.loadPDF(mail.attachments().get("briefing.pdf"))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(mail.text()).contains("annex.xlsx (64 KB) too large to attach", outputs.resolve("annex.xlsx").toString())
                .contains("- Two findings.", "- Second one.")
                .containsPattern("(?m)^\\s+NOT_MET\\s+2$").containsPattern("(?m)^\\s+MET\\s+1$");
        assertThat(mail.html()).contains(outputs.resolve("annex.xlsx").toString());
        assertThat(mail.from()).isEqualTo("engine@example.org");
    }

    @Test
    void anAnnexSetToReferenceIsNeverAttached() throws Exception {
        MailSettings settings = new MailSettings(List.of("policy@example.org"), List.of(), "engine@example.org",
                MailSettings.AnnexMode.REFERENCE, 100L << 20, false);

        delivery.afterRun(request(settings, tmp.resolve("run.log")), completed("One finding."));

        ReceivedMail mail = ReceivedMail.of(smtp.getReceivedMessages()[0]);
        assertThat(mail.attachments()).containsOnlyKeys("briefing.pdf");
        assertThat(mail.text()).contains("annex.xlsx (64 KB) not attached (mail.annex: reference)");
    }

    @Test
    void outputsThatCannotBeReadAreRecordedAsAFailedDeliveryWithoutThrowing() throws Exception {
        Files.delete(outputs.resolve("assessments.csv"));

        delivery.afterRun(request(settings(), tmp.resolve("run.log")), completed("One finding."));

        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(jdbc.queryForMap("SELECT STATE, ATTEMPTS, LAST_ERROR FROM BE_DELIVERY"))
                .containsEntry("STATE", "FAILED").containsEntry("ATTEMPTS", 0)
                .hasEntrySatisfying("LAST_ERROR", e -> assertThat((String) e).contains("assessments.csv"));
    }

    @Test
    void theJobDefinitionsMailSectionIsReadAndChecked() throws IOException {
        Path job = tmp.resolve("job.yml");
        Files.writeString(job, """
                rubric: r.yml
                mail:
                  to: "a@example.org, b@example.org"
                  on-failure: [ops@example.org]
                  annex: reference
                  max-attachment-size: 512KB
                """);
        MailSettings settings = MailSettings.load(job);
        assertThat(settings.to()).containsExactly("a@example.org", "b@example.org");
        assertThat(settings.onFailure()).containsExactly("ops@example.org");
        assertThat(settings.annex()).isEqualTo(MailSettings.AnnexMode.REFERENCE);
        assertThat(settings.maxAttachmentBytes()).isEqualTo(512 * 1024);
        assertThat(settings.from()).isEqualTo(MailSettings.DEFAULT_FROM);

        Files.writeString(job, "rubric: r.yml\n");
        assertThat(MailSettings.load(job)).isEqualTo(MailSettings.none());

        Files.writeString(job, "mail:\n  to: [not an address]\n");
        assertThatThrownBy(() -> MailSettings.load(job)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(job.toString()).hasMessageContaining("mail.to").hasMessageContaining("not an address");
        Files.writeString(job, "mail:\n  annex: fax\n");
        assertThatThrownBy(() -> MailSettings.load(job)).hasMessageContaining("mail.annex");
    }

    @Test
    void aBadMailToIsAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(err, true, StandardCharsets.UTF_8);
        BriefingCommandLine cli = new BriefingCommandLine(Path.of(""), out, out);
        assertThat(cli.execute("run", "weekly-briefing", "--mail-to=someone@@example")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--mail-to", "someone@@example");
        assertThat(cli.execute("run", "weekly-briefing", "--mail-to=,")).isEqualTo(2);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    private MailSettings settings() {
        return new MailSettings(List.of("policy@example.org"), List.of("ops@example.org"), "engine@example.org",
                MailSettings.AnnexMode.ATTACH, 10L << 20, false);
    }

    private DeliveryRequest request(MailSettings settings, Path log) {
        return new DeliveryRequest("weekly-briefing", "2022-W21", Rubric.load(RUBRIC), outputs, log, settings);
    }

    private static JobExecution completed(String findings) {
        JobExecution execution = MetaDataInstanceFactory.createJobExecution(7L);
        execution.setStatus(BatchStatus.COMPLETED);
        execution.getExecutionContext().putString(ReportTasklet.FINDINGS, findings);
        return execution;
    }
}
