package org.briefingengine.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefingengine.CsvRows;
import org.briefingengine.TestCorpora;
import org.briefingengine.assessment.Rubric;
import org.briefingengine.assessment.Status;
import org.briefingengine.ops.BriefingCommandLine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * E-mail delivery of real weekly runs on the sample corpus, through the command line, against an SMTP server
 * running in the test (GreenMail, on a free port). The SMTP settings reach the run's Spring context as system
 * properties, as {@code SPRING_MAIL_HOST} and {@code SPRING_MAIL_PORT} would from the environment.
 */
class MailDeliveryJobTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final List<String> PROPERTIES = List.of("spring.mail.host", "spring.mail.port",
            "briefing.mail.retry-delay");

    @TempDir
    Path tmp;

    private Path home;
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @BeforeEach
    void home() throws IOException {
        home = tmp.resolve("home");
        Files.createDirectories(home.resolve("jobs"));
        Files.writeString(home.resolve("jobs/weekly-briefing.yml"), Files.readString(Path.of("jobs/weekly-briefing.yml"))
                .replace("  to: []", "  to: [policy-team@example.org, desk@example.org]")
                .replace("  on-failure: []", "  on-failure: [ops@example.org]"));
        Files.createSymbolicLink(home.resolve("templates"), Path.of("templates").toAbsolutePath());
        System.setProperty("briefing.mail.retry-delay", "10ms");
    }

    @AfterEach
    void clearProperties() {
        PROPERTIES.forEach(System::clearProperty);
    }

    @Test
    void aSuccessfulRunMailsThePdfTheSummaryAndTheCountsToTheJobsRecipients() throws Exception {
        useSmtp(smtp.getSmtp().getBindTo(), smtp.getSmtp().getPort());

        assertThat(run("--week=2022-W21")).as(console()).isZero();

        assertThat(smtp.getReceivedMessages()).as("one message per recipient").hasSize(2);
        ReceivedMail mail = ReceivedMail.of(smtp.getReceivedMessages()[0]);
        Path week = home.resolve("output/weekly-briefing/2022-W21");
        Rubric rubric = Rubric.load(home.resolve("templates/standards/minimum-visit-conditions-2022.yml"));

        assertThat(mail.to()).containsExactly("policy-team@example.org", "desk@example.org");
        assertThat(mail.from()).isEqualTo("briefing-engine@localhost");
        assertThat(mail.subject()).contains("weekly-briefing", "2022-W21", rubric.title());
        assertThat(mail.alternative()).as("text and HTML as multipart/alternative").isTrue();

        // The PDF attached is the published one, and opens.
        assertThat(mail.attachments()).containsOnlyKeys("briefing.pdf", "annex.xlsx");
        assertThat(mail.attachmentTypes().get("briefing.pdf")).startsWith("application/pdf");
        assertThat(mail.attachments().get("briefing.pdf")).isEqualTo(Files.readAllBytes(week.resolve("briefing.pdf")));
        assertThat(mail.attachments().get("annex.xlsx")).isEqualTo(Files.readAllBytes(week.resolve("annex.xlsx")));
        String pdfText;
        try (PDDocument pdf = Loader.loadPDF(mail.attachments().get("briefing.pdf"))) {
            assertThat(pdf.getNumberOfPages()).isPositive();
            pdfText = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }

        // The executive summary is the PDF's, finding by finding; the counts are those of assessments.csv.
        List<String> findings = mail.text().lines().filter(l -> l.startsWith("- ")).map(l -> l.substring(2)).toList();
        assertThat(findings).hasSizeBetween(3, 6);
        findings.forEach(f -> assertThat(pdfText).contains(f.replaceAll("\\s+", " ")));
        List<Map<String, String>> assessments = CsvRows.read(week.resolve("assessments.csv"));
        Document html = Jsoup.parse(mail.html());
        assertThat(html.select("li")).extracting(e -> e.text()).containsAll(findings);
        for (Status status : Status.values()) {
            long expected = assessments.stream().filter(a -> a.get("status").equals(status.name())).count();
            assertThat(mail.text()).containsPattern("(?m)^\\s+" + status.name() + "\\s+" + expected + "$");
            assertThat(html.select("tr:has(td:matchesOwn(^" + status.name() + "$)) td").last().text())
                    .isEqualTo(Long.toString(expected));
        }
        assertThat(mail.text()).contains(rubric.title(), week.toString());

        assertThat(status()).containsPattern("BRIEFING +SENT +1 .*policy-team@example.org,desk@example.org");
    }

    @Test
    void anSmtpServerThatIsDownNeitherFailsTheRunNorTouchesItsOutputsAndStatusShowsIt() throws Exception {
        useSmtp("127.0.0.1", freePort());

        assertThat(run("--week=2022-W21", "--mail-to=someone@example.org")).as(console()).isZero();

        Path week = home.resolve("output/weekly-briefing/2022-W21");
        try (Stream<Path> files = Files.list(week)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("annex.xlsx",
                    "assessments.csv", "briefing.pdf", "citations.csv", "documents.csv", "evidence.csv", "rejected.csv");
        }
        assertThat(console()).contains("weekly-briefing 2022-W21: COMPLETED");
        assertThat(status()).containsPattern("BRIEFING +FAILED +3 .*someone@example.org / .*(?i)connect");
        assertThat(logOf("2022-W21")).contains("NOT sent after 3 attempt(s)");
    }

    @Test
    void withoutSmtpSettingsOrWithNoMailNothingIsSent() throws Exception {
        assertThat(run("--week=2022-W20")).as(console()).isZero();
        assertThat(logOf("2022-W20")).containsOnlyOnce("nothing sent, no SMTP server is set");

        useSmtp(smtp.getSmtp().getBindTo(), smtp.getSmtp().getPort());
        assertThat(run("--week=2022-W21", "--no-mail")).as(console()).isZero();
        assertThat(logOf("2022-W21")).contains("nothing sent (--no-mail)");

        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(status()).doesNotContain("BRIEFING");
    }

    @Test
    void aFailedRunMailsOpsTheReasonAndTheLogPathAndKeepsItsExitCode() throws Exception {
        // A templates folder without the briefing's HTML template: the report step fails.
        Files.delete(home.resolve("templates"));
        Path templates = Path.of("templates").toAbsolutePath();
        Files.createDirectories(home.resolve("templates/briefing"));
        for (String shared : List.of("fonts", "standards", "mechanisms.csv")) {
            Files.createSymbolicLink(home.resolve("templates").resolve(shared), templates.resolve(shared));
        }
        useSmtp(smtp.getSmtp().getBindTo(), smtp.getSmtp().getPort());

        assertThat(run("--week=2022-W21")).as(console()).isEqualTo(1);

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        ReceivedMail mail = ReceivedMail.of(smtp.getReceivedMessages()[0]);
        assertThat(mail.to()).containsExactly("ops@example.org");
        assertThat(mail.subject()).startsWith("FAILED: weekly-briefing 2022-W21");
        Path log;
        try (Stream<Path> logs = Files.list(home.resolve("output/weekly-briefing/logs"))) {
            log = logs.findFirst().orElseThrow();
        }
        assertThat(mail.text()).contains("briefing.html", "Log: " + log);
        assertThat(mail.html()).contains("briefing.html", log.toString());
        assertThat(status()).containsPattern("FAILURE +SENT +1 .*ops@example.org");
    }

    private void useSmtp(String host, int port) {
        System.setProperty("spring.mail.host", host);
        System.setProperty("spring.mail.port", Integer.toString(port));
    }

    private int run(String... options) {
        PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
        String[] args = Stream.concat(Stream.of("run", "weekly-briefing", "--input=" + TestCorpora.sample()),
                Stream.of(options)).toArray(String[]::new);
        return new BriefingCommandLine(home, out, out).execute(args);
    }

    private String status() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        assertThat(new BriefingCommandLine(home, out, out).execute("status")).isZero();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private String logOf(String week) throws IOException {
        try (Stream<Path> logs = Files.list(home.resolve("output/weekly-briefing/logs"))) {
            Path log = logs.filter(p -> p.getFileName().toString().startsWith(week)).findFirst().orElseThrow();
            return Files.readString(log);
        }
    }

    private String console() {
        return console.toString(StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
