package org.briefingengine.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SplicedSheetEntryTest {

    private static final String TEMPLATE = "<?xml version=\"1.0\"?>\n<worksheet><cols><col min=\"1\" max=\"1\"/></cols>"
            + "<sheetData/><hyperlinks><hyperlink ref=\"K2\" r:id=\"rId1\"/></hyperlinks><tableParts count=\"1\"/></worksheet>";

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 4096, 65_537, 1_000_003})
    void combinedCrcEqualsTheCrcOfTheJoinedBytes(int secondLength) {
        Random random = new Random(secondLength);
        byte[] first = new byte[1 + random.nextInt(5000)];
        byte[] second = new byte[secondLength];
        random.nextBytes(first);
        random.nextBytes(second);
        CRC32 joined = new CRC32();
        joined.update(first);
        joined.update(second);

        assertThat(SplicedSheetEntry.combine(crc(first), crc(second), second.length)).isEqualTo(joined.getValue());
    }

    @Test
    void theRowsGoWhereTheEmptySheetDataStood() {
        String[] parts = SplicedSheetEntry.split(TEMPLATE);

        assertThat(parts[0]).endsWith("</cols><sheetData>\n");
        assertThat(parts[1]).startsWith("</sheetData><hyperlinks>").endsWith("</worksheet>");
        assertThat(SplicedSheetEntry.split("<worksheet><sheetData><row r=\"1\"/></sheetData></worksheet>"))
                .containsExactly("<worksheet><sheetData><row r=\"1\"/>", "</sheetData></worksheet>");
        assertThat(SplicedSheetEntry.split("<worksheet></worksheet>"))
                .containsExactly("<worksheet></worksheet><sheetData>\n", "</sheetData>");
    }

    /**
     * Every entry of a saved annex workbook must read back, CRC checked, both through the local headers (as a
     * streaming reader does) and through the central directory (as Excel and POI do); the spill files are gone.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 20_000})
    void aSavedWorkbookIsAValidZipWhoseSheetsHoldEveryRow(int rows, @TempDir Path dir) throws IOException {
        Set<Path> spillsBefore = spillFiles();
        Path xlsx = dir.resolve("book.xlsx");
        String text = "D\u00e9claration n\u00b0 %d \u2014 \u8054\u5408\u56fd <&>";
        try (AnnexWorkbook book = new AnnexWorkbook(AnnexBook.WINDOW)) {
            SXSSFSheet sheet = book.createSheet("Rows");
            for (int i = 0; i < rows; i++) {
                sheet.createRow(i).createCell(0).setCellValue(String.format(text, i));
            }
            book.createSheet("Empty");
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                book.write(out);
            }
        }

        Map<String, byte[]> streamed = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(xlsx))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                streamed.put(entry.getName(), in.readAllBytes()); // ZipInputStream checks each entry's CRC
            }
        }
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            assertThat(Collections.list(zip.entries()).stream().map(ZipEntry::getName))
                    .containsExactlyInAnyOrderElementsOf(streamed.keySet());
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    assertThat(in.readAllBytes()).as(entry.getName()).isEqualTo(streamed.get(entry.getName()));
                }
            }
        }
        assertThat(new String(streamed.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8))
                .contains(rows > 0 ? "</row>\n</sheetData>" : "<sheetData>\n</sheetData>").endsWith("</worksheet>");
        try (XSSFWorkbook read = new XSSFWorkbook(xlsx.toString())) {
            assertThat(read.getSheet("Rows").getPhysicalNumberOfRows()).isEqualTo(rows);
            if (rows > 0) {
                assertThat(read.getSheet("Rows").getRow(rows - 1).getCell(0).getStringCellValue())
                        .isEqualTo(String.format(text, rows - 1));
            }
            assertThat(read.getSheet("Empty").getPhysicalNumberOfRows()).isZero();
        }
        assertThat(spillFiles()).isSubsetOf(spillsBefore);
    }

    /** The spliced save writes exactly the XML POI's own save writes, entry for entry (the creation time aside). */
    @Test
    void everyEntryIsByteForByteWhatPoisOwnSaveWrites(@TempDir Path dir) throws IOException {
        Path ours = dir.resolve("ours.xlsx");
        Path poi = dir.resolve("poi.xlsx");
        String rowsRead;
        try (AnnexWorkbook book = new AnnexWorkbook(AnnexBook.WINDOW)) {
            fill(book);
            try (OutputStream out = Files.newOutputStream(ours)) {
                book.write(out);
            }
            try (InputStream spilled = book.getSheet("Rows").getWorksheetXMLInputStream()) {
                rowsRead = new String(spilled.readAllBytes(), StandardCharsets.UTF_8); // the spill inflated on its own
            }
        }
        try (SXSSFWorkbook book = new SXSSFWorkbook(AnnexBook.WINDOW)) {
            fill(book);
            try (OutputStream out = Files.newOutputStream(poi)) {
                book.write(out);
            }
        }

        Map<String, byte[]> expected = entries(poi);
        Map<String, byte[]> actual = entries(ours);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.remove("docProps/core.xml");
        expected.forEach((name, bytes) -> assertThat(actual.get(name)).as(name).isEqualTo(bytes));
        assertThat(new String(expected.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8))
                .contains("<sheetData>\n" + rowsRead + "</sheetData>");
        assertThat(rowsRead).startsWith("<row r=\"1\"").contains("<row r=\"1000\"");
    }

    @Test
    void spillFilesAreDeletedWhenTheWorkbookIsClosedWithoutBeingSaved() throws IOException {
        Set<Path> before = spillFiles();
        try (AnnexWorkbook book = new AnnexWorkbook(AnnexBook.WINDOW)) {
            fill(book);
            assertThat(spillFiles()).hasSizeGreaterThan(before.size());
        }
        assertThat(spillFiles()).isSubsetOf(before);
    }

    @Test
    void aSaveThatFailsReportsItsOwnErrorAndLeavesNoSpillFile() throws IOException {
        Set<Path> before = spillFiles();
        OutputStream fullDisk = new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                written += length;
                if (written > 20_000) {
                    throw new IOException("No space left on device");
                }
            }
        };
        try (AnnexWorkbook book = new AnnexWorkbook(AnnexBook.WINDOW)) {
            fill(book);
            assertThatThrownBy(() -> book.write(fullDisk)).hasMessage("No space left on device");
        }
        assertThat(spillFiles()).isSubsetOf(before);
    }

    @Test
    void aNewWorkbookDeletesSpillFilesADayOldButNotYoungerOnesNorOtherFiles() throws IOException {
        Path folder;
        try (AnnexWorkbook probe = new AnnexWorkbook(AnnexBook.WINDOW)) {
            probe.createSheet("Probe");
            folder = spillFiles().stream().findFirst().orElseThrow().getParent();
        }
        Path stale = Files.createTempFile(folder, "annex-sheet", ".deflate");
        Path recent = Files.createTempFile(folder, "annex-sheet", ".deflate");
        Path other = Files.createTempFile(folder, "poi-sxssf-sheet", ".xml");
        try {
            FileTime twoDaysAgo = FileTime.from(Instant.now().minus(Duration.ofDays(2)));
            Files.setLastModifiedTime(stale, twoDaysAgo);
            Files.setLastModifiedTime(other, twoDaysAgo);
            Files.setLastModifiedTime(recent, FileTime.from(Instant.now().minus(Duration.ofHours(2))));

            try (AnnexWorkbook book = new AnnexWorkbook(AnnexBook.WINDOW)) {
                book.createSheet("Rows");
            }

            assertThat(stale).doesNotExist();
            assertThat(recent).exists();
            assertThat(other).exists();
        } finally {
            Files.deleteIfExists(stale);
            Files.deleteIfExists(recent);
            Files.deleteIfExists(other);
        }
    }

    /** Two sheets with rows (text, numbers, a link) past the row window, and an empty one. */
    private static void fill(SXSSFWorkbook book) {
        SXSSFSheet rows = book.createSheet("Rows");
        CreationHelper helper = book.getCreationHelper();
        for (int i = 0; i < 1_000; i++) {
            Row row = rows.createRow(i);
            row.createCell(0).setCellValue(String.format("Déclaration n° %d — 联合国 <&> %s", i, "x".repeat(i % 97)));
            row.createCell(1).setCellValue(i * 1.5);
        }
        Hyperlink link = helper.createHyperlink(HyperlinkType.URL);
        link.setAddress("https://example.org/statement?id=1&lang=fr");
        rows.getRow(rows.getLastRowNum()).getCell(0).setHyperlink(link);
        rows.createFreezePane(0, 1);
        SXSSFSheet more = book.createSheet("More");
        for (int i = 0; i < 250; i++) {
            more.createRow(i).createCell(2).setCellValue("row " + i);
        }
        book.createSheet("Empty");
    }

    private static Map<String, byte[]> entries(Path xlsx) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    private static Set<Path> spillFiles() throws IOException {
        Path poiTemp = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        if (!Files.isDirectory(poiTemp)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(poiTemp)) {
            return files.filter(f -> f.getFileName().toString().startsWith("annex-sheet")).collect(Collectors.toSet());
        }
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
