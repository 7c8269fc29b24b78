package org.briefingengine.assessment;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefingengine.corpus.DocumentStore;
import org.briefingengine.corpus.Rejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Assesses every rubric condition from the stored evidence up to the end of the period (streamed, one
 * condition at a time, into a {@link ConditionEvidence}), applies the analyst
 * review file, and records each newly applied override (who, when, what it replaced). The same pass keeps each
 * condition's strongest quotes ({@link KeyQuotes}) for the briefing, so the report step does not read the evidence
 * again to find them.
 */
public class AssessmentTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(AssessmentTasklet.class);

    private final AssessmentStore store;
    private final DocumentStore documents;
    private final StatusAssessor assessor;
    private final Rubric rubric;
    private final Path reviewFile;
    private final String reviewName;
    private final String week;
    private final LocalDate periodEnd;
    private final long runId;
    private final Clock clock;

    /**
     * @param reviewName how the review file is named in rejected.csv (relative to the engine's home)
     */
    public AssessmentTasklet(AssessmentStore store, DocumentStore documents, StatusAssessor assessor, Rubric rubric,
                             Path reviewFile, String reviewName, String week, LocalDate periodEnd, long runId,
                             Clock clock) {
        this.store = store;
        this.documents = documents;
        this.assessor = assessor;
        this.rubric = rubric;
        this.reviewFile = reviewFile;
        this.reviewName = reviewName;
        this.week = week;
        this.periodEnd = periodEnd;
        this.runId = runId;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ReviewFile reviews = ReviewFile.load(reviewFile, rubric);
        reviews.problems().forEach(p -> log.warn("review not applied: {}", p));
        documents.reject(runId, reviews.problems().stream().map(p -> new Rejection(reviewName, p)).toList());
        Map<String, String> lastReviewed = store.lastReviewedStatus(rubric.id());
        List<ConditionAssessment> results = new ArrayList<>();
        Map<String, List<Evidence>> keyQuotes = new LinkedHashMap<>();
        for (RubricCondition condition : rubric.conditions()) {
            ConditionEvidence evidence = new ConditionEvidence();
            KeyQuotes quotes = new KeyQuotes(KeyQuotes.PER_CONDITION);
            store.forEachEvidence(rubric.id(), condition.id(), periodEnd, e -> {
                evidence.add(e);
                quotes.add(e);
            });
            keyQuotes.put(condition.id(), quotes.best());
            ConditionAssessment assessment = assessor.assess(rubric, condition, evidence);
            Review review = reviews.reviews().get(condition.id());
            if (review != null) {
                ConditionAssessment reviewed = assessor.applyReview(assessment, review);
                String previous = lastReviewed.getOrDefault(condition.id(), assessment.engineStatus().name());
                if (!review.status().name().equals(lastReviewed.get(condition.id()))) {
                    store.recordReview(rubric.id(), reviewed, previous, runId, OffsetDateTime.now(clock));
                }
                assessment = reviewed;
            }
            results.add(assessment);
            contribution.incrementReadCount();
        }
        store.save(runId, week, results);
        store.saveKeyQuotes(runId, keyQuotes);
        contribution.incrementWriteCount(results.size());
        log.info("assess: {} conditions of {} ({} reviewed)", results.size(), rubric.id(),
                results.stream().filter(ConditionAssessment::reviewed).count());
        return RepeatStatus.FINISHED;
    }
}
