package org.briefingengine.report.xlsx;

import java.time.ZoneOffset;
import java.util.List;

import org.briefingengine.report.BriefingReport.RunInfo;

/** What produced the annex, so that a briefing can be reproduced: job, period, inputs and their fingerprints. */
final class RunInfoSheet {

    static final String NAME = "Run info";
    private static final List<Column> COLUMNS = List.of(Column.of("field", 24), Column.of("value", 70));

    private RunInfoSheet() {
    }

    static void write(AnnexBook book, RunInfo run) {
        TableSheet table = book.table(NAME, "RunInfo", COLUMNS);
        table.newRow().text("job").text(run.job());
        table.newRow().text("week").text(run.week());
        table.newRow().text("period start").date(run.periodStart());
        table.newRow().text("period end").date(run.periodEnd());
        table.newRow().text("generated at (UTC)").dateTime(run.generatedAt() == null ? null
                : run.generatedAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
        table.newRow().text("input").text(run.inputDir());
        table.newRow().text("rubric").text(run.rubricId());
        table.newRow().text("rubric title").text(run.rubricTitle());
        table.newRow().text("corpus fingerprint").text(run.corpusFingerprint());
        table.newRow().text("rubric fingerprint").text(run.rubricFingerprint());
        table.newRow().text("execution id").plainNumber(run.jobExecutionId());
        table.finish();
    }
}
