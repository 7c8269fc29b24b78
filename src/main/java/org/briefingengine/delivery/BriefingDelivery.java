package org.briefingengine.delivery;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.briefingengine.assessment.Rubric;
import org.briefingengine.report.ReportTasklet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Mails the outcome of a run once it has ended: the briefing to its recipients after a successful run, a notice to
 * ops after a failed one. It only reads the run's outputs, and it never throws: a mail that cannot be delivered is
 * logged, tried again a few times and recorded for {@code status}, and the run's exit code stays what it was.
 *
 * <p>Mail is sent only when Spring Boot has an SMTP server to send through ({@code spring.mail.host}, e.g. the
 * environment variable {@code SPRING_MAIL_HOST}); without one, the log says in one line that nothing was sent.
 */
@Component
public class BriefingDelivery {

    private static final Logger log = LoggerFactory.getLogger(BriefingDelivery.class);

    private final ObjectProvider<JavaMailSender> senders;
    private final DeliveryStore store;
    private final int attempts;
    private final Duration retryDelay;

    public BriefingDelivery(ObjectProvider<JavaMailSender> senders, DeliveryStore store,
                            @Value("${briefing.mail.attempts:3}") int attempts,
                            @Value("${briefing.mail.retry-delay:2s}") Duration retryDelay) {
        this.senders = senders;
        this.store = store;
        this.attempts = attempts;
        this.retryDelay = retryDelay;
    }

    /** Mails what the ended run calls for, if anything. */
    public void afterRun(DeliveryRequest request, JobExecution execution) {
        try {
            deliver(request, execution);
        } catch (RuntimeException | LinkageError e) {
            log.warn("mail: {} {}: not delivered: {}", request.job(), request.week(), RetryingMailSender.rootMessage(e));
        }
    }

    private void deliver(DeliveryRequest request, JobExecution execution) {
        String run = request.job() + " " + request.week();
        BatchStatus status = execution.getStatus();
        if (request.mail().skip()) {
            log.info("mail: {}: nothing sent (--no-mail)", run);
            return;
        }
        if (status == BatchStatus.STOPPED || status == BatchStatus.STOPPING) {
            log.info("mail: {}: nothing sent, the run was stopped", run);
            return;
        }
        boolean success = status == BatchStatus.COMPLETED;
        List<String> recipients = success ? request.mail().to() : request.mail().onFailure();
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            log.info("mail: {}: nothing sent, no SMTP server is set (spring.mail.host, e.g. SPRING_MAIL_HOST)", run);
            return;
        }
        if (recipients.isEmpty()) {
            log.info("mail: {}: nothing sent, {} names no recipient", run, success ? "mail.to" : "mail.on-failure");
            return;
        }
        RetryingMailSender retrying = new RetryingMailSender(sender, attempts, retryDelay);
        Mail mail;
        Delivered delivered;
        try {
            mail = success ? briefing(request, execution) : failure(request, execution);
            delivered = retrying.send(mail);
        } catch (RuntimeException e) { // e.g. the outputs cannot be read: recorded like a mail that was refused
            mail = new Mail(success ? Mail.BRIEFING : Mail.FAILURE, recipients, request.mail().from(), "", "", "", List.of());
            delivered = new Delivered(Delivered.FAILED, 0, "cannot compose the mail: " + RetryingMailSender.rootMessage(e));
        }
        String what = success ? "briefing" : "failure notice";
        if (delivered.sent()) {
            log.info("mail: {}: {} sent to {} (attempt {} of {})", run, what, String.join(", ", mail.to()),
                    delivered.attempts(), retrying.attempts());
        } else {
            log.warn("mail: {}: {} to {} NOT sent after {} attempt(s): {} (the run's outcome is unchanged; see 'status')",
                    run, what, String.join(", ", mail.to()), delivered.attempts(), delivered.lastError());
        }
        try {
            store.record(execution.getId(), mail, delivered, OffsetDateTime.now());
        } catch (RuntimeException e) {
            log.warn("mail: {}: cannot record the delivery for 'status': {}", run, RetryingMailSender.rootMessage(e));
        }
    }

    private static Mail briefing(DeliveryRequest request, JobExecution execution) {
        Rubric rubric = request.rubric();
        String summary = execution.getExecutionContext().containsKey(ReportTasklet.FINDINGS)
                ? execution.getExecutionContext().getString(ReportTasklet.FINDINGS) : "";
        List<String> findings = summary.lines().filter(l -> !l.isBlank()).toList();
        try {
            StatusCounts counts = StatusCounts.read(request.outputs());
            Attachments files = Attachments.plan(request.outputs(), request.mail().annex(),
                    request.mail().maxAttachmentBytes());
            return BriefingMessage.compose(request, execution.getId(), rubric.id(), rubric.title(), findings, counts,
                    files);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Mail failure(DeliveryRequest request, JobExecution execution) {
        String reason = execution.getAllFailureExceptions().stream().findFirst().map(RetryingMailSender::rootMessage)
                .orElse(execution.getExitStatus().getExitDescription());
        return FailureMessage.compose(request, execution.getId(), execution.getStatus().toString(),
                reason == null || reason.isBlank() ? "(no reason recorded)" : reason.lines().findFirst().orElse(reason));
    }
}
