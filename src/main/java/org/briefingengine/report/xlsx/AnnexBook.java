package org.briefingengine.report.xlsx;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * The streaming workbook behind one annex: SXSSF keeps {@value #WINDOW} rows per sheet in memory and spills the
 * rest to gzip-compressed temporary files, which {@link #close()} deletes.
 */
final class AnnexBook implements AutoCloseable {

    static final int WINDOW = 100;

    /**
     * The annex's own deflate level. Compressing the sheet XML is most of what writing the zip costs; level 5
     * instead of the default 6 takes about a quarter less time for a file about 1.5% larger (measured on the
     * 10,000-document annex; level 1 was tried and dropped: 26% larger).
     */
    static final int ZIP_LEVEL = 5;

    private final SXSSFWorkbook workbook;
    private final CellStyles styles;
    private final int maxDataRows;
    private final SheetLinks.Budget linkBudget = new SheetLinks.Budget(SheetLinks.BUDGET);

    AnnexBook(int maxDataRows) {
        this.workbook = new SXSSFWorkbook(WINDOW) {
            @Override
            protected SheetDataWriter createSheetDataWriter() throws IOException {
                return new FastGzipSheetDataWriter(_sharedStringSource);
            }

            @Override
            protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
                ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
                zip.setLevel(ZIP_LEVEL);
                return zip;
            }
        };
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

    /**
     * Spills rows to gzip files at the fastest level (a temporary file is written once, read once and deleted, so
     * the default level spent CPU on bytes nobody keeps), through a buffer that takes no lock per character.
     */
    private static final class FastGzipSheetDataWriter extends GZIPSheetDataWriter {

        FastGzipSheetDataWriter(SharedStringsTable sharedStrings) throws IOException {
            super(sharedStrings);
        }

        /** Called from the superclass constructor: uses no field of this class. */
        @Override
        public Writer createWriter(File file) throws IOException {
            FileOutputStream out = new FileOutputStream(file);
            try {
                return new UnsynchronizedBufferedWriter(
                        new OutputStreamWriter(decorateOutputStream(out), StandardCharsets.UTF_8), 64 * 1024);
            } catch (IOException | RuntimeException e) {
                out.close();
                throw e;
            }
        }

        @Override
        protected OutputStream decorateOutputStream(FileOutputStream file) throws IOException {
            return new GZIPOutputStream(file, 64 * 1024) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            };
        }
    }
}
