package org.briefingengine.report.xlsx;

import java.util.List;

import org.briefingengine.assessment.Evidence;
import org.briefingengine.report.RowStream;

/** Every evidence row, streamed; the link column points at the source document's url when the manifest has one. */
final class EvidenceSheet {

    static final String NAME = "Evidence";
    private static final List<Column> COLUMNS = List.of(
            Column.of("rubric", 18), Column.of("condition", 28), Column.of("stance", 12), Column.of("document", 30),
            Column.of("publisher", 24), Column.of("published", 12), Column.of("quote", 80), Column.of("start", 9),
            Column.of("end", 9), Column.of("source_type", 13), Column.of("qualifier", 11), Column.of("rule", 24),
            Column.of("link", 40), Column.of("speaker", 24));

    private EvidenceSheet() {
    }

    /** Returns the names of the sheets written: "Evidence", then any continuation sheets. */
    static List<String> write(AnnexBook book, RowStream<Evidence> evidence) {
        TableSeries series = book.series(NAME, "Evidence", COLUMNS);
        evidence.forEach(e -> series.newRow()
                .text(e.rubric()).text(e.condition()).text(e.stance().label()).text(e.document())
                .text(e.publisher()).date(e.published()).wrapped(e.quote()).plainNumber(e.start()).plainNumber(e.end())
                .text(e.sourceType()).text(e.qualifier()).text(e.rule()).link(e.url()).text(e.speaker()));
        return series.finish();
    }
}
