package org.briefingengine.report.xlsx;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.briefingengine.report.SpreadsheetSafety;

/**
 * Writes the cells of one row from left to right. This is the only place the annex creates cells: text goes
 * through {@link SpreadsheetSafety#neutralise} and {@code setCellValue(String)}, so no text ever becomes a
 * formula; numbers, dates and booleans get their own cell types.
 */
final class RowWriter {

    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final Row row;
    private final CellStyles styles;
    private final SheetLinks links;
    private int column;

    RowWriter(Row row, CellStyles styles, SheetLinks links) {
        this.row = row;
        this.styles = styles;
        this.links = links;
    }

    RowWriter text(String value) {
        return text(value, styles.text);
    }

    /** Line height of the default font (Calibri 11) in points, and Excel's highest row. */
    static final float LINE_POINTS = 15f;
    static final float MAX_ROW_POINTS = 409f;

    /**
     * Text in a wrapping cell, for quotes and other long prose. The row is made tall enough for the lines it
     * wraps to (estimated from the column's width): LibreOffice does not grow rows of a streamed sheet itself,
     * and shows the wrapped text of one row over the next.
     */
    RowWriter wrapped(String value) {
        String shown = cellText(value);
        int width = row.getSheet().getColumnWidth(column) / 256;
        next(styles.wrapped).setCellValue(shown);
        float height = Math.min(MAX_ROW_POINTS, LINE_POINTS * lines(shown, width) + 2);
        if (height > row.getHeightInPoints()) {
            row.setHeightInPoints(height);
        }
        return this;
    }

    /** Lines {@code text} wraps to in a column {@code width} characters wide, a little generously. */
    static int lines(String text, int width) {
        int perLine = Math.max(1, width - 2);
        int lines = 0;
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            lines += Math.max(1, (end - start + perLine - 1) / perLine);
            if (nl < 0 || lines * LINE_POINTS > MAX_ROW_POINTS) {
                break;
            }
            start = nl + 1;
        }
        return lines;
    }

    /** An integer shown as written, without thousands separators (offsets, ids). */
    RowWriter plainNumber(long value) {
        next(styles.plainInteger).setCellValue(value);
        return this;
    }

    /** {@code value} linked to {@code url} when it is a web address and the budget allows; else plain text. */
    RowWriter linked(String value, String url) {
        if (url == null || url.isBlank()) {
            return text(value);
        }
        boolean linked = links.add(row.getRowNum(), column, url);
        return text(value, linked ? styles.link : styles.text);
    }

    RowWriter text(String value, CellStyle style) {
        next(style).setCellValue(cellText(value));
        return this;
    }

    RowWriter number(long value) {
        next(styles.integer).setCellValue(value);
        return this;
    }

    /** A date cell, or an empty cell when {@code value} is null (an undated document). */
    RowWriter date(LocalDate value) {
        Cell cell = next(styles.date);
        if (value != null) {
            cell.setCellValue(value);
        }
        return this;
    }

    RowWriter dateTime(LocalDateTime value) {
        Cell cell = next(styles.dateTime);
        if (value != null) {
            cell.setCellValue(value);
        }
        return this;
    }

    RowWriter bool(boolean value) {
        next(styles.text).setCellValue(value);
        return this;
    }

    /** The address as text, linked when it is a web address and the workbook's link budget allows. */
    RowWriter link(String url) {
        if (url == null || url.isBlank()) {
            return skip();
        }
        boolean linked = links.add(row.getRowNum(), column, url);
        return text(url, linked ? styles.link : styles.text);
    }

    RowWriter skip() {
        column++;
        return this;
    }

    private Cell next(CellStyle style) {
        Cell cell = row.createCell(column++);
        cell.setCellStyle(style);
        return cell;
    }

    /** Neutralised and cut to Excel's 32,767 characters per cell, never splitting a surrogate pair. */
    static String cellText(String value) {
        String safe = SpreadsheetSafety.neutralise(value);
        if (safe.length() <= MAX_TEXT) {
            return safe;
        }
        int cut = MAX_TEXT - 1;
        if (Character.isHighSurrogate(safe.charAt(cut - 1))) {
            cut--;
        }
        return safe.substring(0, cut) + "…";
    }
}
