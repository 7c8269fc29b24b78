package org.briefingengine.report;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.briefingengine.assessment.ConditionAssessment;
import org.briefingengine.assessment.Evidence;
import org.briefingengine.assessment.Rubric;
import org.briefingengine.citation.Mechanism;
import org.briefingengine.citation.MechanismCatalogue;
import org.briefingengine.report.BriefingReport.CorpusSummary;
import org.briefingengine.report.BriefingReport.DocumentRow;
import org.briefingengine.report.BriefingReport.FormalReference;
import org.briefingengine.report.BriefingReport.MechanismCount;
import org.briefingengine.report.BriefingReport.RejectedFile;
import org.briefingengine.report.BriefingReport.RunInfo;
import org.briefingengine.report.BriefingReport.StatusChange;
import org.briefingengine.report.ReportReadModel.MechanismCounts;
import org.briefingengine.report.ReportReadModel.MechanismTally;
import org.briefingengine.week.IsoWeek;
import org.springframework.stereotype.Component;

/** Assembles the {@link BriefingReport} of one run from the database, through the {@link ReportReadModel}. */
@Component
public class BriefingReportAssembler {

    private final ReportReadModel read;
    private final FindingsWriter findings;

    public BriefingReportAssembler(ReportReadModel read) {
        this.read = read;
        this.findings = new FindingsWriter();
    }

    /** What the report step needs to know about the run. */
    public record ReportRequest(String job, IsoWeek week, String inputDir, Rubric rubric, MechanismCatalogue catalogue,
                                long runId, OffsetDateTime generatedAt) {
    }

    public BriefingReport assemble(ReportRequest request) {
        IsoWeek week = request.week();
        Rubric rubric = request.rubric();
        List<ConditionAssessment> conditions = read.assessments(request.runId());
        Map<String, List<Evidence>> keyQuotes = keyQuotes(request.runId(), conditions);
        MechanismCounts counts = read.counts(week.start(), week.end());
        List<MechanismCount> mechanisms = mechanismCounts(request.catalogue(), counts.tally());
        List<FormalReference> references = read.references(week.start(), week.end());
        RowStream<DocumentRow> documentRows = action -> read.forEachDocumentRow(week.start(), week.end(),
                request.runId(), action);
        CorpusSummary corpus = CorpusSummary.of(documentRows, BriefingReport.quotedDocuments(keyQuotes),
                CorpusSummary.MAX_SOURCES);
        List<StatusChange> changes = changes(rubric, week, conditions);
        RunInfo run = new RunInfo(request.job(), week.toString(), week.start(), week.end(), request.generatedAt(),
                request.inputDir(), rubric.id(), rubric.title(), read.corpusFingerprint(), rubric.fingerprint(),
                request.runId());
        List<RejectedFile> rejected = read.rejected(request.runId());
        return new BriefingReport(run, findings.findings(conditions, changes, mechanisms, references, corpus, rejected),
                conditions, changes, keyQuotes, mechanisms, counts.weeks(), references, corpus,
                documentRows, rejected,
                action -> read.forEachEvidence(rubric.id(), week.end(), action),
                action -> read.forEachCitation(week.end(), action));
    }

    /** Per condition, in rubric order, the strongest quotes the assess step of this run chose. */
    private Map<String, List<Evidence>> keyQuotes(long runId, List<ConditionAssessment> conditions) {
        Map<String, List<Evidence>> stored = read.keyQuotes(runId);
        Map<String, List<Evidence>> keyQuotes = new LinkedHashMap<>();
        conditions.forEach(c -> keyQuotes.put(c.condition(), stored.getOrDefault(c.condition(), List.of())));
        return keyQuotes;
    }

    /** One row per catalogue mechanism, in catalogue order, then any code the catalogue no longer lists. */
    private static List<MechanismCount> mechanismCounts(MechanismCatalogue catalogue, List<MechanismTally> tallies) {
        Map<String, MechanismTally> byCode = tallies.stream()
                .collect(Collectors.toMap(MechanismTally::mechanism, Function.identity()));
        List<MechanismCount> out = new ArrayList<>();
        for (Mechanism m : catalogue.mechanisms()) {
            MechanismTally t = byCode.remove(m.code());
            out.add(new MechanismCount(m.code(), m.family(), m.name(), t == null ? 0 : t.inPeriod(),
                    t == null ? 0 : t.cumulative(), t == null ? 0 : t.undated()));
        }
        byCode.values().forEach(t -> out.add(new MechanismCount(t.mechanism(), "", t.mechanism(), t.inPeriod(), t.cumulative(),
                t.undated())));
        return out;
    }

    /** Conditions whose status differs from the latest run of an earlier week with the same rubric. */
    private List<StatusChange> changes(Rubric rubric, IsoWeek week, List<ConditionAssessment> current) {
        return read.previousRun(rubric.id(), week.toString()).map(previous -> {
            Map<String, ConditionAssessment> before = read.assessments(previous.runId()).stream()
                    .collect(Collectors.toMap(ConditionAssessment::condition, Function.identity()));
            List<StatusChange> out = new ArrayList<>();
            for (ConditionAssessment now : current) {
                ConditionAssessment then = before.get(now.condition());
                if (then != null && then.status() != now.status()) {
                    out.add(new StatusChange(now.condition(), now.title(), previous.week(), then.status(), now.status()));
                }
            }
            return out;
        }).orElse(List.of());
    }
}
