package org.briefingengine.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.briefingengine.assessment.ConditionAssessment;
import org.briefingengine.assessment.Evidence;
import org.briefingengine.assessment.EvidenceRows;
import org.briefingengine.assessment.Status;
import org.briefingengine.citation.Citation;
import org.briefingengine.corpus.DocumentStore;
import org.briefingengine.corpus.Hashing;
import org.briefingengine.report.BriefingReport.DocumentRow;
import org.briefingengine.report.BriefingReport.FormalReference;
import org.briefingengine.report.BriefingReport.MechanismWeek;
import org.briefingengine.report.BriefingReport.RejectedFile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The report step's queries: what the briefing, the annex and the CSV files show, read from the tables the
 * ingest, analyse and assess steps write, and built into the report's own types. A change to a report column
 * touches this class and the schema, not the feature stores.
 *
 * <p>"Up to" a date means every document published on or before it, plus the undated ones; documents whose text
 * repeats an earlier document's never count.
 */
@Repository
public class ReportReadModel {

    /**
     * A document D counts when it is no repeat of another and was published up to {@code :upTo}, or undated (see
     * {@link DocumentStore#counted}).
     */
    private static final String COUNTED_DOCUMENT = DocumentStore.counted(":upTo");

    private static final String COUNTED = " FROM BE_CITATION C JOIN BE_DOCUMENT D ON D.ID = C.DOCUMENT WHERE "
            + COUNTED_DOCUMENT;

    /**
     * Every document by file and part ({@code :lastCompleted}: the last completed run before this one), read in the
     * order of the {@code BE_DOCUMENT_FILE_PART} index, with no sort in H2; {@code ReportReadModelTest} checks that
     * plan.
     */
    static final String DOCUMENT_ROWS_SQL = "SELECT ID, PART, TITLE, PUBLISHER, PUBLISHED, SOURCE_TYPE, URL, CHARACTERS,"
            + " SHA256, CASE WHEN STORED_RUN > :lastCompleted THEN STATUS ELSE 'unchanged' END AS STATUS, DUPLICATE_OF,"
            + " LANGUAGE FROM BE_DOCUMENT ORDER BY FILE, PART";

    /** The counted documents in id order (the primary key's order, so no sort); parameter: the date up to. */
    static final String COUNTED_DOCUMENTS_SQL = "SELECT D.ID, D.PUBLISHER, D.PUBLISHED, D.URL FROM BE_DOCUMENT D"
            + " WHERE " + DocumentStore.counted("?") + " ORDER BY D.ID";

    /** One document's citations by offset (parameter: document id), through the narrow (DOCUMENT) index. */
    static final String DOCUMENT_CITATIONS_SQL = "SELECT MECHANISM, FAMILY, REFERENCE, QUOTE, START_OFFSET, END_OFFSET,"
            + " NOTE FROM BE_CITATION WHERE DOCUMENT = ? ORDER BY START_OFFSET, ID";

    /**
     * Citations per mechanism and ISO week, with those of the period ({@code :from} to {@code :upTo}) apart.
     * Like {@link #REFERENCES_SQL}, it reads only columns of the {@code BE_CITATION_KEYS} index, which H2 then
     * answers from without fetching each citation row; {@code ReportReadModelTest} checks that plan.
     */
    static final String COUNTS_SQL = "SELECT C.MECHANISM, EXTRACT(ISO_WEEK_YEAR FROM D.PUBLISHED) Y,"
            + " EXTRACT(ISO_WEEK FROM D.PUBLISHED) W, SUM(CASE WHEN D.PUBLISHED >= :from THEN 1 ELSE 0 END), COUNT(*)"
            + COUNTED + " GROUP BY C.MECHANISM, Y, W ORDER BY Y NULLS FIRST, W, C.MECHANISM";

    /** The cited formal references of the counted documents ({@code :upTo}). */
    static final String REFERENCES_SQL = "SELECT C.REFERENCE, C.MECHANISM, C.DOCUMENT, D.PUBLISHED" + COUNTED
            + " AND C.REFERENCE <> ''";

