package org.briefingengine.assessment;

import org.briefingengine.corpus.DocumentStore;
import org.springframework.jdbc.core.RowMapper;

/**
 * Evidence rows as the assess step and the report read them: the columns, taken from {@code BE_EVIDENCE} E and,
 * for publisher, date, source type and URL, from its document D (so a manifest correction applies at once), in
 * the order of the {@code BE_EVIDENCE_READ_SPEAKER} index, and the mapper that builds an {@link Evidence} of them.
 */
public final class EvidenceRows {

    /**
     * By rubric, condition, document and offset: the columns of the {@code BE_EVIDENCE_READ_SPEAKER} index, so that
     * H2 reads the rows in index order instead of sorting them in a temporary store (see {@code db/migration}).
     */
    private static final String ORDER = " ORDER BY E.RUBRIC, E.CONDITION_ID, E.DOCUMENT, E.START_OFFSET";

    /**
     * Maps the fourteen columns {@link #select} lists, or the same columns of {@code BE_KEY_QUOTE}, by position
     * (the date by its name, {@code PUBLISHED}).
     */
    public static final RowMapper<Evidence> MAPPER = (rs, n) -> new Evidence(rs.getString(1),
            rs.getString(2), Stance.fromLabel(rs.getString(3)), rs.getString(4), rs.getString(5),
            DocumentStore.localDate(rs, "PUBLISHED"), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getInt(10),
            rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14));

    private EvidenceRows() {
    }

    /** The evidence rows that meet {@code where} (over E and D), in index order, as {@link #MAPPER} reads them. */
    public static String select(String where) {
        return "SELECT E.RUBRIC, E.CONDITION_ID, E.STANCE, E.DOCUMENT, D.PUBLISHER, D.PUBLISHED, D.SOURCE_TYPE,"
                + " E.QUOTE, E.START_OFFSET, E.END_OFFSET, E.QUALIFIER, E.RULE_ID, D.URL, E.SPEAKER"
                + " FROM BE_EVIDENCE E JOIN BE_DOCUMENT D ON D.ID = E.DOCUMENT WHERE " + where + ORDER;
    }
}
