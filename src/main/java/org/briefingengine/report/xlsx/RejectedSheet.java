package org.briefingengine.report.xlsx;

import java.util.List;

import org.briefingengine.report.BriefingReport.RejectedFile;

/** Every input file or manifest row that was not read, and why. */
final class RejectedSheet {

    static final String NAME = "Rejected";
    private static final List<Column> COLUMNS = List.of(Column.of("file", 40), Column.of("reason", 80));

    private RejectedSheet() {
    }

    static void write(AnnexBook book, List<RejectedFile> rejected) {
        TableSheet table = book.table(NAME, "Rejected", COLUMNS);
        rejected.forEach(r -> table.newRow().text(r.file()).wrapped(r.reason()));
        table.finish("None: every input file was read.");
    }
}
