package org.briefingengine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.briefingengine.TestRows.RUBRIC;
import static org.briefingengine.TestRows.SUNDAY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefingengine.TestDatabase;
import org.briefingengine.TestRows;
import org.briefingengine.assessment.AssessmentStore;
import org.briefingengine.assessment.Evidence;
import org.briefingengine.assessment.Stance;
import org.briefingengine.citation.Citation;
import org.briefingengine.corpus.DocumentStore;
import org.briefingengine.report.BriefingReport.FormalReference;
import org.briefingengine.report.BriefingReport.MechanismWeek;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The report's queries: document rows, reference list, citation counts, citation and evidence streams and key
 * quotes, read from the database the way the weekly job's steps store them.
 */
class ReportReadModelTest {

    private static final LocalDate MONDAY = LocalDate.of(2022, 5, 23);

    private final TestRows rows = new TestRows("report-read-model");
    private final JdbcTemplate jdbc = rows.jdbc();
    private final ReportReadModel store = new ReportReadModel(jdbc);

    @Test
    void eachReferenceIsCountedOnceWithItsEarliestDocumentAndWhetherItIsNewThisWeek() {
        rows.document("b.txt", LocalDate.of(2022, 5, 2), null);
        rows.document("a.txt", LocalDate.of(2022, 5, 2), null);        // same day as b.txt: the first id wins
        rows.document("week.txt", LocalDate.of(2022, 5, 25), null);
        rows.document("later.txt", LocalDate.of(2022, 6, 10), null);   // after the period: not counted
        rows.document("undated.txt", null, null);
        rows.document("copy.txt", LocalDate.of(2022, 5, 1), "a.txt");  // a repeated text never counts
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
        rows.document("may02.txt", LocalDate.of(2022, 5, 2), null);     // 2022-W18
        rows.document("may25.txt", LocalDate.of(2022, 5, 25), null);    // 2022-W21, the period
        rows.document("may29.txt", SUNDAY, null);                       // last day of the period
        rows.document("later.txt", LocalDate.of(2022, 6, 10), null);    // after the period: not counted
        rows.document("undated.txt", null, null);                       // cumulative only, in no week
        rows.document("copy.txt", LocalDate.of(2022, 5, 25), "may25.txt");
        cite("may02.txt", "SP", "");
        cite("may02.txt", "CERD", "");
        cite("may25.txt", "SP", "");
        cite("may25.txt", "SP", "CHN 13/2018");
        cite("may29.txt", "CERD", "");
        cite("later.txt", "SP", "");
        cite("undated.txt", "SP", "");
        cite("undated.txt", "HRC", "");
        cite("copy.txt", "SP", "");

        ReportReadModel.MechanismCounts counts = store.counts(MONDAY, SUNDAY);

        assertThat(counts.tally()).extracting(ReportReadModel.MechanismTally::mechanism,
                        ReportReadModel.MechanismTally::inPeriod, ReportReadModel.MechanismTally::cumulative)
                .containsExactlyInAnyOrder(tuple("SP", 2, 4), tuple("CERD", 1, 2), tuple("HRC", 0, 1));
        assertThat(counts.weeks()).extracting(MechanismWeek::mechanism, MechanismWeek::week, MechanismWeek::count)
                .containsExactly(tuple("CERD", "2022-W18", 1), tuple("SP", "2022-W18", 1),
                        tuple("CERD", "2022-W21", 1), tuple("SP", "2022-W21", 2));
    }

    @Test
    void citationsStreamByDocumentThenOffsetWithTheirDocumentsMetadata() {
        rows.document("b.txt", LocalDate.of(2022, 5, 2), null);
        rows.document("a.txt", SUNDAY, null);
        rows.document("undated.txt", null, null);
        rows.document("later.txt", LocalDate.of(2022, 6, 10), null);   // after the period: not counted
        rows.document("copy.txt", LocalDate.of(2022, 5, 1), "a.txt");  // a repeated text never counts
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
     * mechanism and reference, makes H2 fetch every citation row with its quote), while a document's own citations
     * come through the narrow (DOCUMENT) index.
     */
    @Test
    void countsAndReferencesReadTheCoveringIndexAndADocumentsCitationsTheNarrowOne() {
        for (int i = 0; i < 20; i++) {
            rows.document("d" + i, MONDAY.minusDays(i), null);
            cite("d" + i, "CAT", i % 2 == 0 ? "CAT/C/CHN/CO/" + i : "");
        }

        String counts = TestDatabase.plan(jdbc, ReportReadModel.COUNTS_SQL, Map.of("from", MONDAY, "upTo", SUNDAY));
        String references = TestDatabase.plan(jdbc, ReportReadModel.REFERENCES_SQL, Map.of("upTo", SUNDAY));
        String oneDocument = TestDatabase.plan(jdbc, ReportReadModel.DOCUMENT_CITATIONS_SQL, "d3");

        assertThat(counts).contains("/* PUBLIC.BE_CITATION_KEYS: DOCUMENT = D.ID */");
        assertThat(references).contains("/* PUBLIC.BE_CITATION_KEYS: DOCUMENT = D.ID */");
        assertThat(oneDocument).contains("/* PUBLIC.BE_CITATION_DOCUMENT: DOCUMENT = ?1 */");
    }

    @Test
    void anEmptyCorpusHasNoReferences() {
        assertThat(store.references(MONDAY, SUNDAY)).isEmpty();
    }

    @Test
    void documentRowsAreReadInIndexOrderWithNoSortInH2() {
        rows.ingested(1, "a.txt", LocalDate.of(2022, 5, 10));

        String plan = TestDatabase.plan(jdbc, ReportReadModel.DOCUMENT_ROWS_SQL, Map.of("lastCompleted", 1L));

        assertThat(plan).contains("PUBLIC.BE_DOCUMENT_FILE_PART").contains("/* index sorted */");
    }

