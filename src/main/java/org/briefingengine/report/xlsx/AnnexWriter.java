package org.briefingengine.report.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.briefingengine.report.BriefingReport;

/**
 * Writes the Excel annex analysts filter: Summary, Conditions, Evidence, Citations, Mechanism × week, Documents,
 * Rejected and Run info, in that order. Evidence and citations are streamed (SXSSF), so a million citation rows
 * fit in a 256 MB heap; a streamed table longer than an Excel sheet continues on "Citations (2)" and so on, placed
 * right after the first, and the Summary notes it. Every data sheet is an Excel table with a frozen header row.
 */
public class AnnexWriter {

    /** Rows an Excel sheet holds below its header row. */
    static final int EXCEL_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    private final int maxDataRows;

    public AnnexWriter() {
        this(EXCEL_DATA_ROWS);
    }

    /** A writer that starts a continuation sheet after {@code maxDataRows} rows (tests use a small number). */
    AnnexWriter(int maxDataRows) {
        this.maxDataRows = maxDataRows;
    }

    public void write(BriefingReport report, Path xlsx) throws IOException {
        SpillFolder.use(() -> writeBook(report, xlsx));
    }

    private void writeBook(BriefingReport report, Path xlsx) throws IOException {
        try (AnnexBook book = new AnnexBook(maxDataRows)) {
            SummarySheet summary = new SummarySheet(book);
            ConditionsSheet.write(book, report.conditions());
            List<List<String>> sheets = new ArrayList<>();
            sheets.add(EvidenceSheet.write(book, report.evidence()));
            sheets.add(CitationsSheet.write(book, report.citations()));
            MechanismWeekSheet.write(book, report.mechanisms(), report.mechanismWeeks());
            DocumentsSheet.write(book, report.documents());
            RejectedSheet.write(book, report.rejected());
            RunInfoSheet.write(book, report.run());
            summary.write(report, sheets.stream().filter(names -> names.size() > 1).toList());
            book.save(xlsx);
        }
    }
}
