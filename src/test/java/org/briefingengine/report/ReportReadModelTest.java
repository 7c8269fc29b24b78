package org.briefingengine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefingengine.TestDatabase;
import org.briefingengine.assessment.AssessmentStore;
import org.briefingengine.assessment.Evidence;
import org.briefingengine.assessment.Stance;
import org.briefingengine.citation.Citation;
import org.briefingengine.corpus.DocumentStore;
import org.briefingengine.corpus.IngestedFile;
import org.briefingengine.corpus.SourceDocument;
import org.briefingengine.report.BriefingReport.FormalReference;
import org.briefingengine.report.BriefingReport.MechanismWeek;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The report's queries: document rows, reference list, citation counts, citation and evidence streams and key
 * quotes, read from the database the way the weekly job's steps store them.
 */
class ReportReadModelTest {

    private static final LocalDate MONDAY = LocalDate.of(2022, 5, 23);
    private static final LocalDate SUNDAY = LocalDate.of(2022, 5, 29);

    private static final String RUBRIC = "visit";

    private JdbcTemplate jdbc;
    private ReportReadModel store;

    @BeforeEach
    void database() {
        jdbc = TestDatabase.withSchema("report-read-model");
        store = new ReportReadModel(jdbc);
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
     * mechanism and reference, makes H2 fetch every citation row with its quote), while a document's own citations
     * come through the narrow (DOCUMENT) index.
     */
    @Test
    void countsAndReferencesReadTheCoveringIndexAndADocumentsCitationsTheNarrowOne() {
        for (int i = 0; i < 20; i++) {
            document("d" + i, MONDAY.minusDays(i), null);
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
        run(1, "a.txt", LocalDate.of(2022, 5, 10));

        String plan = TestDatabase.plan(jdbc, ReportReadModel.DOCUMENT_ROWS_SQL, Map.of("lastCompleted", 1L));

        assertThat(plan).contains("PUBLIC.BE_DOCUMENT_FILE_PART").contains("/* index sorted */");
    }

    @Test
    void aDocumentIsNewOnlyForTheRunThatStoredItAndUnchangedForEveryLaterRun() {
        run(1, "a.txt", LocalDate.of(2022, 5, 10));
        documents().markDuplicates();
        execution(1, "COMPLETED");
        run(2, "b.txt", LocalDate.of(2022, 5, 11));
        documents().markDuplicates();

        assertThat(statuses(2)).containsExactly("a.txt=unchanged", "b.txt=new");
        execution(2, "COMPLETED");
        assertThat(statuses(3)).containsExactly("a.txt=unchanged", "b.txt=unchanged");
    }

    /** Issue 18, defect 9: after a killed run, documents.csv says what a clean run would. */
    @Test
    void documentsStoredByARunThatNeverCompletedAreNewForTheRunAfterIt() {
        run(1, "a.txt", LocalDate.of(2022, 5, 10));
        execution(1, "COMPLETED");
        run(2, "b.txt", LocalDate.of(2022, 5, 11)); // killed after its ingest: recovered as FAILED
        execution(2, "FAILED");
        run(3, "c.txt", LocalDate.of(2022, 5, 12)); // stopped by SIGTERM
        execution(3, "STOPPED");
        run(4, "d.txt", LocalDate.of(2022, 5, 12));

        assertThat(statuses(4)).containsExactly("a.txt=unchanged", "b.txt=new", "c.txt=new", "d.txt=new");
        execution(4, "COMPLETED");
        assertThat(statuses(5)).containsExactly("a.txt=unchanged", "b.txt=unchanged", "c.txt=unchanged",
                "d.txt=unchanged");
    }

    @Test
    void evidenceStreamsByConditionDocumentAndOffsetWithoutDuplicatesOrLaterDocuments() {
        document("b.txt", LocalDate.of(2022, 5, 2), null);
        document("a.txt", SUNDAY, null);
        document("undated.txt", null, null);
        document("later.txt", LocalDate.of(2022, 6, 10), null);
        document("copy.txt", LocalDate.of(2022, 5, 1), "a.txt");
        evidence("movement", "b.txt", 30);
        evidence("detainees", "b.txt", 10);
        evidence("movement", "a.txt", 80);
        evidence("movement", "a.txt", 20);
        evidence("movement", "later.txt", 1);
        evidence("movement", "copy.txt", 1);
        evidence("detainees", "undated.txt", 4);
        evidence("movement", "b.txt", 5);

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

        assertThat(plan).contains("BE_EVIDENCE_READ").contains("/* index sorted */");
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

    private void run(long runId, String path, LocalDate published) {
        SourceDocument document = new SourceDocument(path, path, 0, "Title", "Publisher", published, "ngo", "",
                "The same short text in both files.", List.of());
        documents().save(List.of(IngestedFile.read(path, "sha-" + path, "stamp-" + path, false, List.of(document))),
                runId);
    }

    private void evidence(String condition, String document, int start) {
        jdbc.update("INSERT INTO BE_EVIDENCE (RUBRIC, CONDITION_ID, STANCE, DOCUMENT, QUOTE, START_OFFSET, END_OFFSET,"
                + " QUALIFIER, RULE_ID) VALUES (?, ?, 'supports', ?, 'quote', ?, ?, '', 'r1')", RUBRIC, condition,
                document, start, start + 5);
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
