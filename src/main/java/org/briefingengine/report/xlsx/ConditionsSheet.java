package org.briefingengine.report.xlsx;

import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.briefingengine.assessment.ConditionAssessment;
import org.briefingengine.assessment.Status;

/**
 * One row per rubric condition. The last three columns are the analyst's review, laid out like the review CSV
 * ({@code condition,status,note,reviewer}): status_override (a drop-down of the statuses), review_note and
 * reviewer, pre-filled with the review in force. The note appears only there, because an Excel table cannot
 * have two columns of the same name.
 */
final class ConditionsSheet {

    static final String NAME = "Conditions";
    private static final int STATUS_OVERRIDE = 10;
    private static final List<Column> COLUMNS = List.of(
            Column.of("rubric", 18), Column.of("condition", 28), Column.of("title", 40), Column.of("status", 14),
            Column.of("engine_status", 14), Column.of("reviewed", 10), Column.of("supporting", 12),
            Column.of("contradicting", 13), Column.of("documents", 11), Column.of("rationale", 60),
            Column.of("status_override", 16), Column.of("review_note", 40), Column.of("reviewer", 16));

    private ConditionsSheet() {
    }

    static void write(AnnexBook book, List<ConditionAssessment> conditions) {
        TableSheet table = book.table(NAME, "Conditions", COLUMNS);
        CellStyles styles = book.styles();
        for (ConditionAssessment c : conditions) {
            table.newRow()
                    .text(c.rubric()).text(c.condition()).wrapped(c.title()).text(c.status().name())
                    .text(c.engineStatus().name()).bool(c.reviewed()).number(c.supporting())
                    .number(c.contradicting()).number(c.documents()).wrapped(c.rationale())
                    .text(c.reviewed() ? c.status().name() : "", styles.input)
                    .text(c.reviewed() ? c.reviewNote() : "", styles.input)
                    .text(c.reviewed() ? c.reviewer() : "", styles.input);
        }
        addStatusDropDown(table.sheet(), Math.max(table.dataRows(), 1));
        table.finish();
    }

    private static void addStatusDropDown(SXSSFSheet sheet, int rows) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String[] statuses = Arrays.stream(Status.values()).map(Status::name).toArray(String[]::new);
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(statuses),
                new CellRangeAddressList(1, rows, STATUS_OVERRIDE, STATUS_OVERRIDE));
        validation.setEmptyCellAllowed(true);
        validation.setShowErrorBox(true);
        validation.createErrorBox("Unknown status", "Choose one of " + String.join(", ", statuses) + ", or leave empty.");
        validation.setShowPromptBox(true);
        validation.createPromptBox("Status override", "Your status for this condition; copy it with review_note "
                + "and reviewer into the job's review CSV.");
        sheet.addValidationData(validation);
    }
}
