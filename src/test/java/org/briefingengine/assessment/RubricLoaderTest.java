package org.briefingengine.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RubricLoaderTest {

    @TempDir
    Path dir;

    @Test
    void the2022RubricHasTheAgreedConditionIds() throws Exception {
        Rubric r = Rubric.load(TestDocs.RUBRIC_2022);
        assertEquals("minimum-visit-conditions-2022", r.id());
        assertEquals(List.of("report-released", "civil-society-before", "detainee-meetings", "access-transparency",
                "special-procedures-in-team", "freedom-of-movement", "detention-access", "confidential-contact",
                "documentary-access", "security-not-prejudicial", "no-reprisals", "interview-confidentiality",
                "civil-society-participation", "un-information-used", "breach-reporting"),
                r.conditions().stream().map(RubricCondition::id).toList());
        assertTrue(r.conditions().stream().allMatch(c -> !c.title().isBlank() && !c.description().isBlank()
                && (!c.rules().isEmpty() || c.concept() != null)));
        // The fingerprint covers the rubric and the lexicon it uses: editing either shows in the briefing.
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(Files.readAllBytes(TestDocs.RUBRIC_2022));
        digest.update(Files.readAllBytes(TestDocs.RUBRIC_2022.resolveSibling("lexicon.yml")));
        assertEquals(HexFormat.of().formatHex(digest.digest()), r.fingerprint());
    }

    @Test
    void theCountryVisitRubricReusesTheIds() {
        Rubric r = Rubric.load(Path.of("templates/standards/un-country-visit.yml"));
        assertEquals(List.of("freedom-of-movement", "detention-access", "confidential-contact", "documentary-access",
                "no-reprisals", "security-not-prejudicial"), r.conditions().stream().map(RubricCondition::id).toList());
    }

    @Test
    void aPhraseAloneIsARule() throws IOException {
        Rubric r = Rubric.load(write("id: r\ntitle: R\nconditions:\n  - id: a\n    title: A\n    supports: ['spoke in private']\n"));
        Rule rule = r.conditions().get(0).rules().get(0);
        assertEquals("spoke in private", rule.id());
        assertEquals(Stance.SUPPORTS, rule.stance());
    }

    @Test
    void problemsNameTheFileAndWhatIsWrong() throws IOException {
        assertProblem("id: r\ntitle: [unclosed\n", "not valid YAML");
        assertProblem("id: r\ntitle: R\nconditions:\n  - {id: a, title: A}\n  - {id: a, title: B}\n", "duplicate condition id 'a'");
        assertProblem("id: r\ntitle: R\nconditions:\n  - id: a\n    title: A\n    contradicts:\n      - {id: x, match: 'denied (access'}\n",
                "bad regex");
        assertProblem("id: r\ntitle: R\nconditions:\n  - id: a\n    title: A\n    supports:\n      - {match: x, whith: y}\n",
                "unknown key 'whith'");
        assertProblem("id: r\ntitle: R\nconditions: []\n", "no conditions");
        assertProblem("id: r\ntitle: R\nconditions:\n  - {id: Bad Id, title: A}\n", "condition id 'Bad Id'");
    }

    private void assertProblem(String yaml, String expected) throws IOException {
        Path file = write(yaml);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rubric.load(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains(expected), e.getMessage());
    }

    private Path write(String yaml) throws IOException {
        Path file = Files.createTempFile(dir, "rubric", ".yml");
        Files.writeString(file, yaml);
        return file;
    }
}
