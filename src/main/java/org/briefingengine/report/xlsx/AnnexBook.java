package org.briefingengine.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The streaming workbook behind one annex: SXSSF keeps {@value #WINDOW} rows per sheet in memory and spills the
 * rest, deflated, to temporary files ({@link AnnexWorkbook}), which {@link #close()} deletes.
 */
final class AnnexBook implements AutoCloseable {

    static final int WINDOW = 100;

    private final SXSSFWorkbook workbook;
    private final CellStyles styles;
    private final int maxDataRows;
    private final SheetLinks.Budget linkBudget = new SheetLinks.Budget(SheetLinks.BUDGET);

    AnnexBook(int maxDataRows) {
        this.workbook = new AnnexWorkbook(WINDOW);
        this.styles = new CellStyles(workbook);
        this.maxDataRows = maxDataRows;
    }

    SXSSFWorkbook workbook() {
        return workbook;
    }

    CellStyles styles() {
        return styles;
    }

    /** Data rows per sheet before a streamed table continues on a new sheet. */
    int maxDataRows() {
        return maxDataRows;
    }

    TableSheet table(String sheetName, String tableName, List<Column> columns) {
        return new TableSheet(this, sheetName, tableName, columns);
    }

    /** True when some rows went unlinked because the workbook's hyperlink budget was spent. */
    boolean linksSpent() {
        return linkBudget.refused();
    }

    /** The hyperlinks of a sheet of this workbook, drawing on the workbook's budget. */
    SheetLinks links(String sheetName) {
        return new SheetLinks(workbook.getXSSFWorkbook().getSheet(sheetName), linkBudget);
    }

    TableSeries series(String sheetName, String tableName, List<Column> columns) {
        return new TableSeries(this, sheetName, tableName, columns);
    }

    /** Writes to a temporary file beside {@code xlsx} and moves it into place, so a failed run leaves no half file. */
    void save(Path xlsx) throws IOException {
        Path target = xlsx.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                workbook.write(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
