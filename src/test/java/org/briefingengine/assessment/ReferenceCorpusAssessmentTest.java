package org.briefingengine.assessment;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.opencsv.CSVReaderHeaderAware;
import org.briefingengine.corpus.SegmentedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Runs the 2022 rubric over the shared reference corpus and checks every condition's status against
 * {@code assessment/expected-statuses-2022.csv}, where each expectation carries its reason.
 */
class ReferenceCorpusAssessmentTest {

    private static final Path RUBRIC = Path.of("templates/standards/minimum-visit-conditions-2022.yml");

    private static Rubric rubric;
    private static List<Evidence> evidence;

    @BeforeAll
    static void assess() throws Exception {
        Path corpus = ReferenceCorpus.locate();
        assumeTrue(corpus != null, "shared reference corpus not found");
        rubric = Rubric.load(RUBRIC);
        EvidenceExtractor extractor = new EvidenceExtractor(rubric);
        evidence = new ArrayList<>();
        for (SegmentedDocument doc : ReferenceCorpus.read(corpus)) {
            evidence.addAll(extractor.extract(doc));
        }
    }

    @Test
    void everyConditionHasTheExpectedStatus() throws Exception {
        Map<String, String[]> expected = expectations();
        assertEquals(rubric.conditions().stream().map(RubricCondition::id).toList(), List.copyOf(expected.keySet()),
                "one expectation per condition, in rubric order");
        StatusAssessor assessor = new StatusAssessor();
        List<Executable> checks = new ArrayList<>();
        for (RubricCondition c : rubric.conditions()) {
            ConditionAssessment a = assessor.assess(rubric, c, evidenceFor(c.id()));
            String[] want = expected.get(c.id());
            checks.add(() -> assertEquals(Status.valueOf(want[0]), a.status(),
                    c.id() + ": expected because " + want[1] + " Engine said: " + a.rationale()));
        }
        assertAll(checks);
    }

    @Test
    void stateMediaIsOnlyEverAClaim() {
        assertTrue(evidence.stream().filter(e -> e.sourceType().equals("state-media"))
                .allMatch(e -> e.qualifier().equals("claim")));
    }

    @Test
    void quotesAndOffsetsPointIntoTheDocuments() {
        assertFalse(evidence.isEmpty());
        assertTrue(evidence.stream().allMatch(e -> e.start() < e.end() && !e.quote().isBlank()
                && Objects.equals(e.rubric(), rubric.id())));
    }

    private List<Evidence> evidenceFor(String condition) {
        return evidence.stream().filter(e -> e.condition().equals(condition)).toList();
    }

    private static Map<String, String[]> expectations() throws Exception {
        Map<String, String[]> out = new LinkedHashMap<>();
        try (Reader in = new InputStreamReader(Objects.requireNonNull(
                ReferenceCorpusAssessmentTest.class.getResourceAsStream("/assessment/expected-statuses-2022.csv")),
                StandardCharsets.UTF_8); CSVReaderHeaderAware csv = new CSVReaderHeaderAware(in)) {
            Map<String, String> row;
            while ((row = csv.readMap()) != null) {
                assertFalse(row.get("reason").isBlank(), row.get("condition") + " needs a reason");
                out.put(row.get("condition"), new String[] {row.get("status"), row.get("reason")});
            }
        }
        return out;
    }
}
