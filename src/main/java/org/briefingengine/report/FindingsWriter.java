package org.briefingengine.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.briefingengine.assessment.ConditionAssessment;
import org.briefingengine.assessment.Status;
import org.briefingengine.report.BriefingReport.CorpusSummary;
import org.briefingengine.report.BriefingReport.FormalReference;
import org.briefingengine.report.BriefingReport.MechanismCount;
import org.briefingengine.report.BriefingReport.StatusChange;

/**
 * Writes the executive summary: three to six findings, each a plain sentence computed from the data, so that
 * the summary never says more than the tables behind it.
 */
public class FindingsWriter {

    public List<String> findings(List<ConditionAssessment> conditions, List<StatusChange> changes,
                                 List<MechanismCount> mechanisms, List<FormalReference> references,
                                 CorpusSummary corpus) {
        List<String> out = new ArrayList<>();
        out.add(statusLine(conditions));
        conditions.stream()
                .filter(c -> c.status() == Status.NOT_MET || c.status() == Status.CONTESTED)
                .max(Comparator.comparingInt(ConditionAssessment::documents))
                .ifPresent(c -> out.add("\u201c" + c.title() + "\u201d is " + label(c.status()).toLowerCase()
                        + ", per " + plural(c.documents(), "source") + (c.reviewed() ? " (set by analyst review)" : "") + "."));
        out.add(plural(corpus.inPeriod(), "document") + " published this week, of " + corpus.documents()
                + " in the corpus" + (corpus.undated() > 0 ? " (" + corpus.undated() + " undated)" : "") + ".");
        int weekTotal = mechanisms.stream().mapToInt(MechanismCount::thisWeek).sum();
        int cumulative = mechanisms.stream().mapToInt(MechanismCount::cumulative).sum();
        mechanisms.stream().filter(m -> m.thisWeek() > 0).max(Comparator.comparingInt(MechanismCount::thisWeek))
                .ifPresentOrElse(
                        top -> out.add(plural(weekTotal, "citation") + " of UN mechanisms this week (" + cumulative
                                + " in all); most cited: " + top.name() + " (" + top.thisWeek() + ")."),
                        () -> out.add("No UN mechanism was cited this week (" + plural(cumulative, "citation") + " in all)."));
        List<String> fresh = references.stream().filter(FormalReference::newThisWeek).map(FormalReference::reference).toList();
        if (!fresh.isEmpty()) {
            out.add(plural(fresh.size(), "formal reference") + " cited for the first time this week: "
                    + String.join(", ", fresh.subList(0, Math.min(5, fresh.size()))) + (fresh.size() > 5 ? ", \u2026" : "") + ".");
        }
        if (!changes.isEmpty() && out.size() < 6) {
            out.add(plural(changes.size(), "condition") + " changed status since " + changes.get(0).previousWeek() + ": "
                    + changes.stream().limit(3).map(c -> c.title() + " (" + label(c.previous()) + " \u2192 " + label(c.current()) + ")")
                    .collect(Collectors.joining("; ")) + (changes.size() > 3 ? "; \u2026" : "") + ".");
        }
        return out.subList(0, Math.min(6, out.size()));
    }

    private static String statusLine(List<ConditionAssessment> conditions) {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        conditions.forEach(c -> counts.merge(c.status(), 1L, Long::sum));
        String parts = counts.entrySet().stream()
                .filter(e -> e.getKey() != Status.MET)
                .map(e -> e.getValue() + " " + label(e.getKey()).toLowerCase())
                .collect(Collectors.joining(", "));
        return counts.getOrDefault(Status.MET, 0L) + " of " + conditions.size() + " conditions met"
                + (parts.isEmpty() ? "" : "; " + parts) + ".";
    }

    /** The status as people read it: "partly met", "no evidence". */
    public static String label(Status status) {
        String s = status.name().replace('_', ' ');
        return s.charAt(0) + s.substring(1).toLowerCase();
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
