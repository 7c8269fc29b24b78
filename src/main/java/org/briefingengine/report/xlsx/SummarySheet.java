package org.briefingengine.report.xlsx;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.briefingengine.assessment.ConditionAssessment;
import org.briefingengine.assessment.Status;
import org.briefingengine.report.BriefingReport;
import org.briefingengine.report.BriefingReport.MechanismCount;
import org.briefingengine.report.BriefingReport.StatusChange;

/**
 * The first sheet: period, findings, conditions per status, status changes since last week, citations per
 * mechanism with a native bar chart beside them, and notes (continuation sheets, how to review). The sheet is
 * created first, so it comes first, and written last, once the streamed sheets know whether they continued.
 */
final class SummarySheet {

    static final String NAME = "Summary";
    static final String THIS_WEEK = "this week";
    static final String CUMULATIVE = "cumulative";
    private static final int[] WIDTHS = {30, 14, 44, 14, 14, 14};
    /** Characters per line of a finding spread over columns A to F, to size its row. */
    private static final int FINDING_LINE = 120;
    private static final int CHART_COLUMN = 7;

    private final AnnexBook book;
    private final SXSSFSheet sheet;
    private final SheetLinks links;
    private int nextRow;

    SummarySheet(AnnexBook book) {
        this.book = book;
        this.sheet = book.workbook().createSheet(NAME);
        this.links = book.links(NAME);
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        Printing.setUp(sheet);
    }

    /**
     * @param continued for each streamed table that outgrew its sheet, the names of all its sheets
     */
    void write(BriefingReport report, List<List<String>> continued) {
        BriefingReport.RunInfo run = report.run();
        row().text("Weekly briefing annex: " + run.week(), book.styles().title);
        row().text("Rubric").text(run.rubricTitle());
        row().text("Period").date(run.periodStart()).text("to").date(run.periodEnd());
        findings(report.findings());
        statusCounts(report.conditions());
        changes(report.changes());
        mechanisms(report.mechanisms());
        notes(continued);
    }

    private void findings(List<String> findings) {
        heading("Findings");
        for (String finding : findings) {
            Row current = sheet.createRow(nextRow++);
            writer(current).wrapped(finding);
            sheet.addMergedRegion(new CellRangeAddress(current.getRowNum(), current.getRowNum(), 0, WIDTHS.length - 1));
            current.setHeightInPoints(15f * (1 + finding.length() / FINDING_LINE));
        }
    }

    private void statusCounts(List<ConditionAssessment> conditions) {
        heading("Conditions by status");
        header("status", "conditions");
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        conditions.forEach(c -> counts.merge(c.status(), 1, Integer::sum));
        for (Status status : Status.values()) {
            row().text(status.name()).number(counts.getOrDefault(status, 0));
        }
        row().text("total").number(conditions.size());
        row().text("reviewed by an analyst").number(conditions.stream().filter(ConditionAssessment::reviewed).count());
    }

    private void changes(List<StatusChange> changes) {
        heading("Status changes since last week");
        if (changes.isEmpty()) {
            row().text("None (or no earlier run to compare with).");
            return;
        }
        header("condition", "since", "title", "was", "now");
        for (StatusChange c : changes) {
            row().text(c.condition()).text(c.previousWeek()).wrapped(c.title()).text(c.previous().name())
                    .text(c.current().name());
        }
    }

    private void mechanisms(List<MechanismCount> mechanisms) {
        heading("Citations per mechanism");
        if (mechanisms.isEmpty()) {
            row().text("No mechanism is cited up to the end of the period.");
            return;
        }
        int chartTop = nextRow;
        header("mechanism", "family", "name", THIS_WEEK, CUMULATIVE);
        int firstRow = nextRow;
        for (MechanismCount m : mechanisms) {
            row().text(m.mechanism()).text(m.family()).text(m.name()).number(m.thisWeek()).number(m.cumulative());
        }
        int[] anchor = {CHART_COLUMN, chartTop, CHART_COLUMN + 10, chartTop + Math.max(20, mechanisms.size() + 2)};
        MechanismChart.draw(book.workbook().getXSSFWorkbook().getSheet(NAME), mechanisms, firstRow, anchor);
    }

    private void notes(List<List<String>> continued) {
        heading("Notes");
        for (List<String> sheets : continued) {
            row().text(sheets.get(0) + " continues on " + String.join(", ", sheets.subList(1, sheets.size()))
                    + ": an Excel sheet holds at most " + String.format("%,d", book.maxDataRows()) + " rows.");
        }
        if (book.linksSpent()) {
            row().text("Only the first " + String.format("%,d", SheetLinks.BUDGET) + " runs of rows are linked to"
                    + " their source; later rows show the address as text.");
        }
        row().text("To override a status, fill status_override, review_note and reviewer on the Conditions sheet,"
                + " then copy condition, status_override, review_note and reviewer into the job's review CSV"
                + " (columns condition,status,note,reviewer).");
        row().text("Text from documents is shown as text: a value that a spreadsheet could read as a formula"
                + " (starting with =, +, -, @) is prefixed with an apostrophe.");
    }

    private void heading(String text) {
        nextRow++;
        row().text(text, book.styles().header);
    }

    private void header(String... names) {
        RowWriter row = row();
        for (String name : names) {
            row.text(name, book.styles().header);
        }
    }

    private RowWriter row() {
        return writer(sheet.createRow(nextRow++));
    }

    private RowWriter writer(Row row) {
        return new RowWriter(row, book.styles(), links);
    }
}
