package org.briefingengine.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sheet whose XML passes 4 GiB needs Zip64 sizes in the spliced entry: a 1,048,575-row Citations sheet of
 * long quotes gets there. The rows here are long runs of one letter, so the spill and the annex stay a few
 * megabytes on disk while the sheet XML is 4.3 GB; the test takes some twenty seconds.
 */
class AnnexZip64Test {

    private static final long FOUR_GIB = 0x1_0000_0000L;
    /** The end of the big sheet that is read back as text: its last row and the XML after the rows. */
    private static final int TAIL = 40_000;

    @Test
    void aSheetOverFourGibibytesIsWrittenWithZip64SizesThatZipReadersAccept(@TempDir Path dir) throws IOException {
        Path xlsx = dir.resolve("big.xlsx");
        String quote = "x".repeat(SpreadsheetVersion.EXCEL2007.getMaxTextLength());
        int rows = (int) (FOUR_GIB / quote.length()) + 1_000;
        try (AnnexWorkbook book = new AnnexWorkbook(AnnexBook.WINDOW)) {
            SXSSFSheet big = book.createSheet("Big");
            for (int i = 0; i < rows; i++) {
                big.createRow(i).createCell(0).setCellValue(quote);
            }
            book.createSheet("Small").createRow(0).createCell(0).setCellValue("after the big sheet");
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                book.write(out);
            }
        }

        long bigSize;
        try (ZipFile zip = new ZipFile(xlsx.toFile())) { // the central directory, as Excel reads it
            bigSize = zip.getEntry("xl/worksheets/sheet1.xml").getSize();
            assertThat(bigSize).isGreaterThan(FOUR_GIB);
            try (InputStream small = zip.getInputStream(zip.getEntry("xl/worksheets/sheet2.xml"))) {
                assertThat(new String(small.readAllBytes(), StandardCharsets.UTF_8)).contains("after the big sheet");
            }
        }
        try (org.apache.commons.compress.archivers.zip.ZipFile zip =
                     org.apache.commons.compress.archivers.zip.ZipFile.builder().setPath(xlsx).get()) { // as POI reads it
            ZipArchiveEntry entry = zip.getEntry("xl/worksheets/sheet1.xml");
            assertThat(entry.getSize()).isEqualTo(bigSize);
        }
        // Through the local headers, as a streaming reader does: ZipInputStream checks each entry's size and CRC.
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(xlsx))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    in.skipNBytes(bigSize - TAIL); // inflated and CRC-checked all the same; fails if the entry is shorter
                    byte[] tail = in.readAllBytes();
                    assertThat(tail).hasSize(TAIL);
                    assertThat(new String(tail, StandardCharsets.UTF_8))
                            .contains("<row r=\"" + rows + "\"", "</row>\n</sheetData>").endsWith("</worksheet>");
                } else {
                    in.readAllBytes();
                }
            }
        }
    }
}