    /**
     * Evidence of one rubric ({@code :rubric}) from the counted documents, by condition, document and offset, in
     * the order of the {@code BE_EVIDENCE_READ_SPEAKER} index (see {@link EvidenceRows}).
     */
    static final String EVIDENCE_SQL = EvidenceRows.select("E.RUBRIC = :rubric AND " + COUNTED_DOCUMENT);

    private static final RowMapper<ConditionAssessment> ASSESSMENT_MAPPER = (rs, n) -> new ConditionAssessment(
            rs.getString("RUBRIC"), rs.getString("CONDITION_ID"), rs.getString("TITLE"),
            Status.valueOf(rs.getString("STATUS")), Status.valueOf(rs.getString("ENGINE_STATUS")),
            rs.getInt("SUPPORTING"), rs.getInt("CONTRADICTING"), rs.getInt("DOCUMENTS"), rs.getString("RATIONALE"),
            rs.getBoolean("REVIEWED"), rs.getString("REVIEW_NOTE"), rs.getString("REVIEWER"));

    /** Rows a streaming read fetches from H2 at a time. */
    private static final int FETCH_SIZE = 1000;

    private final JdbcTemplate jdbc;
    private final JdbcClient client;

    public ReportReadModel(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.client = JdbcClient.create(jdbc);
    }

    /** Citation counts of one report: per mechanism, and per mechanism and week (dated documents only). */
    public record MechanismCounts(List<MechanismTally> tally, List<MechanismWeek> weeks) {
    }

    /**
     * Citations of one mechanism: in the period and cumulative.
     *
     * @param undated citations in undated documents, part of the cumulative count and of no week
     */
    public record MechanismTally(String mechanism, int inPeriod, int cumulative, int undated) {

        public MechanismTally(String mechanism, int inPeriod, int cumulative) {
            this(mechanism, inPeriod, cumulative, 0);
        }
    }

    /** A run of an earlier week, to compare statuses with. */
    public record PreviousRun(long runId, String week) {
    }

    // ---- documents ------------------------------------------------------------------------------------------

    /**
     * Streams every stored document, without its text, by file and part, without holding them in memory. Its
     * status is the one it was stored with (new or changed) when run {@code runId}, or a run after the last
     * completed one that did not complete itself (killed, failed, stopped), stored it; else unchanged. So the run
     * after a killed one reports what a clean run would, and a document row is never rewritten just to say that it
     * did not change.
     */
    public void forEachDocumentRow(LocalDate periodStart, LocalDate periodEnd, long runId,
                                   Consumer<? super DocumentRow> action) {
        client.sql(DOCUMENT_ROWS_SQL).param("lastCompleted", lastCompletedRunBefore(runId)).withFetchSize(FETCH_SIZE)
                .query((ResultSet rs) -> {
                    LocalDate published = DocumentStore.localDate(rs, "PUBLISHED");
                    boolean inPeriod = published != null && !published.isBefore(periodStart)
                            && !published.isAfter(periodEnd);
                    String duplicateOf = rs.getString("DUPLICATE_OF");
                    action.accept(new DocumentRow(rs.getString("ID"), rs.getInt("PART"), rs.getString("TITLE"),
                            rs.getString("PUBLISHER"), published, rs.getString("SOURCE_TYPE"), rs.getString("URL"),
                            rs.getInt("CHARACTERS"), rs.getString("SHA256"), rs.getString("STATUS"), inPeriod,
                            duplicateOf == null ? "" : duplicateOf, rs.getString("LANGUAGE")));
                });
    }

    /** The newest execution before {@code runId} that completed (its documents were reported), or 0. */
    long lastCompletedRunBefore(long runId) {
        return client.sql("SELECT COALESCE(MAX(JOB_EXECUTION_ID), 0) FROM BATCH_JOB_EXECUTION"
                        + " WHERE STATUS = 'COMPLETED' AND JOB_EXECUTION_ID < :runId")
                .param("runId", runId).query(Long.class).single();
    }

