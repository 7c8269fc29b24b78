package org.briefingengine.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which output files a mail attaches and which it only names by path: files are taken in order while the
 * attachments together stay within the limit; a file that would go over it, or one the settings always reference,
 * is named by its path instead.
 */
record Attachments(List<File> attached, List<File> referenced) {

    /** One output file. */
    record File(String name, Path path, long size, String contentType, String why) {
    }

    static final String PDF_TYPE = "application/pdf";
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The PDF, then the annex (unless always referenced), within {@code limit} bytes together. */
    static Attachments plan(Path outputs, MailSettings.AnnexMode annex, long limit) throws IOException {
        List<File> attached = new ArrayList<>();
        List<File> referenced = new ArrayList<>();
        long total = 0;
        for (String name : List.of("briefing.pdf", "annex.xlsx")) {
            Path path = outputs.resolve(name);
            if (!Files.isRegularFile(path)) {
                continue;
            }
            long size = Files.size(path);
            String type = name.endsWith(".pdf") ? PDF_TYPE : XLSX_TYPE;
            if (name.equals("annex.xlsx") && annex == MailSettings.AnnexMode.REFERENCE) {
                referenced.add(new File(name, path, size, type, "not attached (mail.annex: reference)"));
            } else if (total + size > limit) {
                referenced.add(new File(name, path, size, type, "too large to attach (limit " + humanSize(limit) + ")"));
            } else {
                attached.add(new File(name, path, size, type, ""));
                total += size;
            }
        }
        return new Attachments(List.copyOf(attached), List.copyOf(referenced));
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
