package org.briefingengine.report.xlsx;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The streaming workbook behind one annex: POI's SXSSF keeps {@value #WINDOW} rows per sheet in memory and
 * spills the rest to temporary files, which {@link #close()} deletes. Create, fill and save it inside
 * {@link SpillFolder#use}, so that those files go to the annex's own folder.
 */
final class AnnexBook implements AutoCloseable {

    static final int WINDOW = 100;

    private final SXSSFWorkbook workbook;
    private final CellStyles styles;
    private final int maxDataRows;
    private final SheetLinks.Budget linkBudget = new SheetLinks.Budget(SheetLinks.BUDGET);

    AnnexBook(int maxDataRows) {
        this.workbook = new SXSSFWorkbook(WINDOW);
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
                write(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * Writes the workbook to {@code out}. When {@code out} fails (a full disk), that error is thrown: POI finishes
     * its zip in a {@code finally}, which would otherwise replace it with "unclosed entries".
     */
    void write(OutputStream out) throws IOException {
        FirstFailure guarded = new FirstFailure(out);
        try {
            workbook.write(guarded);
        } catch (IOException | RuntimeException e) {
            IOException first = guarded.failure;
            if (first == null || first == e) {
                throw e;
            }
            first.addSuppressed(e);
            throw first;
        }
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    /** Remembers the first error of the stream it wraps. */
    private static final class FirstFailure extends FilterOutputStream {

        IOException failure;

        FirstFailure(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        /** Leaves {@code out} open: its owner closes it. */
        @Override
        public void close() throws IOException {
            flush();
        }

        private IOException remember(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
