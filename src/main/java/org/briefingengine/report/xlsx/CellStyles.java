package org.briefingengine.report.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles the annex uses, created once per workbook (Excel caps a workbook at 64,000 styles). */
final class CellStyles {

    final CellStyle header;
    final CellStyle title;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle integer;
    /** Integers without thousands separators: character offsets and ids, read as they are written. */
    final CellStyle plainInteger;
    final CellStyle date;
    final CellStyle dateTime;
    final CellStyle link;
    /** Cells an analyst is expected to fill in (the review columns). */
    final CellStyle input;

    CellStyles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 14);
        Font blueUnderlined = workbook.createFont();
        blueUnderlined.setUnderline(Font.U_SINGLE);
        blueUnderlined.setColor(IndexedColors.BLUE.getIndex());

        text = base(workbook);
        header = base(workbook);
        header.setFont(bold);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        title = base(workbook);
        title.setFont(large);
        wrapped = base(workbook);
        wrapped.setWrapText(true);
        integer = base(workbook);
        integer.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        plainInteger = base(workbook);
        plainInteger.setDataFormat(workbook.createDataFormat().getFormat("0"));
        date = base(workbook);
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        dateTime = base(workbook);
        dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        link = base(workbook);
        link.setFont(blueUnderlined);
        input = base(workbook);
        input.setWrapText(true);
        input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static CellStyle base(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }
}
