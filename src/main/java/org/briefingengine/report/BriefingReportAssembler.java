package org.briefingengine.report;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.briefingengine.assessment.AssessmentStore;
import org.briefingengine.assessment.ConditionAssessment;
import org.briefingengine.assessment.Evidence;
import org.briefingengine.assessment.Rubric;
import org.briefingengine.assessment.StatusAssessor;
import org.briefingengine.citation.CitationStore;
import org.briefingengine.citation.CitationStore.MechanismTally;
import org.briefingengine.citation.Mechanism;
import org.briefingengine.citation.MechanismCatalogue;
import org.briefingengine.corpus.DocumentStore;
import org.briefingengine.ops.IsoWeek;
import org.briefingengine.report.BriefingReport.DocumentRow;
import org.briefingengine.report.BriefingReport.FormalReference;
import org.briefingengine.report.BriefingReport.MechanismCount;
import org.briefingengine.report.BriefingReport.RunInfo;
import org.briefingengine.report.BriefingReport.StatusChange;
import org.springframework.stereotype.Component;

/** Assembles the {@link BriefingReport} of one run from the database. */
@Component
public class BriefingReportAssembler {

    /** How many quotes per condition the briefing shows. */
    static final int KEY_QUOTES = 3;

    private final DocumentStore documents;
    private final CitationStore citations;
    private final AssessmentStore assessments;
    private final StatusAssessor assessor;
    private final FindingsWriter findings;

    public BriefingReportAssembler(DocumentStore documents, CitationStore citations, AssessmentStore assessments) {
        this.documents = documents;
        this.citations = citations;
        this.assessments = assessments;
        this.assessor = new StatusAssessor();
        this.findings = new FindingsWriter();
    }

    /** What the report step needs to know about the run. */
    public record ReportRequest(String job, IsoWeek week, String inputDir, Rubric rubric, MechanismCatalogue catalogue,
                                long runId, OffsetDateTime generatedAt) {
    }

    public BriefingReport assemble(ReportRequest request) {
        IsoWeek week = request.week();
        Rubric rubric = request.rubric();
        List<ConditionAssessment> conditions = assessments.assessments(request.runId());
        Map<String, List<Evidence>> keyQuotes = new LinkedHashMap<>();
        for (ConditionAssessment c : conditions) {
            keyQuotes.put(c.condition(), assessor.keyQuotes(
                    assessments.evidence(rubric.id(), c.condition(), week.end()), KEY_QUOTES));
        }
        List<MechanismCount> mechanisms = mechanismCounts(request.catalogue(), citations.tally(week.start(), week.end()));
        List<FormalReference> references = citations.references(week.start(), week.end());
        List<DocumentRow> documentRows = documents.documentRows(week.start(), week.end());
        List<StatusChange> changes = changes(rubric, week, conditions);
        RunInfo run = new RunInfo(request.job(), week.toString(), week.start(), week.end(), request.generatedAt(),
                request.inputDir(), rubric.id(), rubric.title(), documents.corpusFingerprint(), rubric.fingerprint(),
                request.runId());
        return new BriefingReport(run, findings.findings(conditions, changes, mechanisms, references, documentRows),
                conditions, changes, keyQuotes, mechanisms, citations.weeks(week.end()), references, documentRows,
                documents.rejected(request.runId()),
                action -> assessments.forEachEvidence(rubric.id(), week.end(), action),
                action -> citations.forEachCitation(week.end(), action));
    }

    /** One row per catalogue mechanism, in catalogue order, then any code the catalogue no longer lists. */
    private static List<MechanismCount> mechanismCounts(MechanismCatalogue catalogue, List<MechanismTally> tallies) {
        Map<String, MechanismTally> byCode = tallies.stream()
                .collect(Collectors.toMap(MechanismTally::mechanism, Function.identity()));
        List<MechanismCount> out = new ArrayList<>();
        for (Mechanism m : catalogue.mechanisms()) {
            MechanismTally t = byCode.remove(m.code());
            out.add(new MechanismCount(m.code(), m.family(), m.name(), t == null ? 0 : t.inPeriod(),
                    t == null ? 0 : t.cumulative()));
        }
        byCode.values().forEach(t -> out.add(new MechanismCount(t.mechanism(), "", t.mechanism(), t.inPeriod(), t.cumulative())));
        return out;
    }

    /** Conditions whose status differs from the latest run of an earlier week with the same rubric. */
    private List<StatusChange> changes(Rubric rubric, IsoWeek week, List<ConditionAssessment> current) {
        return assessments.previousRun(rubric.id(), week.toString()).map(previous -> {
            Map<String, ConditionAssessment> before = assessments.assessments(previous.runId()).stream()
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
