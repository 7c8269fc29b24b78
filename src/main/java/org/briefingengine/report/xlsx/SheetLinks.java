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
 * range hyperlink, so citations in document order (as the engine streams them) need about one hyperlink per
 * document rather than one per row. Only http and https addresses become links: a manifest url such as
 * {@code file:} or {@code javascript:} stays plain text.
 *
 * <p>POI holds every hyperlink in memory until the workbook is written, at about 3.5 KB each, so the sheets of
 * one workbook share a {@link Budget}; once it is spent, later rows keep their address as text only. That keeps
 * rows arriving in no particular order within the heap, and below Excel's limit of 65,530 links per sheet.
 */
final class SheetLinks {

    /** Hyperlinks per workbook: about 35 MB of heap at most. */
    static final int BUDGET = 10_000;

    private final XSSFSheet sheet;
    private final Budget budget;
    private String address;
    private int column;
    private int firstRow;
    private int lastRow;

    SheetLinks(XSSFSheet sheet, Budget budget) {
        this.sheet = sheet;
        this.budget = budget;
    }

    /**
     * Links the cell at {@code row}, {@code column} to {@code url}; returns false, leaving it unlinked, when
     * {@code url} is not a web address or the budget is spent.
     */
    boolean add(int row, int column, String url) {
        if (url.equals(address) && column == this.column && row == lastRow + 1) {
            lastRow = row;
            return true;
        }
        flush();
        if (!isWebAddress(url) || !budget.take()) {
            return false;
        }
        address = url;
        this.column = column;
        firstRow = row;
        lastRow = row;
        return true;
    }

    /** Writes the pending range link; call once the sheet's last row is written. */
    void flush() {
        if (address != null) {
            XSSFHyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.URL);
            link.setAddress(address);
            link.setCellReference(new CellRangeAddress(firstRow, lastRow, column, column).formatAsString());
            sheet.addHyperlink(link);
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

    /** How many hyperlinks the sheets of one workbook may still add. */
    static final class Budget {

        private int left;
        private boolean refused;

        Budget(int links) {
            this.left = links;
        }

        boolean take() {
            if (left == 0) {
                refused = true;
                return false;
            }
            left--;
            return true;
        }

        /** True once a link was refused. */
        boolean refused() {
            return refused;
        }
    }
}
