package org.briefingengine.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.util.unit.DataSize;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The {@code mail:} section of a job definition: who gets the briefing, who is told of a failure, and what is
 * attached. The SMTP server itself is Spring Boot's {@code spring.mail.*} settings, not part of the job.
 *
 * @param to                 recipients of the briefing after a successful run
 * @param onFailure          recipients of the failure notice (ops)
 * @param from               sender address
 * @param annex              attach annex.xlsx, or only say where it is
 * @param maxAttachmentBytes the attachments of one mail together at most; a file that would go over is referenced
 *                           by its path instead
 * @param skip               {@code --no-mail}: nothing is sent for this run
 */
public record MailSettings(List<String> to, List<String> onFailure, String from, AnnexMode annex,
                           long maxAttachmentBytes, boolean skip) {

    public static final String DEFAULT_FROM = "briefing-engine@localhost";
    public static final DataSize DEFAULT_MAX_ATTACHMENTS = DataSize.ofMegabytes(10);

    /** How the annex travels. */
    public enum AnnexMode {
        /** Attached while within the size limit, referenced by path above it. */
        ATTACH,
        /** Always referenced by path. */
        REFERENCE
    }

    public MailSettings {
        to = List.copyOf(to);
        onFailure = List.copyOf(onFailure);
    }

    /** No recipients: the defaults of a job definition without a {@code mail:} section. */
    public static MailSettings none() {
        return new MailSettings(List.of(), List.of(), DEFAULT_FROM, AnnexMode.ATTACH, DEFAULT_MAX_ATTACHMENTS.toBytes(),
                false);
    }

    /**
     * Reads the {@code mail:} section of a job definition file; the exception's message names the file and the
     * reason, fit for the command line.
     */
    public static MailSettings load(Path jobFile) {
        Map<?, ?> mail;
        try (InputStream in = Files.newInputStream(jobFile)) {
            Object yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Object section = yaml instanceof Map<?, ?> m ? m.get("mail") : null;
            if (section == null) {
                return none();
            }
            if (!(section instanceof Map<?, ?> s)) {
                throw new IllegalArgumentException(jobFile + ": 'mail' must be a section (to:, on-failure:, ...)");
            }
            mail = s;
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException) {
                throw (IllegalArgumentException) e;
            }
            throw new IllegalArgumentException("cannot read " + jobFile + ": " + e.getMessage(), e);
        }
        String where = jobFile + ": mail.";
        String from = text(mail.get("from"));
        if (!from.isEmpty()) {
            addresses(from, where + "from");
        }
        return new MailSettings(addresses(mail.get("to"), where + "to"), addresses(mail.get("on-failure"), where + "on-failure"),
                from.isEmpty() ? DEFAULT_FROM : from, annexMode(mail.get("annex"), where + "annex"),
                size(mail.get("max-attachment-size"), where + "max-attachment-size"), false);
    }

    /** These settings with the briefing's recipients replaced ({@code --mail-to}). */
    public MailSettings withTo(List<String> recipients) {
        return new MailSettings(recipients, onFailure, from, annex, maxAttachmentBytes, skip);
    }

    /** These settings with nothing to be sent ({@code --no-mail}). */
    public MailSettings skipped() {
        return new MailSettings(to, onFailure, from, annex, maxAttachmentBytes, true);
    }

    /**
     * Addresses from a YAML list or a comma-separated text, each checked (RFC 822, strict); {@code what} names the
     * setting in the exception's message.
     */
    public static List<String> addresses(Object value, String what) {
        List<String> out = new ArrayList<>();
        List<?> items = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
        for (Object item : items) {
            for (String address : text(item).split(",")) {
                String a = address.strip();
                if (a.isEmpty()) {
                    continue;
                }
                try {
                    new InternetAddress(a, true).validate();
                } catch (AddressException e) {
                    throw new IllegalArgumentException(what + ": '" + a + "' is not an e-mail address (" + e.getMessage() + ")");
                }
                out.add(a);
            }
        }
        return out;
    }

    private static AnnexMode annexMode(Object value, String what) {
        String mode = text(value);
        if (mode.isEmpty()) {
            return AnnexMode.ATTACH;
        }
        try {
            return AnnexMode.valueOf(mode.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": '" + mode + "' is neither 'attach' nor 'reference'");
        }
    }

    private static long size(Object value, String what) {
        String size = text(value);
        if (size.isEmpty()) {
            return DEFAULT_MAX_ATTACHMENTS.toBytes();
        }
        try {
            long bytes = DataSize.parse(size.replace(" ", "")).toBytes();
            if (bytes < 0) {
                throw new IllegalArgumentException("negative");
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": '" + size + "' is not a size such as 10MB or 512KB");
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }
}
