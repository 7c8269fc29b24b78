package org.briefingengine.report.xlsx;

import java.util.List;

import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * A streamed sheet holding one Excel table: a styled header row that stays frozen, explicit column widths, and,
 * once the last row is written, an Excel table (with filter buttons) over header and data.
 *
 * <p>The table is created on the underlying {@link XSSFSheet}, whose rows SXSSF has streamed to disk, so its
 * column names are set here rather than read back from the header cells.
 */
final class TableSheet {

    private static final String TABLE_STYLE = "TableStyleLight1";

    private final SXSSFSheet sheet;
    private final XSSFSheet xssfSheet;
    private final CellStyles styles;
    private final String tableName;
    private final List<Column> columns;
    private final SheetLinks links;
    private int dataRows;

    TableSheet(AnnexBook book, String sheetName, String tableName, List<Column> columns) {
        this.sheet = book.workbook().createSheet(sheetName);
        this.xssfSheet = book.workbook().getXSSFWorkbook().getSheet(sheetName);
        this.styles = book.styles();
        this.tableName = tableName;
        this.columns = List.copyOf(columns);
        this.links = book.links(sheetName);
        RowWriter header = new RowWriter(sheet.createRow(0), styles, links);
        for (int i = 0; i < columns.size(); i++) {
            header.text(columns.get(i).header(), styles.header);
            sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
        }
        sheet.createFreezePane(0, 1);
        Printing.setUp(sheet);
    }

    /** The writer for the next data row. */
    RowWriter newRow() {
        dataRows++;
        return new RowWriter(sheet.createRow(dataRows), styles, links);
    }

    int dataRows() {
        return dataRows;
    }

    SXSSFSheet sheet() {
        return sheet;
    }

    /** As {@link #finish(String)} with a plain note for an empty sheet. */
    void finish() {
        finish("None.");
    }

    /**
     * Writes the pending hyperlink and creates the table over the rows written. A sheet with no rows gets no
     * Excel table (a table needs a data row, which would show as an empty row), but {@code whenEmpty} below its
     * header.
     */
    void finish(String whenEmpty) {
        links.flush();
        if (dataRows == 0) {
            new RowWriter(sheet.createRow(1), styles, links).text(whenEmpty);
            return;
        }
        CellReference last = new CellReference(Math.max(dataRows, 1), columns.size() - 1);
        AreaReference area = new AreaReference(new CellReference(0, 0), last, sheet.getWorkbook().getSpreadsheetVersion());
        XSSFTable table = xssfSheet.createTable(area);
        table.setName(tableName);
        table.setDisplayName(tableName);
        for (int i = 0; i < columns.size(); i++) {
            table.getColumns().get(i).setName(RowWriter.cellText(columns.get(i).header()));
        }
        table.getCTTable().addNewAutoFilter().setRef(area.formatAsString());
        // Written straight into the table XML: XSSFTable.setStyleName would look the name up among POI's built-in
        // table styles, and the first lookup parses all of them (about half a second of every run).
        CTTableStyleInfo style = table.getCTTable().isSetTableStyleInfo() ? table.getCTTable().getTableStyleInfo()
                : table.getCTTable().addNewTableStyleInfo();
        style.setName(TABLE_STYLE);
        style.setShowRowStripes(true);
    }
}
