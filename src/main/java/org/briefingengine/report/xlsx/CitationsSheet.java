package org.briefingengine.report.xlsx;

import java.util.List;

import org.briefingengine.citation.Citation;
import org.briefingengine.report.OfficialRecord;
import org.briefingengine.report.RowStream;

/**
 * Every citation, streamed (up to a million rows and more); rows beyond Excel's sheet limit continue on
 * "Citations (2)". The link column points at the source document's url when the manifest has one; a reference
 * that is a UN document symbol links to its official record ({@link OfficialRecord}). Both draw on the link cap.
 */
final class CitationsSheet {

    static final String NAME = "Citations";
    private static final List<Column> COLUMNS = List.of(
            Column.of("document", 30), Column.of("publisher", 24), Column.of("published", 12),
            Column.of("mechanism", 11), Column.of("family", 13), Column.of("reference", 22), Column.of("quote", 80),
            Column.of("start", 9), Column.of("end", 9), Column.of("note", 30), Column.of("link", 40));

    private CitationsSheet() {
    }

    /** Returns the names of the sheets written: "Citations", then any continuation sheets. */
    static List<String> write(AnnexBook book, RowStream<Citation> citations) {
        TableSeries series = book.series(NAME, "Citations", COLUMNS);
        citations.forEach(c -> series.newRow()
                .text(c.document()).text(c.publisher()).date(c.published()).text(c.mechanism()).text(c.family())
                .linked(c.reference(), OfficialRecord.url(c.reference()).orElse("")).wrapped(c.quote())
                .plainNumber(c.start()).plainNumber(c.end()).text(c.note())
                .link(c.url()));
        return series.finish();
    }
}
