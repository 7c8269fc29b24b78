package org.briefingengine.report.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.briefingengine.report.BriefingReport.MechanismCount;
import org.briefingengine.report.BriefingReport.MechanismWeek;

/**
 * Citations per mechanism (rows, in catalogue order) and ISO week (columns, oldest first), with a total per
 * mechanism. Counts are numbers; the total is a value, not a formula.
 */
final class MechanismWeekSheet {

    static final String NAME = "Mechanism × week";

    private MechanismWeekSheet() {
    }

    static void write(AnnexBook book, List<MechanismCount> mechanisms, List<MechanismWeek> mechanismWeeks) {
        Set<String> rows = new LinkedHashSet<>();
        mechanisms.forEach(m -> rows.add(m.mechanism()));
        Set<String> weeks = new TreeSet<>();
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (MechanismWeek mw : mechanismWeeks) {
            rows.add(mw.mechanism());
            weeks.add(mw.week());
            counts.computeIfAbsent(mw.mechanism(), k -> new HashMap<>()).merge(mw.week(), mw.count(), Integer::sum);
        }
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of("mechanism", 12));
        weeks.forEach(week -> columns.add(Column.of(week, 10)));
        columns.add(Column.of("total", 10));

        TableSheet table = book.table(NAME, "MechanismWeek", columns);
        for (String mechanism : rows) {
            Map<String, Integer> perWeek = counts.getOrDefault(mechanism, Map.of());
            RowWriter row = table.newRow().text(mechanism);
            weeks.forEach(week -> row.number(perWeek.getOrDefault(week, 0)));
            row.number(perWeek.values().stream().mapToLong(Integer::longValue).sum());
        }
        table.finish();
    }
}
