package org.briefingengine.citation;

import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.briefingengine.corpus.DocumentStore;
import org.briefingengine.report.BriefingReport.FormalReference;
import org.briefingengine.report.BriefingReport.MechanismWeek;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * Citation queries for a period. "Up to" a date means every document published on or before it, plus the
 * undated ones; documents whose text repeats an earlier document's never count.
 */
@Repository
public class CitationStore {

    private static final String COUNTED = " FROM BE_CITATION C JOIN BE_DOCUMENT D ON D.ID = C.DOCUMENT"
            + " WHERE D.DUPLICATE_OF IS NULL AND (D.PUBLISHED IS NULL OR D.PUBLISHED <= ?)";

    private static final RowMapper<Citation> CITATION_MAPPER = (rs, n) -> new Citation(rs.getString("DOCUMENT"),
            rs.getString("PUBLISHER"), DocumentStore.localDate(rs, "PUBLISHED"), rs.getString("MECHANISM"),
            rs.getString("FAMILY"), rs.getString("REFERENCE"), rs.getString("QUOTE"), rs.getInt("START_OFFSET"),
            rs.getInt("END_OFFSET"), rs.getString("NOTE"), rs.getString("URL"));

    private final JdbcTemplate jdbc;

    public CitationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Streams every counted citation up to {@code upTo}, by document and offset, without holding them in memory. */
    public void forEachCitation(LocalDate upTo, Consumer<? super Citation> action) {
        jdbc.query(con -> {
            var ps = con.prepareStatement("SELECT C.DOCUMENT, D.PUBLISHER, D.PUBLISHED, C.MECHANISM, C.FAMILY,"
                    + " C.REFERENCE, C.QUOTE, C.START_OFFSET, C.END_OFFSET, C.NOTE, D.URL" + COUNTED
                    + " ORDER BY C.DOCUMENT, C.START_OFFSET");
            ps.setDate(1, Date.valueOf(upTo));
            ps.setFetchSize(1000);
            return ps;
        }, (ResultSet rs) -> {
            action.accept(CITATION_MAPPER.mapRow(rs, 0));
        });
    }

    /** Citations per mechanism: {@code [mechanism, in period, cumulative]}. */
    public List<MechanismTally> tally(LocalDate from, LocalDate to) {
        return jdbc.query("SELECT C.MECHANISM, SUM(CASE WHEN D.PUBLISHED >= ? THEN 1 ELSE 0 END), COUNT(*)" + COUNTED
                        + " GROUP BY C.MECHANISM",
                (rs, n) -> new MechanismTally(rs.getString(1), rs.getInt(2), rs.getInt(3)), Date.valueOf(from),
                Date.valueOf(to));
    }

    /** Citations per mechanism and ISO week, over dated documents up to {@code to}. */
    public List<MechanismWeek> weeks(LocalDate to) {
        return jdbc.query("SELECT C.MECHANISM, EXTRACT(ISO_WEEK_YEAR FROM D.PUBLISHED) Y, EXTRACT(ISO_WEEK FROM D.PUBLISHED) W,"
                        + " COUNT(*)" + COUNTED + " AND D.PUBLISHED IS NOT NULL GROUP BY C.MECHANISM, Y, W ORDER BY Y, W, C.MECHANISM",
                (rs, n) -> new MechanismWeek(rs.getString(1), String.format("%04d-W%02d", rs.getInt(2), rs.getInt(3)),
                        rs.getInt(4)), Date.valueOf(to));
    }

    /**
     * Formal references up to {@code to}, earliest first. A reference is new in the period when a document of
     * the period cites it and no document published before the period does. One streaming pass over the cited
     * references, folded per reference here: no sort of the citations and no query per reference.
     */
    public List<FormalReference> references(LocalDate from, LocalDate to) {
        Map<String, ReferenceTally> tallies = new HashMap<>();
        jdbc.query(con -> {
            var ps = con.prepareStatement("SELECT C.REFERENCE, C.MECHANISM, C.DOCUMENT, D.PUBLISHED" + COUNTED
                    + " AND C.REFERENCE <> ''");
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
    public record MechanismTally(String mechanism, int inPeriod, int cumulative) {
    }
}
