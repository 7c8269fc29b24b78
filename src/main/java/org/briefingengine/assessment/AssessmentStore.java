package org.briefingengine.assessment;

import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.briefingengine.corpus.DocumentStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the assess step reads and writes: evidence per condition, condition statuses and key quotes per run, and
 * the history of analyst overrides.
 */
@Repository
public class AssessmentStore {

    /**
     * Evidence of one condition of a rubric from the documents that count up to a date (published up to it or
     * undated, duplicates excluded; see {@link DocumentStore#counted}), in the order of the
     * {@code BE_EVIDENCE_READ_SPEAKER} index (see {@link EvidenceRows}).
     */
    static final String CONDITION_EVIDENCE_SQL = EvidenceRows.select(
            "E.RUBRIC = :rubric AND E.CONDITION_ID = :condition AND " + DocumentStore.counted(":upTo"));

    private final JdbcTemplate jdbc;
    private final JdbcClient client;

    /** Queries go through {@link JdbcClient} with named parameters; batched inserts through {@link JdbcTemplate}. */
    public AssessmentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.client = JdbcClient.create(jdbc);
    }

    /** Streams the evidence of one condition up to a date, by document and offset. */
    public void forEachEvidence(String rubric, String condition, LocalDate upTo, Consumer<? super Evidence> action) {
        client.sql(CONDITION_EVIDENCE_SQL).param("rubric", rubric).param("condition", condition)
                .param("upTo", Date.valueOf(upTo)).withFetchSize(500)
                .query((ResultSet rs) -> action.accept(EvidenceRows.MAPPER.mapRow(rs, 0)));
    }

    public void save(long runId, String week, List<ConditionAssessment> assessments) {
        client.sql("DELETE FROM BE_ASSESSMENT WHERE RUN_ID = :runId").param("runId", runId).update();
        int[] position = {0};
        jdbc.batchUpdate("INSERT INTO BE_ASSESSMENT (RUN_ID, WEEK, RUBRIC, POSITION, CONDITION_ID, TITLE, STATUS,"
                + " ENGINE_STATUS, SUPPORTING, CONTRADICTING, DOCUMENTS, RATIONALE, REVIEWED, REVIEW_NOTE, REVIEWER)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", assessments.stream().map(a -> new Object[] {
                runId, week, a.rubric(), position[0]++, a.condition(), a.title(), a.status().name(),
                a.engineStatus().name(), a.supporting(), a.contradicting(), a.documents(), a.rationale(),
                a.reviewed(), a.reviewNote(), a.reviewer()}).toList());
    }

    /** Stores the strongest quotes of each condition as one run chose them, best first. */
    public void saveKeyQuotes(long runId, Map<String, List<Evidence>> keyQuotes) {
        client.sql("DELETE FROM BE_KEY_QUOTE WHERE RUN_ID = :runId").param("runId", runId).update();
        List<Object[]> rows = new ArrayList<>();
        keyQuotes.forEach((condition, quotes) -> {
            for (int rank = 0; rank < quotes.size(); rank++) {
                Evidence e = quotes.get(rank);
                rows.add(new Object[] {runId, condition, rank, e.rubric(), e.stance().label(), e.document(),
                        e.publisher(), e.published() == null ? null : Date.valueOf(e.published()), e.sourceType(),
                        e.quote(), e.start(), e.end(), e.qualifier(), e.rule(), e.url(), e.speaker()});
            }
        });
        jdbc.batchUpdate("INSERT INTO BE_KEY_QUOTE (RUN_ID, CONDITION_ID, RANK, RUBRIC, STANCE, DOCUMENT, PUBLISHER,"
                + " PUBLISHED, SOURCE_TYPE, QUOTE, START_OFFSET, END_OFFSET, QUALIFIER, RULE_ID, URL, SPEAKER)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /** The analyst status last recorded for each condition of a rubric. */
    public Map<String, String> lastReviewedStatus(String rubric) {
        Map<String, String> out = new HashMap<>();
        client.sql("SELECT H.CONDITION_ID, H.STATUS FROM BE_REVIEW_HISTORY H WHERE H.RUBRIC = :rubric AND H.ID ="
                        + " (SELECT MAX(ID) FROM BE_REVIEW_HISTORY L WHERE L.RUBRIC = H.RUBRIC AND L.CONDITION_ID = H.CONDITION_ID)")
                .param("rubric", rubric)
                .query((ResultSet rs) -> {
                    out.put(rs.getString(1), rs.getString(2));
                });
        return out;
    }

    public void recordReview(String rubric, ConditionAssessment reviewed, String previousStatus, long runId,
                             OffsetDateTime at) {
        client.sql("INSERT INTO BE_REVIEW_HISTORY (RUBRIC, CONDITION_ID, STATUS, PREVIOUS_STATUS, NOTE, REVIEWER,"
                        + " RECORDED_AT, RUN_ID) VALUES (:rubric, :condition, :status, :previous, :note, :reviewer, :at,"
                        + " :runId)")
                .param("rubric", rubric).param("condition", reviewed.condition())
                .param("status", reviewed.status().name()).param("previous", previousStatus)
                .param("note", reviewed.reviewNote()).param("reviewer", reviewed.reviewer()).param("at", at)
                .param("runId", runId).update();
    }
}
