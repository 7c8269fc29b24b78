package org.briefingengine.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Word documents through POI XWPF: body paragraphs and table rows, in order. The package is opened read-only from
 * the file; POI's {@link ZipSecureFile} guards (compression ratio, entry size) stop zip bombs, and a file that is
 * not a zip archive is refused before POI sees it.
 *
 * <p>Note: the entry-size cap is a JVM-wide POI setting; it is lowered to {@value #MAX_ENTRY_BYTES} bytes (never
 * raised) the first time this class is used.
 */
final class DocxReader implements FormatReader {

    static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;

    static {
        if (ZipSecureFile.getMaxEntrySize() > MAX_ENTRY_BYTES) {
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        }
    }

    @Override
    public boolean readsWholeFile() {
        return false;
    }

    @Override
    public ExtractedText read(Path file, ParserLimits limits) throws RejectedFileException, IOException {
        checkZip(file);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | NotOfficeXmlFileException e) {
            throw new RejectedFileException("not a valid .docx (" + shortMessage(e) + ")", e);
        } catch (RuntimeException e) {
            throw rejection(e);
        }
        try {
            XWPFDocument doc = new XWPFDocument(pkg);
            StringBuilder sb = new StringBuilder();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    sb.append(p.getText()).append('\n');
                } else if (element instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        StringBuilder cells = new StringBuilder();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cells.append(cells.isEmpty() ? "" : " | ").append(cell.getText().replace('\n', ' '));
                        }
                        sb.append(cells).append('\n');
                    }
                    sb.append('\n');
                }
                if (sb.length() > limits.maxTextChars()) {
                    throw new RejectedFileException("too much text (more than " + limits.maxTextChars()
                            + " characters)");
                }
            }
            String title = doc.getProperties().getCoreProperties().getTitle();
            return new ExtractedText(sb.toString(), title);
        } catch (IOException | RuntimeException e) {
            throw rejection(e);
        } finally {
            pkg.revert();
        }
    }

    private static RejectedFileException rejection(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase();
            if (m.contains("zip bomb") || m.contains("max. ratio") || m.contains("exceeded the max")
                    || m.contains("maxentrysize") || m.contains("max entry size")) {
                return new RejectedFileException("suspected zip bomb (expands far beyond its size)", e);
            }
        }
        if (e instanceof POIXMLException || e instanceof NotOfficeXmlFileException) {
            return new RejectedFileException("not a valid .docx (" + shortMessage(e) + ")", e);
        }
        return new RejectedFileException("unreadable .docx (" + shortMessage(e) + ")", e);
    }

    private static void checkZip(Path file) throws IOException, RejectedFileException {
        byte[] magic = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(magic, 0, 4);
        }
        if (n < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4) {
            throw new RejectedFileException("not a valid .docx (not a zip archive)");
        }
    }

    static String shortMessage(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 120 ? m.substring(0, 117) + "..." : m;
    }
}
