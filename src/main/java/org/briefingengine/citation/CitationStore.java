package org.briefingengine.citation;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.briefingengine.corpus.DocumentStore;
import org.briefingengine.report.BriefingReport.FormalReference;
import org.briefingengine.report.BriefingReport.MechanismWeek;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Citation queries for a period. "Up to" a date means every document published on or before it, plus the
 * undated ones; documents whose text repeats an earlier document's never count.
 */
@Repository
public class CitationStore {

    /** A document D counts when it is no repeat of another and was published up to the date given, or undated. */
    private static final String COUNTED_DOCUMENT = "D.DUPLICATE_OF IS NULL AND (D.PUBLISHED IS NULL OR D.PUBLISHED <= ?)";

    private static final String COUNTED = " FROM BE_CITATION C JOIN BE_DOCUMENT D ON D.ID = C.DOCUMENT WHERE "
            + COUNTED_DOCUMENT;

    /** One document's citations by offset (parameter: document id), through the narrow (DOCUMENT) index. */
    static final String DOCUMENT_CITATIONS_SQL = "SELECT MECHANISM, FAMILY, REFERENCE, QUOTE, START_OFFSET, END_OFFSET,"
            + " NOTE FROM BE_CITATION WHERE DOCUMENT = ? ORDER BY START_OFFSET, ID";

    /**
     * Citations per mechanism and ISO week, with those of the period apart (parameters: period start, period end).
     * Like {@link #REFERENCES_SQL}, it reads only columns of the {@code BE_CITATION_KEYS} index, which H2 then
     * answers from without fetching each citation row; {@code CitationStoreTest} checks that plan.
     */
    static final String COUNTS_SQL = "SELECT C.MECHANISM, EXTRACT(ISO_WEEK_YEAR FROM D.PUBLISHED) Y,"
            + " EXTRACT(ISO_WEEK FROM D.PUBLISHED) W, SUM(CASE WHEN D.PUBLISHED >= ? THEN 1 ELSE 0 END), COUNT(*)"
            + COUNTED + " GROUP BY C.MECHANISM, Y, W ORDER BY Y NULLS FIRST, W, C.MECHANISM";

    /** The cited formal references of the counted documents (parameter: period end). */
    static final String REFERENCES_SQL = "SELECT C.REFERENCE, C.MECHANISM, C.DOCUMENT, D.PUBLISHED" + COUNTED
            + " AND C.REFERENCE <> ''";

    private final JdbcTemplate jdbc;

    public CitationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Streams every counted citation up to {@code upTo}, by document and offset, without holding them in memory.
     *
     * <p>One query lists the counted documents in id order (the primary key's order, so no sort), then one
     * indexed query per document reads its citations by offset. A single joined query ordered by document would
     * make H2 sort every citation of the corpus in a temporary on-disk store first: at 100,000 documents that
     * sort was half of the CSV export's time.
     */
    public void forEachCitation(LocalDate upTo, Consumer<? super Citation> action) {
        jdbc.execute((Connection con) -> {
            try (PreparedStatement documents = con.prepareStatement("SELECT D.ID, D.PUBLISHER, D.PUBLISHED, D.URL"
                    + " FROM BE_DOCUMENT D WHERE " + COUNTED_DOCUMENT + " ORDER BY D.ID");
                 PreparedStatement citations = con.prepareStatement(DOCUMENT_CITATIONS_SQL)) {
                documents.setDate(1, Date.valueOf(upTo));
                documents.setFetchSize(1000);
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
        jdbc.query(COUNTS_SQL, (ResultSet rs) -> {
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
        }, Date.valueOf(from), Date.valueOf(to));
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
        jdbc.query(con -> {
            var ps = con.prepareStatement(REFERENCES_SQL);
            ps.setDate(1, Date.valueOf(to));
            ps.setFetchSize(1000);
            return ps;
        }, (ResultSet rs) -> {
            tallies.computeIfAbsent(rs.getString(1), ReferenceTally::new)
                    .add(rs.getString(2), rs.getString(3), DocumentStore.localDate(rs, "PUBLISHED"), from);
        });
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

    /** Citations of one mechanism: in the period and cumulative. */
    /** Citation counts of one report: per mechanism, and per mechanism and week (dated documents only). */
    public record MechanismCounts(List<MechanismTally> tally, List<MechanismWeek> weeks) {
    }

    /** @param undated citations in undated documents, part of the cumulative count and of no week */
    public record MechanismTally(String mechanism, int inPeriod, int cumulative, int undated) {

        public MechanismTally(String mechanism, int inPeriod, int cumulative) {
            this(mechanism, inPeriod, cumulative, 0);
        }
    }
}
