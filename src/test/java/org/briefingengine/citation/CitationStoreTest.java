package org.briefingengine.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.briefingengine.TestDatabase;
import org.briefingengine.report.BriefingReport.FormalReference;
import org.briefingengine.report.BriefingReport.MechanismWeek;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The report's reference list and citation counts, read from the database the way the weekly job stores
 * citations.
 */
class CitationStoreTest {

    private static final LocalDate MONDAY = LocalDate.of(2022, 5, 23);
    private static final LocalDate SUNDAY = LocalDate.of(2022, 5, 29);

    private JdbcTemplate jdbc;
    private CitationStore store;

    @BeforeEach
    void database() {
        jdbc = TestDatabase.withSchema("citation-store");
        store = new CitationStore(jdbc);
    }

    @Test
    void eachReferenceIsCountedOnceWithItsEarliestDocumentAndWhetherItIsNewThisWeek() {
        document("b.txt", LocalDate.of(2022, 5, 2), null);
        document("a.txt", LocalDate.of(2022, 5, 2), null);        // same day as b.txt: the first id wins
        document("week.txt", LocalDate.of(2022, 5, 25), null);
        document("later.txt", LocalDate.of(2022, 6, 10), null);   // after the period: not counted
        document("undated.txt", null, null);
        document("copy.txt", LocalDate.of(2022, 5, 1), "a.txt");  // a repeated text never counts
        cite("b.txt", "SP", "CHN 13/2018");
        cite("a.txt", "SP", "CHN 13/2018");
        cite("week.txt", "WGAD", "CHN 13/2018");
        cite("later.txt", "SP", "CHN 13/2018");
        cite("copy.txt", "SP", "CHN 13/2018");
        cite("week.txt", "HRC", "A/HRC/RES/41/1");
        cite("undated.txt", "CERD", "CERD/C/CHN/CO/14-17");
        cite("week.txt", "CERD", "");

        List<FormalReference> references = store.references(MONDAY, SUNDAY);

        assertThat(references).extracting(FormalReference::reference, FormalReference::mechanism,
                        FormalReference::citations, FormalReference::firstDocument, FormalReference::firstPublished,
                        FormalReference::newThisWeek)
                .containsExactly(
                        tuple("CHN 13/2018", "SP", 3, "a.txt", LocalDate.of(2022, 5, 2), false),
                        tuple("A/HRC/RES/41/1", "HRC", 1, "week.txt", LocalDate.of(2022, 5, 25), true),
                        tuple("CERD/C/CHN/CO/14-17", "CERD", 1, "undated.txt", null, false));
    }

    @Test
    void countsPerMechanismAndWeekComeFromOneScan() {
        document("may02.txt", LocalDate.of(2022, 5, 2), null);     // 2022-W18
        document("may25.txt", LocalDate.of(2022, 5, 25), null);    // 2022-W21, the period
        document("may29.txt", SUNDAY, null);                       // last day of the period
        document("later.txt", LocalDate.of(2022, 6, 10), null);    // after the period: not counted
        document("undated.txt", null, null);                       // cumulative only, in no week
        document("copy.txt", LocalDate.of(2022, 5, 25), "may25.txt");
        cite("may02.txt", "SP", "");
        cite("may02.txt", "CERD", "");
        cite("may25.txt", "SP", "");
        cite("may25.txt", "SP", "CHN 13/2018");
        cite("may29.txt", "CERD", "");
        cite("later.txt", "SP", "");
        cite("undated.txt", "SP", "");
        cite("undated.txt", "HRC", "");
        cite("copy.txt", "SP", "");

        CitationStore.MechanismCounts counts = store.counts(MONDAY, SUNDAY);

        assertThat(counts.tally()).extracting(CitationStore.MechanismTally::mechanism,
                        CitationStore.MechanismTally::inPeriod, CitationStore.MechanismTally::cumulative)
                .containsExactlyInAnyOrder(tuple("SP", 2, 4), tuple("CERD", 1, 2), tuple("HRC", 0, 1));
        assertThat(counts.weeks()).extracting(MechanismWeek::mechanism, MechanismWeek::week, MechanismWeek::count)
                .containsExactly(tuple("CERD", "2022-W18", 1), tuple("SP", "2022-W18", 1),
                        tuple("CERD", "2022-W21", 1), tuple("SP", "2022-W21", 2));
    }

