package org.briefingengine.report.xlsx;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

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
    /** Per column, the run of rows linking to one address that is still being extended. */
    private final Map<Integer, Run> pending = new TreeMap<>();

    private static final class Run {
        final String address;
        final int firstRow;
        int lastRow;

        Run(String address, int row) {
            this.address = address;
            this.firstRow = row;
            this.lastRow = row;
        }
    }

    SheetLinks(XSSFSheet sheet, Budget budget) {
        this.sheet = sheet;
        this.budget = budget;
    }

    /**
     * Links the cell at {@code row}, {@code column} to {@code url}; returns false, leaving it unlinked, when
     * {@code url} is not a web address or the budget is spent. Each column has its own run, so a row may link
     * from two columns (a reference to its record, the source to its url) and both still share ranges.
     */
    boolean add(int row, int column, String url) {
        Run run = pending.get(column);
        if (run != null && url.equals(run.address) && row == run.lastRow + 1) {
            run.lastRow = row;
            return true;
        }
        if (run != null) {
            write(column, pending.remove(column));
        }
        if (!isWebAddress(url) || !budget.take()) {
            return false;
        }
        pending.put(column, new Run(url, row));
        return true;
    }

    /** Writes the pending range links; call once the sheet's last row is written. */
    void flush() {
        pending.forEach(this::write);
        pending.clear();
    }

    private void write(int column, Run run) {
        XSSFHyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.URL);
        link.setAddress(run.address);
        link.setCellReference(new CellRangeAddress(run.firstRow, run.lastRow, column, column).formatAsString());
        sheet.addHyperlink(link);
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
