package org.briefingengine.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefingengine.citation.Citation;
import org.briefingengine.report.BriefingReport;
import org.briefingengine.report.BriefingReport.MechanismCount;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 19's annex items, read back with POI: print setup, row heights of wrapped cells, plain offsets, links
 * from document symbols to their official record, an undated column that makes the weekly totals reconcile, and
 * no empty row in an empty table.
 */
class AnnexLayoutTest {

    static final String LONG_QUOTE = "The delegation was told that every request for a private interview would be"
            + " granted, and the list of places it asked to see was accepted in full on the first day. ".repeat(3);

    static XSSFWorkbook annex;

    @BeforeAll
    static void write() throws IOException {
        BriefingReport base = AnnexFixtures.report(List.of(
                new Citation(AnnexFixtures.NGO, "Fédération", AnnexFixtures.MAY_25, "HRC", "CHARTER", "A/HRC/51/12",
                        LONG_QUOTE, 1771, 1790, "", ""),
                new Citation(AnnexFixtures.NGO, "Fédération", AnnexFixtures.MAY_25, "SP", "CHARTER", "CHN 13/2018",
                        "A short one.", 12_345, 12_360, "", "")));
        List<MechanismCount> mechanisms = List.of(
                new MechanismCount("SP", "CHARTER", "Special Procedures", 4, 12, 3),
                new MechanismCount("CERD", "TREATY", "Committee on the Elimination of Racial Discrimination", 1, 5, 0),
                new MechanismCount("OHCHR", "SECRETARIAT", "Office of the High Commissioner", 2, 3, 1));
        BriefingReport report = new BriefingReport(base.run(), base.findings(), base.conditions(), base.changes(),
                base.keyQuotes(), mechanisms, base.mechanismWeeks(), base.references(), base.corpus(), base.documents(),
                List.of(), base.evidence(), base.citations());
        Path xlsx = Paths.get("target", "annex-samples", "annex-layout.xlsx"); // kept to open in LibreOffice
        new AnnexWriter().write(report, xlsx);
        annex = new XSSFWorkbook(xlsx.toString());
    }

    @AfterAll
    static void close() throws IOException {
        annex.close();
    }

    @Test
    void everySheetPrintsLandscapeFittedToWidthWithItsHeaderRowRepeated() {
        assertThat(annex.getNumberOfSheets()).isEqualTo(8);
        for (XSSFSheet sheet : sheets()) {
            assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
            assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).as(sheet.getSheetName()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).as(sheet.getSheetName()).isZero();
            assertThat(sheet.getRepeatingRows()).as(sheet.getSheetName())
                    .isEqualTo(CellRangeAddress.valueOf("1:1"));
        }
    }

    @Test
    void wrappedRowsAreTallEnoughForTheirLines() {
        XSSFSheet citations = annex.getSheet("Citations");
        Row tall = citations.getRow(1);
        int quoteWidth = citations.getColumnWidth(column(citations, "quote")) / 256;
        int lines = (LONG_QUOTE.length() + quoteWidth - 1) / quoteWidth;
        assertThat(tall.getHeightInPoints()).isGreaterThanOrEqualTo(15f * lines);
        assertThat(citations.getRow(2).getHeightInPoints()).isLessThan(20f);
        assertThat(RowWriter.lines("a\nb\nc", 80)).isEqualTo(3);
        assertThat(RowWriter.lines("x".repeat(200), 42)).isEqualTo(5);
    }

    @Test
    void offsetsArePlainIntegers() {
        DataFormatter format = new DataFormatter();
        XSSFSheet citations = annex.getSheet("Citations");
        assertThat(format.formatCellValue(cell(citations, 1, "start"))).isEqualTo("1771");
        assertThat(format.formatCellValue(cell(citations, 2, "start"))).isEqualTo("12345");
        XSSFSheet evidence = annex.getSheet("Evidence");
        assertThat(format.formatCellValue(cell(evidence, 3, "end"))).doesNotContain(",");
        assertThat(cell(evidence, 1, "start").getCellStyle().getDataFormatString()).isEqualTo("0");
    }

    @Test
    void documentSymbolsLinkToTheirOfficialRecordButCommunicationsDoNot() {
        XSSFSheet citations = annex.getSheet("Citations");
        int reference = column(citations, "reference");
        List<XSSFHyperlink> links = citations.getHyperlinkList().stream()
                .filter(l -> l.getFirstColumn() == reference).toList();
        assertThat(links).extracting(XSSFHyperlink::getAddress).containsExactly("https://docs.un.org/en/A/HRC/51/12");
        assertThat(links.get(0).getFirstRow()).isEqualTo(1);
        assertThat(cell(citations, 1, "reference").getStringCellValue()).isEqualTo("A/HRC/51/12");
        assertThat(cell(citations, 2, "reference").getStringCellValue()).isEqualTo("CHN 13/2018");
        // The source links still come as one range per document, beside the reference links.
        int link = column(citations, "link");
        assertThat(citations.getHyperlinkList()).filteredOn(l -> l.getFirstColumn() == link)
                .extracting(l -> l.getCellRef()).containsExactly(new CellRangeAddress(1, 2, link, link).formatAsString());
    }

    @Test
    void mechanismWeekTotalsIncludeUndatedCitationsAndEqualTheCumulativeCounts() {
        XSSFSheet sheet = annex.getSheet("Mechanism × week");
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
        assertThat(headers).containsExactly("mechanism", "family", "2022-W19", "2022-W20", "2022-W21", "undated",
                "total");
        Map<String, Integer> cumulative = Map.of("SP", 12, "CERD", 5, "OHCHR", 3);
        for (int r = 1; r <= 3; r++) {
            Row row = sheet.getRow(r);
            double sum = IntStream.range(2, 6).mapToDouble(c -> row.getCell(c).getNumericCellValue()).sum();
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(sum)
                    .isEqualTo(cumulative.get(row.getCell(0).getStringCellValue()).doubleValue());
        }
        assertThat(cell(sheet, 1, "undated").getNumericCellValue()).isEqualTo(3);
        assertThat(cell(sheet, 3, "family").getStringCellValue()).isEqualTo("SECRETARIAT");
    }

    @Test
    void anEmptyRejectedTableSaysSoWithoutAnEmptyRow() {
        XSSFSheet rejected = annex.getSheet("Rejected");
        assertThat(rejected.getTables()).isEmpty();
        assertThat(rejected.getLastRowNum()).isEqualTo(1);
        assertThat(rejected.getRow(1).getCell(0).getStringCellValue()).isEqualTo("None: every input file was read.");
    }

    private static List<XSSFSheet> sheets() {
        return IntStream.range(0, annex.getNumberOfSheets()).mapToObj(annex::getSheetAt).toList();
    }

    private static int column(XSSFSheet sheet, String header) {
        for (Cell c : sheet.getRow(0)) {
            if (c.getStringCellValue().equals(header)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError(header);
    }

    private static Cell cell(XSSFSheet sheet, int row, String header) {
        return sheet.getRow(row).getCell(column(sheet, header));
    }
}