    @Test
    void aDocumentIsNewOnlyForTheRunThatStoredItAndUnchangedForEveryLaterRun() {
        rows.ingested(1, "a.txt", LocalDate.of(2022, 5, 10));
        documents().markDuplicates();
        execution(1, "COMPLETED");
        rows.ingested(2, "b.txt", LocalDate.of(2022, 5, 11));
        documents().markDuplicates();

        assertThat(statuses(2)).containsExactly("a.txt=unchanged", "b.txt=new");
        execution(2, "COMPLETED");
        assertThat(statuses(3)).containsExactly("a.txt=unchanged", "b.txt=unchanged");
    }

    /** Issue 18, defect 9: after a killed run, documents.csv says what a clean run would. */
    @Test
    void documentsStoredByARunThatNeverCompletedAreNewForTheRunAfterIt() {
        rows.ingested(1, "a.txt", LocalDate.of(2022, 5, 10));
        execution(1, "COMPLETED");
        rows.ingested(2, "b.txt", LocalDate.of(2022, 5, 11)); // killed after its ingest: recovered as FAILED
        execution(2, "FAILED");
        rows.ingested(3, "c.txt", LocalDate.of(2022, 5, 12)); // stopped by SIGTERM
        execution(3, "STOPPED");
        rows.ingested(4, "d.txt", LocalDate.of(2022, 5, 12));

        assertThat(statuses(4)).containsExactly("a.txt=unchanged", "b.txt=new", "c.txt=new", "d.txt=new");
        execution(4, "COMPLETED");
        assertThat(statuses(5)).containsExactly("a.txt=unchanged", "b.txt=unchanged", "c.txt=unchanged",
                "d.txt=unchanged");
    }

    /**
     * The assess step's per-condition read, {@code AssessmentStoreTest}, checks the order and the documents left out;
     * the report reads every condition of the rubric at once, condition by condition.
     */
    @Test
    void evidenceOfARubricStreamsConditionByCondition() {
        rows.evidenceInEveryKindOfDocument();

        List<Evidence> all = new ArrayList<>();
        store.forEachEvidence(RUBRIC, SUNDAY, all::add);

        assertThat(all).extracting(Evidence::condition, Evidence::document, Evidence::start).containsExactly(
                tuple("detainees", "b.txt", 10), tuple("detainees", "undated.txt", 4),
                tuple("movement", "a.txt", 20), tuple("movement", "a.txt", 80),
                tuple("movement", "b.txt", 5), tuple("movement", "b.txt", 30));
    }

    /** The ordered evidence query must read the evidence index in order: a sort spills to disk on big corpora. */
    @Test
    void theEvidenceQueryReadsTheIndexInOrderInsteadOfSorting() {
        String plan = TestDatabase.plan(jdbc, ReportReadModel.EVIDENCE_SQL, Map.of("rubric", RUBRIC, "upTo", SUNDAY));

        assertThat(plan).contains("BE_EVIDENCE_READ_SPEAKER").contains("/* index sorted */");
    }

    @Test
    void keyQuotesChosenByARunAreReadBackPerConditionBestFirst() {
        Evidence strongest = new Evidence(RUBRIC, "movement", Stance.SUPPORTS, "a.txt", "OHCHR", SUNDAY, "un",
                "The team travelled freely.", 10, 36, "", "r1", "https://example.org/a");
        Evidence next = new Evidence(RUBRIC, "movement", Stance.CONTRADICTS, "b.txt", "", null, "", "Roads were closed.",
                0, 18, "hedged", "r2", "");
        Map<String, List<Evidence>> chosen = new LinkedHashMap<>();
        chosen.put("movement", List.of(strongest, next));
        chosen.put("detainees", List.of());
        AssessmentStore assessments = new AssessmentStore(jdbc);

        assessments.saveKeyQuotes(7, chosen);
        assessments.saveKeyQuotes(7, chosen);   // a second save of the same run replaces the first

        assertThat(store.keyQuotes(7)).containsOnlyKeys("movement");
        assertThat(store.keyQuotes(7).get("movement")).containsExactly(strongest, next);
        assertThat(store.keyQuotes(8)).isEmpty();
    }

    private DocumentStore documents() {
        return new DocumentStore(jdbc);
    }

    /** A job execution row as Spring Batch leaves it. */
    private void execution(long id, String status) {
        jdbc.update("MERGE INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) KEY (JOB_INSTANCE_ID)"
                + " VALUES (1, 0, 'weekly-briefing', 'key')");
        jdbc.update("INSERT INTO BATCH_JOB_EXECUTION (JOB_EXECUTION_ID, VERSION, JOB_INSTANCE_ID, CREATE_TIME, STATUS)"
                + " VALUES (?, 0, 1, CURRENT_TIMESTAMP, ?)", id, status);
    }

    private List<String> statuses(long runId) {
        List<String> out = new ArrayList<>();
        store.forEachDocumentRow(LocalDate.of(2022, 5, 9), LocalDate.of(2022, 5, 15), runId,
                d -> out.add(d.document() + "=" + d.status()));
        return out;
    }

    private void cite(String document, String mechanism, String reference) {
        cite(document, mechanism, reference, 0);
    }

    private void cite(String document, String mechanism, String reference, int start) {
        jdbc.update("INSERT INTO BE_CITATION (DOCUMENT, MECHANISM, FAMILY, REFERENCE, QUOTE, START_OFFSET, END_OFFSET,"
                + " NOTE) VALUES (?, ?, 'x', ?, 'quote', ?, ?, '')", document, mechanism, reference, start, start + 5);
    }
}
