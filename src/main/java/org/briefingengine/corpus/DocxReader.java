package org.briefingengine.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.stream.XMLStreamException;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;

/**
 * Word documents: body paragraphs and table rows, in order, streamed from the main part by {@link DocxText} (no
 * XML tree in memory, text refused past its limit as it is read). The package is opened read-only from the file
 * through POI; POI's {@link ZipSecureFile} guards (compression ratio, entry size) stop zip bombs, and a file that
 * is not a zip archive is refused before POI sees it.
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
            PackagePart main = mainPart(pkg);
            String text;
            try (InputStream in = main.getInputStream()) {
                text = DocxText.read(in, limits.maxTextChars());
            }
            return new ExtractedText(text, pkg.getPackageProperties().getTitleProperty().orElse(""));
        } catch (XMLStreamException | InvalidFormatException | IOException | RuntimeException e) {
            throw rejection(e);
        } finally {
            pkg.revert();
        }
    }

    /** The main document part, named by the package's officeDocument relationship (transitional or strict). */
    private static PackagePart mainPart(OPCPackage pkg) throws RejectedFileException {
        for (String type : new String[] {PackageRelationshipTypes.CORE_DOCUMENT, PackageRelationshipTypes.STRICT_CORE_DOCUMENT}) {
            PackageRelationshipCollection rels = pkg.getRelationshipsByType(type);
            if (rels.size() > 0) {
                PackagePart part = pkg.getPart(rels.getRelationship(0));
                if (part != null) {
                    return part;
                }
            }
        }
        throw new RejectedFileException("not a valid .docx (no main document part)");
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
