package org.briefingengine.delivery;

import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * One mail, composed: a plain-text and an HTML body of the same content (multipart/alternative), and files
 * attached beside them.
 *
 * @param kind what it is, as {@code status} shows it: {@link #BRIEFING} or {@link #FAILURE}
 */
record Mail(String kind, List<String> to, String from, String subject, String text, String html,
            List<Attachments.File> attachments) {

    static final String BRIEFING = "BRIEFING";
    static final String FAILURE = "FAILURE";

    Mail {
        to = List.copyOf(to);
        attachments = List.copyOf(attachments);
    }

    void writeTo(MimeMessage message) throws MessagingException {
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
        helper.setFrom(from);
        helper.setTo(to.toArray(String[]::new));
        helper.setSubject(subject);
        helper.setText(text, html);
        for (Attachments.File file : attachments) {
            helper.addAttachment(file.name(), new FileSystemResource(file.path()), file.contentType());
        }
    }
}
