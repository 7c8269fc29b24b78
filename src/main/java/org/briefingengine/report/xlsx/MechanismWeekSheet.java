package org.briefingengine.report.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.briefingengine.report.BriefingReport.MechanismCount;
import org.briefingengine.report.BriefingReport.MechanismWeek;

/**
 * Citations per mechanism (rows, in catalogue order, with the catalogue family) and ISO week (columns, oldest
 * first), then the citations of undated documents, which have no week, and a total per mechanism. The total is
 * the Summary's cumulative count: every citation up to the end of the period is in exactly one column. Counts
 * are numbers; the total is a value, not a formula.
 */
final class MechanismWeekSheet {

    static final String NAME = "Mechanism \u00d7 week";
    static final String UNDATED = "undated";

    private MechanismWeekSheet() {
    }

    static void write(AnnexBook book, List<MechanismCount> mechanisms, List<MechanismWeek> mechanismWeeks) {
        Map<String, MechanismCount> rows = new LinkedHashMap<>();
        mechanisms.forEach(m -> rows.put(m.mechanism(), m));
        Set<String> weeks = new TreeSet<>();
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (MechanismWeek mw : mechanismWeeks) {
            rows.putIfAbsent(mw.mechanism(), new MechanismCount(mw.mechanism(), "", mw.mechanism(), 0, 0));
            weeks.add(mw.week());
            counts.computeIfAbsent(mw.mechanism(), k -> new HashMap<>()).merge(mw.week(), mw.count(), Integer::sum);
        }
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of("mechanism", 12));
        columns.add(Column.of("family", 13));
        weeks.forEach(week -> columns.add(Column.of(week, 10)));
        columns.add(Column.of(UNDATED, 10));
        columns.add(Column.of("total", 10));

        TableSheet table = book.table(NAME, "MechanismWeek", columns);
        for (MechanismCount m : rows.values()) {
            Map<String, Integer> perWeek = counts.getOrDefault(m.mechanism(), Map.of());
            RowWriter row = table.newRow().text(m.mechanism()).text(m.family());
            weeks.forEach(week -> row.number(perWeek.getOrDefault(week, 0)));
            row.number(m.undated());
            row.number(perWeek.values().stream().mapToLong(Integer::longValue).sum() + m.undated());
        }
        table.finish();
    }
}
