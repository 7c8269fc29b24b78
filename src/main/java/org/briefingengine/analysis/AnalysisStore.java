package org.briefingengine.analysis;

import java.util.ArrayList;
import java.util.List;

import org.briefingengine.assessment.Evidence;
import org.briefingengine.citation.Citation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Citations and evidence in H2. A document is analysed again only when its text changed or when the analysis
 * fingerprint (catalogue, rubric, engine version) differs from the one it was analysed with.
 */
@Repository
public class AnalysisStore {

    /** Selects the documents the analysis step must (re)read, for a paging reader sorted by ID. */
    public static final String PENDING_WHERE = "DUPLICATE_OF IS NULL AND (EXTRACTED_WITH IS NULL OR EXTRACTED_WITH <> :fingerprint)";

    private final JdbcTemplate jdbc;
    private final JdbcClient client;

    /**
     * Queries go through {@link JdbcClient} with named parameters; the batched writes of {@link #save} through
     * {@link JdbcTemplate#batchUpdate} with positional rows, since JdbcClient has no batch API and a chunk holds
     * thousands of citation and evidence rows, each written without building a parameter map for it.
     */
    public AnalysisStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.client = JdbcClient.create(jdbc);
    }

    /** How many documents the analysis step will read. */
    public long pending(String fingerprint) {
        return client.sql("SELECT COUNT(*) FROM BE_DOCUMENT WHERE " + PENDING_WHERE).param("fingerprint", fingerprint)
                .query(Long.class).single();
    }

    /**
     * Replaces the citations and evidence of each analysed document and marks it analysed with {@code fingerprint}.
     * A rejected analysis leaves its document with none, unmarked (the next run tries it again), and is recorded
     * among run {@code runId}'s rejections.
     */
    @Transactional
    public void save(List<? extends DocumentAnalysis> analyses, String fingerprint, long runId) {
        List<Object[]> ids = analyses.stream().map(a -> new Object[] {a.document()}).toList();
        List<Object[]> citations = new ArrayList<>();
        List<Object[]> evidence = new ArrayList<>();
        for (DocumentAnalysis a : analyses) {
            for (Citation c : a.citations()) {
                citations.add(new Object[] {c.document(), c.mechanism(), c.family(), c.reference(), c.quote(),
                        c.start(), c.end(), c.note()});
            }
            for (Evidence e : a.evidence()) {
                evidence.add(new Object[] {e.rubric(), e.condition(), e.stance().label(), e.document(), e.quote(),
                        e.start(), e.end(), e.qualifier(), e.rule(), e.speaker()});
            }
        }
        jdbc.batchUpdate("DELETE FROM BE_CITATION WHERE DOCUMENT = ?", ids);
        jdbc.batchUpdate("DELETE FROM BE_EVIDENCE WHERE DOCUMENT = ?", ids);
        jdbc.batchUpdate("INSERT INTO BE_CITATION (DOCUMENT, MECHANISM, FAMILY, REFERENCE, QUOTE, START_OFFSET,"
                + " END_OFFSET, NOTE) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", citations);
        jdbc.batchUpdate("INSERT INTO BE_EVIDENCE (RUBRIC, CONDITION_ID, STANCE, DOCUMENT, QUOTE, START_OFFSET,"
                + " END_OFFSET, QUALIFIER, RULE_ID, SPEAKER) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", evidence);
        jdbc.batchUpdate("UPDATE BE_DOCUMENT SET EXTRACTED_WITH = ?, LANGUAGE = COALESCE(LANGUAGE, ?) WHERE ID = ?",
                analyses.stream().filter(a -> !a.isRejected())
                        .map(a -> new Object[] {fingerprint, a.language(), a.document()}).toList());
        jdbc.batchUpdate("INSERT INTO BE_REJECTED (RUN_ID, FILE, REASON) VALUES (?, ?, ?)", analyses.stream()
                .filter(DocumentAnalysis::isRejected).map(a -> new Object[] {runId, a.document(), a.rejection()}).toList());
    }
}
