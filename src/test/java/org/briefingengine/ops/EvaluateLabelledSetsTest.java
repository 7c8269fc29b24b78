package org.briefingengine.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The targets of issue 17, measured by {@code evaluate} on the team's gold labels
 * ({@code src/test/resources/assessment/labels/}): the real UN texts of {@code ../shared/visits} and the reference
 * corpus {@code ../shared/corpus} (skipped when the shared folder is absent), and the sample corpus {@code input/}.
 */
class EvaluateLabelledSetsTest {

    private static final Path LABELS = Path.of("src/test/resources/assessment/labels");
    private static final Path GENERIC = Path.of("templates/standards/un-country-visit.yml");
    private static final Path RUBRIC_2022 = Path.of("templates/standards/minimum-visit-conditions-2022.yml");

    private static Path shared(String folder) {
        Path basedir = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        Path dir = basedir.resolve("../shared").resolve(folder).normalize();
        assumeTrue(Files.isDirectory(dir), "shared folder " + dir + " not found");
        return dir;
    }

    private static Evaluation evaluate(Path input, String labels, Path rubric) {
        Evaluation e = EvaluateCommand.evaluate(input, LABELS.resolve(labels), rubric);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        e.print(new PrintStream(printed, true, StandardCharsets.UTF_8));
        System.out.println(printed.toString(StandardCharsets.UTF_8));
        return e;
    }

    @Test
    void visitsAtLeastNinetyPercentAcceptableAndNoWrongMet() {
        Evaluation e = evaluate(shared("visits"), "visits.csv", GENERIC);
        assertThat(e.rows()).hasSizeGreaterThan(80);
        assertThat(e.agreement()).as("share of acceptable statuses").isGreaterThanOrEqualTo(0.90);
        assertThat(e.wrongMets()).as("wrong METs").isEmpty();
    }

    @Test
    void referenceCorpusAtLeastFourteenOfFifteen() {
        Evaluation e = evaluate(shared("corpus"), "corpus.csv", RUBRIC_2022);
        assertThat(e.rows()).hasSize(15);
        assertThat(e.agreeing()).isGreaterThanOrEqualTo(14);
        assertThat(e.wrongMets()).isEmpty();
    }

    @Test
    void sampleCorpusAtLeastFourteenOfFifteen() {
        Evaluation e = evaluate(Path.of("input"), "sample.csv", RUBRIC_2022);
        assertThat(e.rows()).hasSize(15);
        assertThat(e.agreeing()).isGreaterThanOrEqualTo(14);
        assertThat(e.wrongMets()).isEmpty();
    }
}
