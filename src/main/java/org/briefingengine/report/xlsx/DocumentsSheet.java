package org.briefingengine.report.xlsx;

import java.util.List;

import org.briefingengine.report.BriefingReport.DocumentRow;
import org.briefingengine.report.RowStream;

/** Every document read, with its status against the previous run and a link to its url. */
final class DocumentsSheet {

    static final String NAME = "Documents";
    private static final List<Column> COLUMNS = List.of(
            Column.of("document", 30), Column.of("part", 6), Column.of("title", 50), Column.of("publisher", 24),
            Column.of("published", 12), Column.of("source_type", 13), Column.of("characters", 12),
            Column.of("sha256", 20), Column.of("status", 11), Column.of("url", 40), Column.of("in_period", 10),
            Column.of("duplicate_of", 30), Column.of("language", 9));

    private DocumentsSheet() {
    }

    static void write(AnnexBook book, RowStream<DocumentRow> documents) {
        TableSheet table = book.table(NAME, "Documents", COLUMNS);
        documents.forEach(d -> table.newRow()
                .text(d.document()).number(d.part()).wrapped(d.title()).text(d.publisher()).date(d.published())
                .text(d.sourceType()).number(d.characters()).text(d.sha256()).text(d.status()).link(d.url())
                .bool(d.inPeriod()).text(d.duplicateOf()).text(d.language()));
        table.finish();
    }
}
