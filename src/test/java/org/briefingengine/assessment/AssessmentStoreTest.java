package org.briefingengine.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefingengine.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Evidence as the assess and report steps stream it from the database. */
class AssessmentStoreTest {

    private static final String RUBRIC = "visit";
    private static final LocalDate SUNDAY = LocalDate.of(2022, 5, 29);

    private JdbcTemplate jdbc;
    private AssessmentStore store;

    @BeforeEach
    void database() {
        jdbc = TestDatabase.withSchema("assessment-store");
        store = new AssessmentStore(jdbc);
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
        List<Evidence> movement = new ArrayList<>();
        store.forEachEvidence(RUBRIC, "movement", SUNDAY, movement::add);

        assertThat(all).extracting(Evidence::condition, Evidence::document, Evidence::start).containsExactly(
                tuple("detainees", "b.txt", 10), tuple("detainees", "undated.txt", 4),
                tuple("movement", "a.txt", 20), tuple("movement", "a.txt", 80),
                tuple("movement", "b.txt", 5), tuple("movement", "b.txt", 30));
        assertThat(movement).extracting(Evidence::document, Evidence::start).containsExactly(
                tuple("a.txt", 20), tuple("a.txt", 80), tuple("b.txt", 5), tuple("b.txt", 30));
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

        store.saveKeyQuotes(7, chosen);
        store.saveKeyQuotes(7, chosen);   // a second save of the same run replaces the first

        assertThat(store.keyQuotes(7)).containsOnlyKeys("movement");
        assertThat(store.keyQuotes(7).get("movement")).containsExactly(strongest, next);
        assertThat(store.keyQuotes(8)).isEmpty();
    }

    /** The ordered evidence queries must read the evidence index in order: a sort spills to disk on big corpora. */
    @Test
    void orderedEvidenceQueriesReadTheIndexInOrderInsteadOfSorting() {
        String whole = TestDatabase.plan(jdbc, AssessmentStore.EVIDENCE_SQL + AssessmentStore.IN_INDEX_ORDER, RUBRIC, SUNDAY);
        String oneCondition = TestDatabase.plan(jdbc, AssessmentStore.EVIDENCE_SQL + " AND E.CONDITION_ID = ?"
                + AssessmentStore.IN_INDEX_ORDER, RUBRIC, SUNDAY, "movement");

        assertThat(whole).contains("BE_EVIDENCE_READ").contains("/* index sorted */");
        assertThat(oneCondition).contains("BE_EVIDENCE_READ").contains("/* index sorted */");
    }

    private void document(String id, LocalDate published, String duplicateOf) {
        jdbc.update("INSERT INTO BE_DOCUMENT (ID, FILE, PART, PUBLISHED, CHARACTERS, SHA256, STATUS, DUPLICATE_OF)"
                        + " VALUES (?, ?, 0, ?, 100, ?, 'new', ?)", id, id, published == null ? null : Date.valueOf(published),
                "sha-" + id, duplicateOf);
    }

    private void evidence(String condition, String document, int start) {
        jdbc.update("INSERT INTO BE_EVIDENCE (RUBRIC, CONDITION_ID, STANCE, DOCUMENT, QUOTE, START_OFFSET, END_OFFSET,"
                + " QUALIFIER, RULE_ID) VALUES (?, ?, 'supports', ?, 'quote', ?, ?, '', 'r1')", RUBRIC, condition,
                document, start, start + 5);
    }
}
