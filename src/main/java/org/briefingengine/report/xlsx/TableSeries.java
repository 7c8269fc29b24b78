package org.briefingengine.report.xlsx;

import java.util.ArrayList;
import java.util.List;

/**
 * A streamed table that may outgrow one sheet: when a sheet holds {@code maxDataRows} rows (Excel's limit is
 * 1,048,575 below the header), the rows continue on "Name (2)", "Name (3)" and so on, each with its own header,
 * table and frozen pane. Continuation sheets sit right after the first because sheets are created in order.
 */
final class TableSeries {

    private final AnnexBook book;
    private final String sheetName;
    private final String tableName;
    private final List<Column> columns;
    private final List<String> sheetNames = new ArrayList<>();
    private TableSheet current;

    TableSeries(AnnexBook book, String sheetName, String tableName, List<Column> columns) {
        this.book = book;
        this.sheetName = sheetName;
        this.tableName = tableName;
        this.columns = columns;
        this.current = open();
    }

    RowWriter newRow() {
        if (current.dataRows() == book.maxDataRows()) {
            current.finish();
            current = open();
        }
        return current.newRow();
    }

    /** Finishes the last sheet and returns the names of every sheet written, the first one first. */
    List<String> finish() {
        current.finish();
        return List.copyOf(sheetNames);
    }

    private TableSheet open() {
        int number = sheetNames.size() + 1;
        String name = number == 1 ? sheetName : sheetName + " (" + number + ")";
        sheetNames.add(name);
        return book.table(name, number == 1 ? tableName : tableName + number, columns);
    }
}
