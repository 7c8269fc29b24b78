package org.briefingengine.delivery;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Hands a mail to the SMTP server, trying again a few times with a growing pause when sending fails (server down,
 * connection lost, message refused); a mail that cannot even be built, or a refused login, is not tried again.
 * It never throws: the outcome says what happened.
 */
class RetryingMailSender {

    private final JavaMailSender sender;
    private final int attempts;
    private final RetryPolicy policy;

    /**
     * @param attempts at least 1
     * @param delay    the pause after the first failed attempt; doubled after each further one
     */
    RetryingMailSender(JavaMailSender sender, int attempts, Duration delay) {
        this.sender = sender;
        this.attempts = Math.max(1, attempts);
        this.policy = RetryPolicy.builder()
                .maxRetries(this.attempts - 1)
                .delay(delay)
                .multiplier(2)
                .maxDelay(delay.multipliedBy(8))
                .predicate(e -> e instanceof MailSendException)
                .build();
    }

    int attempts() {
        return attempts;
    }

    Delivered send(Mail mail) {
        AtomicInteger tried = new AtomicInteger();
        MimeMessage message;
        try {
            message = sender.createMimeMessage();
            mail.writeTo(message);
        } catch (Exception e) {
            return new Delivered(Delivered.FAILED, 0, "cannot compose the mail: " + rootMessage(e));
        }
        try {
            new RetryTemplate(policy).execute(() -> {
                tried.incrementAndGet();
                sender.send(message);
                return null;
            });
            return new Delivered(Delivered.SENT, tried.get(), null);
        } catch (RetryException e) {
            return new Delivered(Delivered.FAILED, tried.get(), rootMessage(e.getLastException() == null ? e : e.getLastException()));
        }
    }

    /** The SMTP client's own message (it names the host and port) and, when different, its root cause's. */
    static String rootMessage(Throwable e) {
        Throwable t = e;
        String mail = null;
        while (t.getCause() != null && t.getCause() != t) {
            if (mail == null && t instanceof jakarta.mail.MessagingException && t.getMessage() != null) {
                mail = firstLine(t.getMessage());
            }
            t = t.getCause();
        }
        String root = t.getMessage() == null ? t.getClass().getSimpleName() : firstLine(t.getMessage());
        if (t instanceof java.nio.file.NoSuchFileException) {
            root = "no such file: " + root;
        }
        return mail == null || mail.equals(root) ? root : mail + ": " + root;
    }

    private static String firstLine(String s) {
        return s.lines().findFirst().orElse(s);
    }
}
