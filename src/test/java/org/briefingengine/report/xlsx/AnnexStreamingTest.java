package org.briefingengine.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams many synthetic citations through {@link AnnexWriter} in a JVM limited to a 256 MB heap, then counts the
 * rows back with a SAX reader (loading them with XSSFWorkbook would need far more memory than writing them).
 * 200,000 rows by default; {@code -Dannex.streamRows=1100000} proves a million and the continuation sheet. The
 * rows interleave their documents, so the hyperlink budget is spent: the heap bound holds in that worst case too.
 */
class AnnexStreamingTest {

    private static final int ROWS = Integer.getInteger("annex.streamRows", 200_000);

    @TempDir
    Path dir;

    @Test
    void citationsStreamWithinA256MbHeap() throws Exception {
        Path xlsx = dir.resolve("large.xlsx");
        Path log = dir.resolve("child.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                LargeAnnex.class.getName(), xlsx.toString(), Integer.toString(ROWS))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(child.waitFor(10, TimeUnit.MINUTES)).as("finished in time").isTrue();
        assertThat(child.exitValue()).as(Files.readString(log)).isZero();

        Map<String, Integer> rows = count(xlsx, "row");
        Map<String, Integer> links = count(xlsx, "hyperlink");
        int perSheet = AnnexWriter.EXCEL_DATA_ROWS;
        int citations = rows.entrySet().stream().filter(e -> e.getKey().startsWith("Citations"))
                .mapToInt(e -> e.getValue() - 1).sum();
        assertThat(citations).isEqualTo(ROWS);
        assertThat(rows.get("Citations")).isEqualTo(Math.min(ROWS, perSheet) + 1);
        assertThat(rows.containsKey("Citations (2)")).isEqualTo(ROWS > perSheet);
        assertThat(rows.get("Documents")).isEqualTo(LargeAnnex.DOCUMENTS + 1);
        assertThat(links.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(SheetLinks.BUDGET);
        assertThat(summaryXml(xlsx)).contains("Only the first 10,000 runs of rows are linked");
    }

    private static String summaryXml(Path xlsx) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ);
             InputStream summary = new XSSFReader(pkg).getSheetsData().next()) {
            return new String(summary.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Elements named {@code element} per sheet, in sheet order, read with SAX so that no sheet is held in memory. */
    private static Map<String, Integer> count(Path xlsx, String element) throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    int[] count = {0};
                    XMLReader reader = XMLHelper.newXMLReader();
                    reader.setContentHandler(new DefaultHandler() {
                        @Override
                        public void startElement(String uri, String localName, String qName, Attributes atts) {
                            if (localName.equals(element)) {
                                count[0]++;
                            }
                        }
                    });
                    reader.parse(new InputSource(sheet));
                    counts.put(sheets.getSheetName(), count[0]);
                }
            }
        }
        return counts;
    }
}
