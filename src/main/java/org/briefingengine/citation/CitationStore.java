package org.briefingengine.citation;

import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
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
            rs.getInt("END_OFFSET"), rs.getString("NOTE"));

    private final JdbcTemplate jdbc;

    public CitationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Streams every counted citation up to {@code upTo}, by document and offset, without holding them in memory. */
    public void forEachCitation(LocalDate upTo, Consumer<? super Citation> action) {
        jdbc.query(con -> {
            var ps = con.prepareStatement("SELECT C.DOCUMENT, D.PUBLISHER, D.PUBLISHED, C.MECHANISM, C.FAMILY,"
                    + " C.REFERENCE, C.QUOTE, C.START_OFFSET, C.END_OFFSET, C.NOTE" + COUNTED
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
     * the period cites it and no document published before the period does.
     */
    public List<FormalReference> references(LocalDate from, LocalDate to) {
        return jdbc.query("SELECT C.REFERENCE, MIN(C.MECHANISM), COUNT(*), MIN(D.PUBLISHED) FIRST_PUBLISHED,"
                        + " SUM(CASE WHEN D.PUBLISHED < ? THEN 1 ELSE 0 END) BEFORE_PERIOD,"
                        + " SUM(CASE WHEN D.PUBLISHED >= ? THEN 1 ELSE 0 END) IN_PERIOD,"
                        + " MIN(D.ID) FIRST_DOCUMENT" + COUNTED + " AND C.REFERENCE <> ''"
                        + " GROUP BY C.REFERENCE ORDER BY FIRST_PUBLISHED NULLS LAST, C.REFERENCE",
                (rs, n) -> new FormalReference(rs.getString(1), rs.getString(2), rs.getInt(3),
                        firstDocument(rs.getString(1), to), DocumentStore.localDate(rs, "FIRST_PUBLISHED"),
                        rs.getInt("BEFORE_PERIOD") == 0 && rs.getInt("IN_PERIOD") > 0),
                Date.valueOf(from), Date.valueOf(from), Date.valueOf(to));
    }

    private String firstDocument(String reference, LocalDate to) {
        return jdbc.queryForObject("SELECT C.DOCUMENT" + COUNTED + " AND C.REFERENCE = ?"
                + " ORDER BY D.PUBLISHED NULLS LAST, C.DOCUMENT LIMIT 1", String.class, Date.valueOf(to), reference);
    }

    /** Citations of one mechanism: in the period and cumulative. */
    public record MechanismTally(String mechanism, int inPeriod, int cumulative) {
    }
}
