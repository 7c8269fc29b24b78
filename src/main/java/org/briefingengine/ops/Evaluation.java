package org.briefingengine.ops;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.briefingengine.assessment.ConditionAssessment;
import org.briefingengine.assessment.Rubric;
import org.briefingengine.assessment.RubricCondition;
import org.briefingengine.assessment.Status;

/**
 * The score of one {@code evaluate} run: each labelled row with the engine's status, and the engine's findings on
 * pairs nobody labelled (expected NO_EVIDENCE).
 */
public record Evaluation(String rubric, Path input, Path labels, List<Row> rows, List<Row> unlabelled,
                         List<String> conditions) {

    /** A labelled row (or an unlabelled finding, whose acceptable status is NO_EVIDENCE) and the engine's status. */
    public record Row(String document, String condition, List<Status> acceptable, String reason, Status engine,
                      String rationale) {

        public boolean agrees() {
            return acceptable.contains(engine);
        }

        /** The engine says MET where the label does not accept it. */
        public boolean wrongMet() {
            return engine == Status.MET && !acceptable.contains(Status.MET);
        }

        /** The engine found nothing where the label expects a finding. */
        public boolean miss() {
            return engine == Status.NO_EVIDENCE && !acceptable.contains(Status.NO_EVIDENCE);
        }
    }

    static Evaluation score(Rubric rubric, Path input, Path labels, List<EvaluateCommand.Label> gold,
                            Map<String, Map<String, ConditionAssessment>> judged, boolean wholeFolder) {
        List<Row> rows = new ArrayList<>();
        Set<String> labelled = new HashSet<>();
        for (EvaluateCommand.Label l : gold) {
            ConditionAssessment a = judged.get(l.document()).get(l.condition());
            rows.add(new Row(l.document(), l.condition(), l.acceptable(), l.reason(), a.engineStatus(), a.rationale()));
            labelled.add(l.document() + "\u0000" + l.condition());
        }
        List<Row> unlabelled = new ArrayList<>();
        Set<String> perFile = new HashSet<>();
        gold.stream().map(EvaluateCommand.Label::document).filter(d -> !d.equals(EvaluateCommand.WHOLE_FOLDER))
                .forEach(perFile::add);
        judged.forEach((document, statuses) -> {
            // A folder labelled only as a whole ('*') says nothing about its files one by one.
            boolean scored = document.equals(EvaluateCommand.WHOLE_FOLDER) ? wholeFolder : !perFile.isEmpty();
            if (!scored) {
                return;
            }
            statuses.forEach((condition, a) -> {
                if (a.engineStatus() != Status.NO_EVIDENCE && !labelled.contains(document + "\u0000" + condition)) {
                    unlabelled.add(new Row(document, condition, List.of(Status.NO_EVIDENCE), "(no label)",
                            a.engineStatus(), a.rationale()));
                }
            });
        });
        return new Evaluation(rubric.id(), input, labels, rows, unlabelled,
                rubric.conditions().stream().map(RubricCondition::id).toList());
    }

    public long agreeing() {
        return rows.stream().filter(Row::agrees).count();
    }

    /** Share of labelled rows whose engine status is acceptable, 0 when there are none. */
    public double agreement() {
        return rows.isEmpty() ? 0 : (double) agreeing() / rows.size();
    }

    /** Wrong METs on labelled rows and on unlabelled pairs. */
    public List<Row> wrongMets() {
        List<Row> out = new ArrayList<>(rows.stream().filter(Row::wrongMet).toList());
        out.addAll(unlabelled.stream().filter(Row::wrongMet).toList());
        return out;
    }

    public List<Row> misses() {
        return rows.stream().filter(Row::miss).toList();
    }

    void print(PrintStream out) {
        out.printf(Locale.ROOT, "evaluate: rubric %s, input %s, labels %s%n", rubric, input, labels);
        out.printf(Locale.ROOT, "%-30s %9s %7s %9s %6s %10s%n", "condition", "agree", "%", "wrong MET", "misses",
                "unlabelled");
        for (String c : conditions) {
            List<Row> of = rows.stream().filter(r -> r.condition().equals(c)).toList();
            List<Row> extra = unlabelled.stream().filter(r -> r.condition().equals(c)).toList();
            if (of.isEmpty() && extra.isEmpty()) {
                continue;
            }
            long ok = of.stream().filter(Row::agrees).count();
            out.printf(Locale.ROOT, "%-30s %9s %7s %9d %6d %10d%n", c, ok + "/" + of.size(), percent(ok, of.size()),
                    of.stream().filter(Row::wrongMet).count() + extra.stream().filter(Row::wrongMet).count(),
                    of.stream().filter(Row::miss).count(), extra.size());
        }
        out.printf(Locale.ROOT, "%-30s %9s %7s %9d %6d %10d%n", "overall", agreeing() + "/" + rows.size(),
                percent(agreeing(), rows.size()), wrongMets().size(), misses().size(), unlabelled.size());
        out.println();
        out.println("confusion (rows: the label's first status; columns: the engine's status)");
        Status[] statuses = Status.values();
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-12s", ""));
        for (Status s : statuses) {
            head.append(String.format(Locale.ROOT, "%12s", abbreviate(s)));
        }
        out.println(head);
        Map<Status, Map<Status, Integer>> table = new EnumMap<>(Status.class);
        for (Row r : rows) {
            table.computeIfAbsent(r.acceptable().get(0), k -> new EnumMap<>(Status.class)).merge(r.engine(), 1, Integer::sum);
        }
        for (Status label : statuses) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-12s", abbreviate(label)));
            for (Status engine : statuses) {
                line.append(String.format(Locale.ROOT, "%12d", table.getOrDefault(label, Map.of()).getOrDefault(engine, 0)));
            }
            out.println(line);
        }
        section(out, "wrong MET", wrongMets());
        section(out, "misses (engine NO_EVIDENCE, label expects a finding)", misses());
        section(out, "other disagreements", rows.stream().filter(r -> !r.agrees() && !r.wrongMet() && !r.miss()).toList());
        section(out, "findings on unlabelled pairs (expected NO_EVIDENCE)",
                unlabelled.stream().filter(r -> !r.wrongMet()).toList());
    }

    private static void section(PrintStream out, String title, List<Row> rows) {
        out.println();
        out.println(title + ": " + rows.size());
        Map<String, List<Row>> byDoc = new LinkedHashMap<>();
        rows.forEach(r -> byDoc.computeIfAbsent(r.document(), d -> new ArrayList<>()).add(r));
        byDoc.forEach((doc, of) -> of.forEach(r -> out.printf(Locale.ROOT, "  %s  %s: engine %s, acceptable %s%s%n    engine: %s%n",
                doc, r.condition(), r.engine(), String.join("|", r.acceptable().stream().map(Status::name).toList()),
                r.reason().isBlank() ? "" : " (" + r.reason() + ")", r.rationale())));
    }

    private static String abbreviate(Status s) {
        return s.name();
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f", 100.0 * part / whole);
    }
}
