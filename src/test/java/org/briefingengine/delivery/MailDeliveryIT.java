package org.briefingengine.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.briefingengine.ChildJvm;
import org.briefingengine.TestCorpora;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as cron runs it, with the SMTP server given only by the environment variables
 * {@code SPRING_MAIL_HOST} and {@code SPRING_MAIL_PORT}: the briefing reaches the job's recipients.
 */
class MailDeliveryIT {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path tmp;

    @Test
    void theEnvironmentsSmtpServerReceivesTheBriefing() throws Exception {
        Path home = tmp.resolve("home");
        Files.createDirectories(home.resolve("jobs"));
        Files.writeString(home.resolve("jobs/weekly-briefing.yml"), Files.readString(Path.of("jobs/weekly-briefing.yml"))
                .replace("  to: []", "  to: [policy-team@example.org]"));
        Files.createSymbolicLink(home.resolve("templates"), Path.of("templates").toAbsolutePath());
        Path console = tmp.resolve("console.log");
        // The packaged jar itself, as `java -jar` runs it (the other process tests run it extracted, as the launcher does).
        List<String> command = new ArrayList<>(ChildJvm.jarCommand());
        command.addAll(List.of("run", "weekly-briefing", "--input=" + TestCorpora.sample(),
                "--week=2022-W21"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile()).redirectErrorStream(true).redirectOutput(console.toFile());
        builder.environment().put("SPRING_MAIL_HOST", smtp.getSmtp().getBindTo());
        builder.environment().put("SPRING_MAIL_PORT", Integer.toString(smtp.getSmtp().getPort()));
        Process process = builder.start();

        assertThat(process.waitFor(4, TimeUnit.MINUTES)).as("finished in time").isTrue();
        assertThat(process.exitValue()).as(Files.readString(console)).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        ReceivedMail mail = ReceivedMail.of(smtp.getReceivedMessages()[0]);
        assertThat(mail.to()).containsExactly("policy-team@example.org");
        assertThat(mail.subject()).contains("weekly-briefing 2022-W21");
        assertThat(mail.attachments().get("briefing.pdf"))
                .isEqualTo(Files.readAllBytes(home.resolve("output/weekly-briefing/2022-W21/briefing.pdf")));
        try (PDDocument pdf = Loader.loadPDF(mail.attachments().get("briefing.pdf"))) {
            assertThat(pdf.getNumberOfPages()).isPositive();
        }
        assertThat(Files.readString(console)).contains("briefing sent to policy-team@example.org");
    }
}
