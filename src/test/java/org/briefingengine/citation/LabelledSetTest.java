package org.briefingengine.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the extractor against labels made by reading the five real documents of the shared corpus: which
 * mechanisms each document cites, and every formal reference. The documents are read at run time, never copied.
 */
class LabelledSetTest {

    private static Path corpus;
    private static Set<String> predictedPresence;
    private static Set<String> predictedReferences;

    @BeforeAll
    static void extract() throws IOException {
        corpus = locateCorpus();
        Assumptions.assumeTrue(corpus != null, "shared corpus not found; skipping the labelled-set measurement");
        CitationExtractor extractor = new CitationExtractor(MechanismCatalogue.load(Path.of("templates/mechanisms.csv")));
        predictedPresence = new HashSet<>();
        predictedReferences = new HashSet<>();
        for (String file : labelledDocuments()) {
            String text = Files.readString(corpus.resolve(file), StandardCharsets.UTF_8);
            for (Citation c : extractor.extract(Documents.of(file, text))) {
                predictedPresence.add(c.document() + "," + c.mechanism());
                if (!c.reference().isEmpty()) {
                    predictedReferences.add(c.document() + "," + c.mechanism() + "," + c.reference());
                }
            }
        }
    }

    @Test
    void mechanismPresencePerDocument() throws IOException {
        Set<String> expected = rows("labelled-set.csv").stream()
                .filter(r -> Boolean.parseBoolean(r[2])).map(r -> r[0] + "," + r[1]).collect(Collectors.toSet());
        PrecisionRecall score = report("mechanism presence", predictedPresence, expected);
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void formalReferences() throws IOException {
        Set<String> expected = rows("labelled-references.csv").stream()
                .map(r -> String.join(",", r)).collect(Collectors.toSet());
        PrecisionRecall score = report("formal references", predictedReferences, expected);
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.95);
    }

    private static PrecisionRecall report(String what, Set<String> predicted, Set<String> expected) {
        PrecisionRecall score = PrecisionRecall.of(predicted, expected);
        System.out.println("Labelled set, " + what + ": " + score);
        predicted.stream().filter(p -> !expected.contains(p)).sorted().forEach(p -> System.out.println("  false positive " + p));
        expected.stream().filter(e -> !predicted.contains(e)).sorted().forEach(e -> System.out.println("  missed " + e));
        return score;
    }

    private static Set<String> labelledDocuments() throws IOException {
        return rows("labelled-set.csv").stream().map(r -> r[0]).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static List<String[]> rows(String resource) throws IOException {
        try (Reader in = new InputStreamReader(LabelledSetTest.class.getResourceAsStream("/citation/" + resource),
                StandardCharsets.UTF_8); CSVReader csv = new CSVReader(in)) {
            List<String[]> rows = new ArrayList<>(csv.readAll());
            rows.remove(0);
            return rows;
        } catch (CsvException e) {
            throw new IOException(resource + ": " + e.getMessage(), e);
        }
    }

    private static Path locateCorpus() {
        return org.briefingengine.TestCorpora.shared().orElse(null);
    }
}
