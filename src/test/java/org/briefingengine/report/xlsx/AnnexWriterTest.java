package org.briefingengine.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefingengine.report.xlsx.AnnexFixtures.FORMULA_LIKE;
import static org.briefingengine.report.xlsx.AnnexFixtures.MAY_25;
import static org.briefingengine.report.xlsx.AnnexFixtures.NGO_URL;
import static org.briefingengine.report.xlsx.AnnexFixtures.UN_URL;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefingengine.citation.Citation;
import org.briefingengine.report.BriefingReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnexWriterTest {

    @TempDir
    static Path dir;
    private static XSSFWorkbook annex;

    @BeforeAll
    static void writeAnnex() throws IOException {
        annex = write(new AnnexWriter(), AnnexFixtures.report(), "annex.xlsx");
    }

    @AfterAll
    static void close() throws IOException {
        annex.close();
    }

    @Test
    void sheetsComeInTheAgreedOrder() {
        assertThat(sheetNames(annex)).containsExactly("Summary", "Conditions", "Evidence", "Citations",
                "Mechanism × week", "Documents", "Rejected", "Run info");
    }

    @Test
    void everyDataSheetIsATableWithAFrozenHeaderAndExplicitWidths() {
        for (XSSFSheet sheet : dataSheets(annex)) {
            assertThat(sheet.getTables()).as(sheet.getSheetName()).hasSize(1);
            XSSFTable table = sheet.getTables().get(0);
            Row header = sheet.getRow(0);
            int lastRow = Math.max(sheet.getLastRowNum(), 1);
            assertThat(table.getArea().formatAsString()).as(sheet.getSheetName())
                    .isEqualTo(new CellRangeAddress(0, lastRow, 0, header.getLastCellNum() - 1).formatAsString());
            assertThat(table.getColumns()).extracting(c -> c.getName())
                    .containsExactlyElementsOf(headers(sheet));
            assertThat(table.getCTTable().getAutoFilter().getRef()).isEqualTo(table.getArea().formatAsString());
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getColumnWidth(0)).isNotEqualTo(sheet.getDefaultColumnWidth() * 256);
        }
    }

    @Test
    void columnsCarryTheAgreedHeaders() {
        assertThat(headers(annex.getSheet("Conditions"))).containsExactly("rubric", "condition", "title", "status",
                "engine_status", "reviewed", "supporting", "contradicting", "documents", "rationale",
                "status_override", "review_note", "reviewer");
        assertThat(headers(annex.getSheet("Evidence"))).startsWith("rubric", "condition", "stance", "document",
                "publisher", "published", "quote", "start", "end").contains("source_type", "qualifier", "link");
        assertThat(headers(annex.getSheet("Citations"))).startsWith("document", "publisher", "published",
                "mechanism", "family", "reference", "quote", "start", "end").contains("note", "link");
        assertThat(headers(annex.getSheet("Documents"))).startsWith("document", "part", "title", "publisher",
                "published", "source_type", "characters", "sha256", "status").contains("url", "in_period", "duplicate_of");
        assertThat(headers(annex.getSheet("Rejected"))).containsExactly("file", "reason");
        assertThat(headers(annex.getSheet("Mechanism × week")))
                .containsExactly("mechanism", "family", "2022-W19", "2022-W20", "2022-W21", "undated", "total");
    }

    @Test
    void datesAreDatesAndNumbersAreNumbers() {
        XSSFSheet citations = annex.getSheet("Citations");
        Cell published = cell(citations, 1, "published");
        assertThat(published.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(published)).isTrue();
        assertThat(published.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(MAY_25);
        assertThat(cell(citations, 6, "published").getCellType()).isEqualTo(CellType.BLANK);
        assertThat(cell(citations, 2, "start").getNumericCellValue()).isEqualTo(100);
        assertThat(cell(citations, 2, "end").getNumericCellValue()).isEqualTo(117);
        XSSFSheet evidence = annex.getSheet("Evidence");
        assertThat(cell(evidence, 1, "start").getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell(evidence, 3, "published").getCellType()).isEqualTo(CellType.BLANK);
        XSSFSheet documents = annex.getSheet("Documents");
        assertThat(cell(documents, 2, "characters").getNumericCellValue()).isEqualTo(8_300);
        assertThat(cell(documents, 1, "in_period").getBooleanCellValue()).isTrue();
        Cell generated = annex.getSheet("Run info").getRow(5).getCell(1);
        assertThat(DateUtil.isCellDateFormatted(generated)).isTrue();
        assertThat(generated.getLocalDateTimeCellValue()).hasHour(6).hasMinute(15);
        assertThat(annex.getSheet("Run info").getRow(11).getCell(1).getNumericCellValue()).isEqualTo(42);
    }

    @Test
    void quotesWrap() {
        assertThat(cell(annex.getSheet("Citations"), 1, "quote").getCellStyle().getWrapText()).isTrue();
        assertThat(cell(annex.getSheet("Evidence"), 1, "quote").getCellStyle().getWrapText()).isTrue();
    }

    @Test
    void noCellIsAFormulaAndFormulaLikeTextIsNeutralised() {
        for (XSSFSheet sheet : allSheets(annex)) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
                            .isNotEqualTo(CellType.FORMULA);
                }
            }
        }
        XSSFSheet citations = annex.getSheet("Citations");
        for (int i = 0; i < FORMULA_LIKE.size(); i++) {
            Cell quote = cell(citations, i + 1, "quote");
            assertThat(quote.getCellType()).isEqualTo(CellType.STRING);
            assertThat(quote.getStringCellValue()).isEqualTo("'" + FORMULA_LIKE.get(i));
        }
        assertThat(cell(annex.getSheet("Evidence"), 1, "quote").getStringCellValue())
                .isEqualTo("'" + FORMULA_LIKE.get(1));
        assertThat(cell(annex.getSheet("Rejected"), 2, "reason").getStringCellValue()).isEqualTo("'-file column empty");
        assertThat(texts(annex.getSheet("Summary"))).contains("'=1+1 is not a formula here: a finding is text too.");
    }

    @Test
    void accentedAndChineseTextSurvives() {
        assertThat(cell(annex.getSheet("Documents"), 3, "title").getStringCellValue()).isEqualTo("访问取得圆满成功");
        assertThat(cell(annex.getSheet("Documents"), 3, "publisher").getStringCellValue()).isEqualTo("新华通讯社");
        assertThat(cell(annex.getSheet("Documents"), 3, "document").getStringCellValue()).isEqualTo("media/访问评论.txt");
        assertThat(cell(annex.getSheet("Conditions"), 1, "reviewer").getStringCellValue()).isEqualTo("M. Núñez");
        assertThat(texts(annex.getSheet("Summary"))).contains("Conditions minimales pour la visite — 访问最低条件");
    }

    @Test
    void evidenceCitationAndDocumentRowsLinkToTheirSourceWhenTheManifestGivesAWebAddress() {
        XSSFSheet citations = annex.getSheet("Citations");
        int link = headers(citations).indexOf("link");
        for (int row = 1; row <= 4; row++) {
            assertThat(citations.getHyperlink(row, link).getAddress()).isEqualTo(NGO_URL);
        }
        assertThat(citations.getHyperlink(5, link).getAddress()).isEqualTo(UN_URL);
        assertThat(citations.getHyperlink(6, link)).as("javascript: is never linked").isNull();
        assertThat(cell(citations, 6, "link").getStringCellValue()).isEqualTo("javascript:alert(1)");
        assertThat(citations.getHyperlinkList()).as("consecutive rows share one range link").hasSize(2);

        XSSFSheet evidence = annex.getSheet("Evidence");
        int evidenceLink = headers(evidence).indexOf("link");
        assertThat(evidence.getHyperlink(1, evidenceLink).getAddress()).isEqualTo(NGO_URL);
        assertThat(evidence.getHyperlink(2, evidenceLink).getAddress()).isEqualTo(UN_URL);
        assertThat(evidence.getHyperlink(3, evidenceLink)).as("no url in the manifest").isNull();

        XSSFSheet documents = annex.getSheet("Documents");
        assertThat(documents.getHyperlink(1, headers(documents).indexOf("url")).getAddress()).isEqualTo(NGO_URL);
    }

    @Test
    void reviewColumnsOfferTheStatusesAndHoldTheCurrentReview() {
        XSSFSheet conditions = annex.getSheet("Conditions");
        int override = headers(conditions).indexOf("status_override");
        List<XSSFDataValidation> validations = conditions.getDataValidations();
        assertThat(validations).hasSize(1);
        DataValidation validation = validations.get(0);
        assertThat(validation.getValidationConstraint().getExplicitListValues())
                .containsExactly("MET", "PARTLY_MET", "NOT_MET", "CONTESTED", "NO_EVIDENCE");
        assertThat(validation.getRegions().getCellRangeAddresses())
                .containsExactly(new CellRangeAddress(1, 2, override, override));

        assertThat(cell(conditions, 1, "status_override").getStringCellValue()).isEqualTo("NOT_MET");
        assertThat(cell(conditions, 1, "review_note").getStringCellValue())
                .isEqualTo("Confirmed by two accounts; see the Fédération's note.");
        assertThat(cell(conditions, 1, "engine_status").getStringCellValue()).isEqualTo("CONTESTED");
        assertThat(cell(conditions, 1, "reviewed").getBooleanCellValue()).isTrue();
        assertThat(cell(conditions, 2, "status_override").getStringCellValue()).isEmpty();
        assertThat(cell(conditions, 2, "supporting").getNumericCellValue()).isEqualTo(2);
    }

    @Test
    void mechanismWeekCountsAreNumbersWithATotal() {
        XSSFSheet sheet = annex.getSheet("Mechanism × week");
        assertThat(cell(sheet, 1, "mechanism").getStringCellValue()).isEqualTo("SP");
        assertThat(cell(sheet, 1, "2022-W19").getNumericCellValue()).isZero();
        assertThat(cell(sheet, 1, "2022-W20").getNumericCellValue()).isEqualTo(5);
        assertThat(cell(sheet, 1, "total").getNumericCellValue()).isEqualTo(9);
        assertThat(cell(sheet, 2, "total").getNumericCellValue()).isEqualTo(5);
    }

    @Test
    void summaryHasFindingsStatusCountsChangesAndANativeBarChart() {
        XSSFSheet summary = annex.getSheet("Summary");
        assertThat(texts(summary)).contains("Findings", "Conditions by status", "Status changes since last week",
                "Citations per mechanism", "The Special Procedures are cited most this week, by 3 sources.");
        List<XSSFChart> charts = summary.getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(1);
        assertThat(summary.getDrawingPatriarch().getCTDrawing().getTwoCellAnchorArray(0).getGraphicFrame()
                .getNvGraphicFramePr().getCNvPr().getDescr()).as("alternative text").startsWith("Bar chart of the citations per mechanism");
        var plot = charts.get(0).getCTChart().getPlotArea();
        assertThat(plot.getBarChartArray()).hasSize(1);
        var series = plot.getBarChartArray(0).getSerArray();
        assertThat(series).hasSize(2);
        assertThat(series[0].getCat().getStrRef().getF()).isEqualTo(rangeOf(summary, "SP", "OHCHR", 0));
        assertThat(series[1].getVal().getNumRef().getNumCache().getPtArray(0).getV()).isEqualTo("9");
        assertThat(series[0].getTx().getStrRef().getStrCache().getPtArray(0).getV()).isEqualTo("this week");
    }

    @Test
    void runInfoNamesWhatProducedTheAnnex() {
        assertThat(texts(annex.getSheet("Run info"))).contains("weekly-briefing", "2022-W21", "input/",
                "minimum-visit-conditions-2022", "feed".repeat(16), "execution id");
    }

    @Test
    void citationsBeyondASheetContinueOnNumberedSheetsNotedOnTheSummary() throws IOException {
        List<Citation> citations = new ArrayList<>();
        IntStream.range(0, 3).forEach(i -> citations.addAll(AnnexFixtures.citations()));
        try (XSSFWorkbook book = write(new AnnexWriter(7), AnnexFixtures.report(citations), "overflow.xlsx")) {
            assertThat(sheetNames(book)).containsExactly("Summary", "Conditions", "Evidence", "Citations",
                    "Citations (2)", "Citations (3)", "Mechanism × week", "Documents", "Rejected", "Run info");
            assertThat(List.of(7, 7, 4)).isEqualTo(List.of(book.getSheet("Citations").getLastRowNum(),
                    book.getSheet("Citations (2)").getLastRowNum(), book.getSheet("Citations (3)").getLastRowNum()));
            XSSFSheet last = book.getSheet("Citations (3)");
            assertThat(last.getTables().get(0).getArea().formatAsString()).isEqualTo("A1:K5");
            assertThat(last.getTables().get(0).getName()).isEqualTo("Citations3");
            assertThat(last.getPaneInformation().isFreezePane()).isTrue();
            assertThat(headers(last)).isEqualTo(headers(book.getSheet("Citations")));
            assertThat(texts(book.getSheet("Summary"))).anyMatch(t -> t.startsWith(
                    "Citations continues on Citations (2), Citations (3)"));
        }
    }

    @Test
    void anEmptyReportStillOpensWithEmptyTables() throws IOException {
        BriefingReport full = AnnexFixtures.report(List.of());
        BriefingReport empty = new BriefingReport(full.run(), List.of(), List.of(), List.of(), full.keyQuotes(),
                List.of(), List.of(), List.of(), List.of(), List.of(), action -> { }, action -> { });
        try (XSSFWorkbook book = write(new AnnexWriter(), empty, "empty.xlsx")) {
            // No Excel table over no rows (it would show an empty row): the header, then a note.
            assertThat(book.getSheet("Citations").getTables()).isEmpty();
            assertThat(headers(book.getSheet("Citations"))).startsWith("document", "publisher");
            assertThat(book.getSheet("Citations").getRow(1).getCell(0).getStringCellValue()).isEqualTo("None.");
            assertThat(book.getSheet("Rejected").getTables()).isEmpty();
            assertThat(book.getSheet("Rejected").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("None: every input file was read.");
            assertThat(book.getSheet("Rejected").getLastRowNum()).isEqualTo(1);
            assertThat(book.getSheet("Summary").getDrawingPatriarch()).isNull();
            assertThat(texts(book.getSheet("Summary"))).contains("No mechanism is cited up to the end of the period.");
        }
    }

    @Test
    void overlongTextIsCutToTheExcelCellLimit() throws IOException {
        String longQuote = "Très long passage sans fin. ".repeat(1_500);
        List<Citation> citations = List.of(new Citation(AnnexFixtures.UN, "", null, "SP", "CHARTER", "", longQuote,
                0, 10, ""));
        try (XSSFWorkbook book = write(new AnnexWriter(), AnnexFixtures.report(citations), "long.xlsx")) {
            String quote = cell(book.getSheet("Citations"), 1, "quote").getStringCellValue();
            assertThat(quote).hasSize(32_767).endsWith("…").startsWith("Très long passage");
        }
    }

    static XSSFWorkbook write(AnnexWriter writer, BriefingReport report, String name) throws IOException {
        Path xlsx = dir.resolve(name);
        writer.write(report, xlsx);
        return new XSSFWorkbook(xlsx.toString());
    }

    private static List<String> sheetNames(XSSFWorkbook book) {
        return IntStream.range(0, book.getNumberOfSheets()).mapToObj(book::getSheetName).toList();
    }

    private static List<XSSFSheet> allSheets(XSSFWorkbook book) {
        return IntStream.range(0, book.getNumberOfSheets()).mapToObj(book::getSheetAt).toList();
    }

    private static List<XSSFSheet> dataSheets(XSSFWorkbook book) {
        return allSheets(book).stream().filter(s -> !s.getSheetName().equals("Summary")).toList();
    }

    private static List<String> headers(XSSFSheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
        return headers;
    }

    private static Cell cell(XSSFSheet sheet, int row, String header) {
        int column = headers(sheet).indexOf(header);
        assertThat(column).as(header).isNotNegative();
        return sheet.getRow(row).getCell(column, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
    }

    private static List<String> texts(XSSFSheet sheet) {
        List<String> texts = new ArrayList<>();
        sheet.forEach(row -> row.forEach(c -> {
            if (c.getCellType() == CellType.STRING) {
                texts.add(c.getStringCellValue());
            }
        }));
        return texts;
    }

    /** The absolute range, on {@code sheet}, of column {@code column} from the cell holding {@code first} to {@code last}. */
    private static String rangeOf(XSSFSheet sheet, String first, String last, int column) {
        int from = -1;
        int to = -1;
        for (Row row : sheet) {
            Cell c = row.getCell(column);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(first) && from < 0) {
                from = row.getRowNum();
            }
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(last)) {
                to = row.getRowNum();
            }
        }
        return new CellRangeAddress(from, to, column, column).formatAsString(sheet.getSheetName(), true);
    }
}