    /** sha256 over every stored document's id and hash: two briefings with the same fingerprint read the same corpus. */
    public String corpusFingerprint() {
        MessageDigest digest = Hashing.sha256();
        client.sql("SELECT ID, SHA256 FROM BE_DOCUMENT ORDER BY ID").withFetchSize(FETCH_SIZE).query((ResultSet rs) ->
                digest.update((rs.getString(1) + '\u001f' + rs.getString(2) + '\n').getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The files and rows a run could not read. */
    public List<RejectedFile> rejected(long runId) {
        return client.sql("SELECT FILE, REASON FROM BE_REJECTED WHERE RUN_ID = :runId ORDER BY ID")
                .param("runId", runId)
                .query((rs, n) -> new RejectedFile(rs.getString(1), rs.getString(2))).list();
    }

    // ---- citations ------------------------------------------------------------------------------------------

    /**
     * Streams every counted citation up to {@code upTo}, by document and offset, without holding them in memory.
     *
     * <p>One query lists the counted documents in id order, then one indexed query per document, prepared once on
     * the same connection, reads its citations by offset. A single joined query ordered by document would make H2
     * sort every citation of the corpus in a temporary on-disk store first.
     */
    public void forEachCitation(LocalDate upTo, Consumer<? super Citation> action) {
        jdbc.execute((Connection con) -> {
            try (PreparedStatement documents = con.prepareStatement(COUNTED_DOCUMENTS_SQL);
                 PreparedStatement citations = con.prepareStatement(DOCUMENT_CITATIONS_SQL)) {
                documents.setDate(1, Date.valueOf(upTo));
                documents.setFetchSize(FETCH_SIZE);
                try (ResultSet d = documents.executeQuery()) {
                    while (d.next()) {
                        String document = d.getString(1);
                        String publisher = d.getString(2);
                        LocalDate published = DocumentStore.localDate(d, "PUBLISHED");
                        String url = d.getString(4);
                        citations.setString(1, document);
                        try (ResultSet c = citations.executeQuery()) {
                            while (c.next()) {
                                action.accept(new Citation(document, publisher, published, c.getString(1),
                                        c.getString(2), c.getString(3), c.getString(4), c.getInt(5), c.getInt(6),
                                        c.getString(7), url));
                            }
                        }
                    }
                }
            }
            return null;
        });
    }

    /**
     * Citations per mechanism (in the period and cumulative) and per mechanism and ISO week, from one grouped
     * scan: the period is an ISO week, so its count is that week's group, and undated documents count in the
     * cumulative figure only.
     *
     * @param from Monday of the period
     * @param to   Sunday of the period
     */
    public MechanismCounts counts(LocalDate from, LocalDate to) {
        Map<String, int[]> tallies = new LinkedHashMap<>();
        List<MechanismWeek> weeks = new ArrayList<>();
        client.sql(COUNTS_SQL).param("from", Date.valueOf(from)).param("upTo", Date.valueOf(to)).query((ResultSet rs) -> {
            String mechanism = rs.getString(1);
            int[] tally = tallies.computeIfAbsent(mechanism, m -> new int[3]);
            tally[0] += rs.getInt(4);
            tally[1] += rs.getInt(5);
            if (rs.getObject(2) == null) {
                tally[2] += rs.getInt(5);
            } else {
                weeks.add(new MechanismWeek(mechanism, String.format("%04d-W%02d", rs.getInt(2), rs.getInt(3)),
                        rs.getInt(5)));
            }
        });
        List<MechanismTally> tally = new ArrayList<>();
        tallies.forEach((mechanism, t) -> tally.add(new MechanismTally(mechanism, t[0], t[1], t[2])));
        return new MechanismCounts(List.copyOf(tally), List.copyOf(weeks));
    }

    /**
     * Formal references up to {@code to}, earliest first. A reference is new in the period when a document of
     * the period cites it and no document published before the period does. One streaming pass over the cited
     * references, folded per reference here: no sort of the citations and no query per reference.
     */
    public List<FormalReference> references(LocalDate from, LocalDate to) {
        Map<String, ReferenceTally> tallies = new HashMap<>();
        client.sql(REFERENCES_SQL).param("upTo", Date.valueOf(to)).withFetchSize(FETCH_SIZE).query((ResultSet rs) ->
                tallies.computeIfAbsent(rs.getString(1), ReferenceTally::new)
                        .add(rs.getString(2), rs.getString(3), DocumentStore.localDate(rs, "PUBLISHED"), from));
        return tallies.values().stream()
                .map(ReferenceTally::toReference)
                .sorted(Comparator.comparing(FormalReference::firstPublished, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(FormalReference::reference))
                .toList();
    }

    /** The running totals of one reference; its first document is the earliest published, then the first by id. */
    private static final class ReferenceTally {
        private final String reference;
        private String mechanism;
        private int citations;
        private int beforePeriod;
        private int inPeriod;
        private String firstDocument;
        private LocalDate firstPublished;

        ReferenceTally(String reference) {
            this.reference = reference;
        }

        void add(String mechanism, String document, LocalDate published, LocalDate periodStart) {
            if (this.mechanism == null || mechanism.compareTo(this.mechanism) < 0) {
                this.mechanism = mechanism;
            }
            citations++;
            if (published != null && published.isBefore(periodStart)) {
                beforePeriod++;
            } else if (published != null) {
                inPeriod++;
            }
            if (firstDocument == null || earlier(published, document)) {
                firstDocument = document;
                firstPublished = published;
            }
        }

        private boolean earlier(LocalDate published, String document) {
            if (!Objects.equals(published, firstPublished)) {
                return firstPublished == null || (published != null && published.isBefore(firstPublished));
            }
            return document.compareTo(firstDocument) < 0;
        }

        FormalReference toReference() {
            return new FormalReference(reference, mechanism, citations, firstDocument, firstPublished,
                    beforePeriod == 0 && inPeriod > 0);
        }
    }

    // ---- assessments and evidence ---------------------------------------------------------------------------

    /** Streams every evidence row of a rubric up to a date, by condition and document, without holding them in memory. */
    public void forEachEvidence(String rubric, LocalDate upTo, Consumer<? super Evidence> action) {
        client.sql(EVIDENCE_SQL).param("rubric", rubric).param("upTo", Date.valueOf(upTo)).withFetchSize(FETCH_SIZE)
                .query((ResultSet rs) -> action.accept(EvidenceRows.MAPPER.mapRow(rs, 0)));
    }

    /** The conditions as assessed by one run, in rubric order. */
    public List<ConditionAssessment> assessments(long runId) {
        return client.sql("SELECT * FROM BE_ASSESSMENT WHERE RUN_ID = :runId ORDER BY POSITION")
                .param("runId", runId).query(ASSESSMENT_MAPPER).list();
    }

    /** The strongest quotes one run chose, per condition id, best first; conditions without evidence are absent. */
    public Map<String, List<Evidence>> keyQuotes(long runId) {
        Map<String, List<Evidence>> out = new HashMap<>();
        client.sql("SELECT RUBRIC, CONDITION_ID, STANCE, DOCUMENT, PUBLISHER, PUBLISHED, SOURCE_TYPE, QUOTE,"
                        + " START_OFFSET, END_OFFSET, QUALIFIER, RULE_ID, URL, SPEAKER FROM BE_KEY_QUOTE"
                        + " WHERE RUN_ID = :runId ORDER BY CONDITION_ID, RANK")
                .param("runId", runId)
                .query((ResultSet rs) -> {
                    Evidence e = EvidenceRows.MAPPER.mapRow(rs, 0);
                    out.computeIfAbsent(e.condition(), c -> new ArrayList<>()).add(e);
                });
        return out;
    }

    /** The latest run that assessed an earlier week with the same rubric, if any. */
    public Optional<PreviousRun> previousRun(String rubric, String week) {
        return client.sql("SELECT RUN_ID, WEEK FROM BE_ASSESSMENT WHERE RUBRIC = :rubric AND WEEK < :week"
                        + " ORDER BY WEEK DESC, RUN_ID DESC LIMIT 1")
                .param("rubric", rubric).param("week", week)
                .query((rs, n) -> new PreviousRun(rs.getLong(1), rs.getString(2))).optional();
    }
}
