package org.briefingengine.report.xlsx;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The hyperlinks of one sheet. Consecutive rows that link to the same address from the same column share one
 * range hyperlink, so a sheet of citations ordered by document holds about one hyperlink per document rather than
 * one per row; POI keeps every hyperlink in memory until the workbook is written. Only http and https addresses
 * become links (a manifest url such as {@code file:} or {@code javascript:} stays plain text), and a sheet gets
 * at most {@value #MAX_LINKS} links, Excel's limit per worksheet; later rows keep their address as text.
 */
final class SheetLinks {

    static final int MAX_LINKS = 65_530;

    private final XSSFSheet sheet;
    private String address;
    private int column;
    private int firstRow;
    private int lastRow;
    private int count;

    SheetLinks(XSSFSheet sheet) {
        this.sheet = sheet;
    }

    /** Links the cell at {@code row}, {@code column} to {@code url} when it is a web address. */
    void add(int row, int column, String url) {
        if (url.equals(address) && column == this.column && row == lastRow + 1) {
            lastRow = row;
            return;
        }
        flush();
        if (isWebAddress(url)) {
            address = url;
            this.column = column;
            firstRow = row;
            lastRow = row;
        }
    }

    /** Writes the pending range link; call once the sheet's last row is written. */
    void flush() {
        if (address != null && count < MAX_LINKS) {
            XSSFHyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.URL);
            link.setAddress(address);
            link.setCellReference(new CellRangeAddress(firstRow, lastRow, column, column).formatAsString());
            sheet.addHyperlink(link);
            count++;
        }
        address = null;
    }

    static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
