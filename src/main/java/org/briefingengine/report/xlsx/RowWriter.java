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

    /** Text in a wrapping cell, for quotes and other long prose. */
    RowWriter wrapped(String value) {
        return text(value, styles.wrapped);
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
