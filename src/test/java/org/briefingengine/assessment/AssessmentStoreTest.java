package org.briefingengine.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.briefingengine.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Evidence as the assess step streams it from the database. */
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

        List<Evidence> movement = new ArrayList<>();
        store.forEachEvidence(RUBRIC, "movement", SUNDAY, movement::add);

        assertThat(movement).extracting(Evidence::document, Evidence::start).containsExactly(
                tuple("a.txt", 20), tuple("a.txt", 80), tuple("b.txt", 5), tuple("b.txt", 30));
    }

    /** The ordered evidence query must read the evidence index in order: a sort spills to disk on big corpora. */
    @Test
    void theOrderedEvidenceQueryReadsTheIndexInOrderInsteadOfSorting() {
        String oneCondition = TestDatabase.plan(jdbc, AssessmentStore.CONDITION_EVIDENCE_SQL,
                Map.of("rubric", RUBRIC, "condition", "movement", "upTo", SUNDAY));

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
