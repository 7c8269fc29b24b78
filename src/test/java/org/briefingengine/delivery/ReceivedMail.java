package org.briefingengine.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** A mail as the test SMTP server received it, taken apart: recipients, subject, text and HTML bodies, files. */
record ReceivedMail(List<String> to, String from, String subject, String text, String html,
                    Map<String, byte[]> attachments, Map<String, String> attachmentTypes, boolean alternative) {

    static ReceivedMail of(MimeMessage message) throws MessagingException, IOException {
        Parts parts = new Parts();
        parts.walk(message);
        return new ReceivedMail(
                Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(a -> ((InternetAddress) a).getAddress()).toList(),
                ((InternetAddress) message.getFrom()[0]).getAddress(), message.getSubject(), parts.text, parts.html,
                parts.files, parts.types, parts.alternative);
    }

    private static final class Parts {
        String text;
        String html;
        boolean alternative;
        final Map<String, byte[]> files = new LinkedHashMap<>();
        final Map<String, String> types = new LinkedHashMap<>();

        void walk(Part part) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*")) {
                alternative |= part.isMimeType("multipart/alternative");
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    walk(multipart.getBodyPart(i));
                }
            } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
                try (InputStream in = part.getInputStream()) {
                    files.put(part.getFileName(), in.readAllBytes());
                }
                types.put(part.getFileName(), part.getContentType());
            } else if (part.isMimeType("text/plain")) {
                text = (String) part.getContent();
            } else if (part.isMimeType("text/html")) {
                html = (String) part.getContent();
            }
        }
    }
}