    @Test
    void citationsStreamByDocumentThenOffsetWithTheirDocumentsMetadata() {
        document("b.txt", LocalDate.of(2022, 5, 2), null);
        document("a.txt", SUNDAY, null);
        document("undated.txt", null, null);
        document("later.txt", LocalDate.of(2022, 6, 10), null);   // after the period: not counted
        document("copy.txt", LocalDate.of(2022, 5, 1), "a.txt");  // a repeated text never counts
        jdbc.update("UPDATE BE_DOCUMENT SET PUBLISHER = 'Pub ' || ID, URL = 'https://example.org/' || ID");
        cite("b.txt", "SP", "", 40);
        cite("a.txt", "CERD", "", 90);
        cite("b.txt", "HRC", "A/HRC/RES/41/1", 7);
        cite("later.txt", "SP", "", 1);
        cite("a.txt", "SP", "CHN 13/2018", 12);
        cite("copy.txt", "SP", "", 3);
        cite("undated.txt", "WGAD", "", 5);

        List<Citation> citations = new ArrayList<>();
        store.forEachCitation(SUNDAY, citations::add);

        assertThat(citations).extracting(Citation::document, Citation::start, Citation::mechanism,
                        Citation::reference, Citation::publisher, Citation::published, Citation::url)
                .containsExactly(
                        tuple("a.txt", 12, "SP", "CHN 13/2018", "Pub a.txt", SUNDAY, "https://example.org/a.txt"),
                        tuple("a.txt", 90, "CERD", "", "Pub a.txt", SUNDAY, "https://example.org/a.txt"),
                        tuple("b.txt", 7, "HRC", "A/HRC/RES/41/1", "Pub b.txt", LocalDate.of(2022, 5, 2),
                                "https://example.org/b.txt"),
                        tuple("b.txt", 40, "SP", "", "Pub b.txt", LocalDate.of(2022, 5, 2), "https://example.org/b.txt"),
                        tuple("undated.txt", 5, "WGAD", "", "Pub undated.txt", null,
                                "https://example.org/undated.txt"));
    }

    /**
     * Guards the plans the report relies on at scale: both aggregate reads join each counted document to its
     * citations through the covering {@code BE_CITATION_KEYS} index (a table scan, or an index lacking the
     * mechanism and reference, makes H2 fetch every citation row with its quote: three to four times slower at
     * 100,000 documents), while a document's own citations come through the narrow (DOCUMENT) index, a third faster there.
     */
    @Test
    void countsAndReferencesReadTheCoveringIndexAndADocumentsCitationsTheNarrowOne() {
        for (int i = 0; i < 20; i++) {
            document("d" + i, MONDAY.minusDays(i), null);
            cite("d" + i, "CAT", i % 2 == 0 ? "CAT/C/CHN/CO/" + i : "");
        }

        String counts = TestDatabase.plan(jdbc, CitationStore.COUNTS_SQL, MONDAY, SUNDAY);
        String references = TestDatabase.plan(jdbc, CitationStore.REFERENCES_SQL, SUNDAY);
        String oneDocument = TestDatabase.plan(jdbc, CitationStore.DOCUMENT_CITATIONS_SQL, "d3");

        assertThat(counts).contains("/* PUBLIC.BE_CITATION_KEYS: DOCUMENT = D.ID */");
        assertThat(references).contains("/* PUBLIC.BE_CITATION_KEYS: DOCUMENT = D.ID */");
        assertThat(oneDocument).contains("/* PUBLIC.BE_CITATION_DOCUMENT: DOCUMENT = ?1 */");
    }

    @Test
    void anEmptyCorpusHasNoReferences() {
        assertThat(store.references(MONDAY, SUNDAY)).isEmpty();
    }

    private void document(String id, LocalDate published, String duplicateOf) {
        jdbc.update("INSERT INTO BE_DOCUMENT (ID, FILE, PART, PUBLISHED, CHARACTERS, SHA256, STATUS, DUPLICATE_OF)"
                        + " VALUES (?, ?, 0, ?, 100, ?, 'new', ?)", id, id, published == null ? null : Date.valueOf(published),
                "sha-" + id, duplicateOf);
    }

    private void cite(String document, String mechanism, String reference) {
        cite(document, mechanism, reference, 0);
    }

    private void cite(String document, String mechanism, String reference, int start) {
        jdbc.update("INSERT INTO BE_CITATION (DOCUMENT, MECHANISM, FAMILY, REFERENCE, QUOTE, START_OFFSET, END_OFFSET,"
                + " NOTE) VALUES (?, ?, 'x', ?, 'quote', ?, ?, '')", document, mechanism, reference, start, start + 5);
    }
}
