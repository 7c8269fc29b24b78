package org.briefingengine.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.briefingengine.TestRows.RUBRIC;
import static org.briefingengine.TestRows.SUNDAY;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.briefingengine.TestDatabase;
import org.briefingengine.TestRows;
import org.junit.jupiter.api.Test;

/** Evidence as the assess step streams it from the database. */
class AssessmentStoreTest {

    private final TestRows rows = new TestRows("assessment-store");
    private final AssessmentStore store = new AssessmentStore(rows.jdbc());

    @Test
    void evidenceStreamsByConditionDocumentAndOffsetWithoutDuplicatesOrLaterDocuments() {
        rows.evidenceInEveryKindOfDocument();

        List<Evidence> movement = new ArrayList<>();
        store.forEachEvidence(RUBRIC, "movement", SUNDAY, movement::add);

        assertThat(movement).extracting(Evidence::document, Evidence::start).containsExactly(
                tuple("a.txt", 20), tuple("a.txt", 80), tuple("b.txt", 5), tuple("b.txt", 30));
    }

    /** The ordered evidence query must read the evidence index in order: a sort spills to disk on big corpora. */
    @Test
    void theOrderedEvidenceQueryReadsTheIndexInOrderInsteadOfSorting() {
        String oneCondition = TestDatabase.plan(rows.jdbc(), AssessmentStore.CONDITION_EVIDENCE_SQL,
                Map.of("rubric", RUBRIC, "condition", "movement", "upTo", SUNDAY));

        assertThat(oneCondition).contains("BE_EVIDENCE_READ_SPEAKER").contains("/* index sorted */");
    }
}
