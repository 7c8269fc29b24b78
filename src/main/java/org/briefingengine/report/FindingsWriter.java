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
import org.briefingengine.report.BriefingReport.RejectedFile;
import org.briefingengine.report.BriefingReport.StatusChange;

/**
 * Writes the executive summary: three to six findings, each a plain sentence computed from the data, so that
 * the summary never says more than the tables behind it.
 */
public class FindingsWriter {

    /** Files whose names and reasons the summary prints when files were rejected. */
    static final int REJECTED_NAMED = 3;

    public List<String> findings(List<ConditionAssessment> conditions, List<StatusChange> changes,
                                 List<MechanismCount> mechanisms, List<FormalReference> references,
                                 CorpusSummary corpus) {
        return findings(conditions, changes, mechanisms, references, corpus, List.of());
    }

    /**
     * The findings, in this order: statuses, the weightiest unmet condition, the corpus (files and compilation
     * parts), files not read, citations of mechanisms (UN offices and officials apart), new formal references,
     * status changes; at most six.
     */
    public List<String> findings(List<ConditionAssessment> conditions, List<StatusChange> changes,
                                 List<MechanismCount> mechanisms, List<FormalReference> references,
                                 CorpusSummary corpus, List<RejectedFile> rejected) {
        List<String> out = new ArrayList<>();
        out.add(statusLine(conditions));
        conditions.stream()
                .filter(c -> c.status() == Status.NOT_MET || c.status() == Status.CONTESTED)
                .max(Comparator.comparingInt(ConditionAssessment::documents))
                .ifPresent(c -> out.add("\u201c" + c.title() + "\u201d is " + label(c.status()).toLowerCase()
                        + ", per " + plural(c.documents(), "source") + (c.reviewed() ? " (set by analyst review)" : "") + "."));
        out.add(corpusLine(corpus));
        if (!rejected.isEmpty()) {
            out.add(rejectedLine(rejected));
        }
        out.add(mechanismLine(mechanisms));
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

    /** "4 documents published this week, of 7 in the corpus (5 files, 1 of them a compilation split into 3 parts)." */
    private static String corpusLine(CorpusSummary corpus) {
        List<String> notes = new ArrayList<>();
        if (corpus.parts() > 0) {
            notes.add(plural(corpus.files(), "file") + ", " + corpus.compilations() + " of them "
                    + (corpus.compilations() == 1 ? "a compilation" : "compilations") + " split into "
                    + plural(corpus.parts(), "part"));
        }
        if (corpus.undated() > 0) {
            notes.add(corpus.undated() + " undated");
        }
        return plural(corpus.inPeriod(), "document") + " published this week, of " + corpus.documents()
                + " in the corpus" + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")") + ".";
    }

    /** "2 files were not read: scan.pdf (no text layer), …; rejected.csv lists every one." */
    private static String rejectedLine(List<RejectedFile> rejected) {
        String named = rejected.stream().limit(REJECTED_NAMED).map(r -> r.file() + " (" + r.reason() + ")")
                .collect(Collectors.joining(", "));
        return plural(rejected.size(), "file") + (rejected.size() == 1 ? " was" : " were") + " not read: " + named
                + (rejected.size() > REJECTED_NAMED ? ", \u2026" : "") + "; rejected.csv and the annex list "
                + (rejected.size() == 1 ? "it" : "every one") + ".";
    }

    /**
     * Citations of UN human-rights mechanisms, naming the most cited; then UN offices, officials and agencies
     * (OHCHR, the Secretary-General), counted apart, so a visit by the High Commissioner does not make her own
     * Office the headline.
     */
    private static String mechanismLine(List<MechanismCount> counts) {
        List<MechanismCount> mechanisms = counts.stream().filter(m -> !m.office()).toList();
        List<MechanismCount> offices = counts.stream().filter(MechanismCount::office).toList();
        int weekTotal = mechanisms.stream().mapToInt(MechanismCount::thisWeek).sum();
        int cumulative = mechanisms.stream().mapToInt(MechanismCount::cumulative).sum();
        String line = mechanisms.stream().filter(m -> m.thisWeek() > 0)
                .max(Comparator.comparingInt(MechanismCount::thisWeek).thenComparingInt(MechanismCount::cumulative))
                .map(top -> plural(weekTotal, "citation") + " of UN human-rights mechanisms this week (" + cumulative
                        + " in all); most cited: " + top.name() + " (" + top.thisWeek() + ").")
                .orElse("No UN human-rights mechanism was cited this week (" + plural(cumulative, "citation")
                        + " in all).");
        int officesWeek = offices.stream().mapToInt(MechanismCount::thisWeek).sum();
        int officesAll = offices.stream().mapToInt(MechanismCount::cumulative).sum();
        if (officesAll > 0) {
            String most = offices.stream().max(Comparator.comparingInt(MechanismCount::thisWeek)
                            .thenComparingInt(MechanismCount::cumulative))
                    .map(MechanismCount::mechanism).orElse("");
            line += " UN offices, officials and agencies, counted apart: " + officesWeek + " this week ("
                    + officesAll + " in all), mostly " + most + ".";
        }
        return line;
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
