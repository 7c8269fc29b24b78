package org.briefingengine.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF text through PDFBox, page by page (pages are separated by {@link BoilerplateFilter#PAGE_BREAK} lines so
 * that page starts survive normalisation). The document is cached in temp files, not in the heap. Refused before
 * parsing: no {@code %PDF-} header, no {@code %%EOF} marker near the end (truncated). Refused while parsing: a
 * user password, text extraction not permitted, more text than the limit. Lone page numbers at the top or bottom
 * of a page are dropped and wrapped lines rejoined.
 */
final class PdfReader implements FormatReader {

    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)(page\\s*)?\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?");

    @Override
    public boolean readsWholeFile() {
        return false;
    }

    @Override
    public ExtractedText read(Path file, ParserLimits limits) throws RejectedFileException, IOException {
        checkFraming(file);
        try (PDDocument doc = Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new RejectedFileException("encrypted PDF (text extraction not permitted)");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            stripper.setParagraphStart("\n");
            stripper.setLineSeparator("\n");
            StringBuilder text = new StringBuilder();
            int pages = doc.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                if (page > 1) {
                    text.append('\n').append(BoilerplateFilter.PAGE_BREAK).append('\n');
                }
                text.append(String.join("\n", LineUnwrapper.unwrap(dropPageNumbers(stripper.getText(doc)))));
                if (text.length() > limits.maxTextChars()) {
                    throw new RejectedFileException("too much text (more than " + limits.maxTextChars()
                            + " characters)");
                }
            }
            String title = doc.getDocumentInformation() == null ? "" : doc.getDocumentInformation().getTitle();
            return new ExtractedText(text.toString(), title);
        } catch (InvalidPasswordException e) {
            throw new RejectedFileException("encrypted PDF (password required)", e);
        }
    }

    private static List<String> dropPageNumbers(String pageText) {
        List<String> lines = new ArrayList<>(Arrays.asList(pageText.split("\n", -1)));
        for (int pass = 0; pass < 2; pass++) {
            int first = firstNonBlank(lines);
            if (first >= 0 && PAGE_NUMBER.matcher(lines.get(first).strip()).matches()) {
                lines.set(first, "");
            }
            int last = lastNonBlank(lines);
            if (last >= 0 && PAGE_NUMBER.matcher(lines.get(last).strip()).matches()) {
                lines.set(last, "");
            }
        }
        return lines;
    }

    private static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static int lastNonBlank(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** A PDF starts with {@code %PDF-} and ends with {@code %%EOF}; a file cut short lacks the latter. */
    private static void checkFraming(Path file) throws IOException, RejectedFileException {
        try (SeekableByteChannel ch = Files.newByteChannel(file)) {
            long size = ch.size();
            String head = readAt(ch, 0, (int) Math.min(1024, size));
            if (!head.contains("%PDF-")) {
                throw new RejectedFileException("not a PDF (no %PDF header)");
            }
            int tailSize = (int) Math.min(2048, size);
            String tail = readAt(ch, size - tailSize, tailSize);
            if (!tail.contains("%%EOF")) {
                throw new RejectedFileException("truncated PDF (no end-of-file marker)");
            }
        }
    }

    private static String readAt(SeekableByteChannel ch, long position, int length) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length);
        ch.position(position);
        while (buf.hasRemaining() && ch.read(buf) > 0) {
            // keep reading
        }
        return new String(buf.array(), 0, buf.position(), StandardCharsets.ISO_8859_1);
    }
}
