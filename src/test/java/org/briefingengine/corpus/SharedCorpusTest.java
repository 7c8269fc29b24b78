package org.briefingengine.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.briefingengine.TestCorpora;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the parser over the real documents in {@code ../shared/corpus}; skipped when they are not there. */
class SharedCorpusTest {

    private static Path corpus;
    private static ScannedCorpus scan;
    private static final List<SourceDocument> documents = new ArrayList<>();

    @BeforeAll
    static void readCorpus() throws RejectedFileException {
        corpus = TestCorpora.shared().orElse(null);
        Assumptions.assumeTrue(corpus != null, "../shared/corpus not available");
        scan = ScannedCorpus.of(corpus);
        DocumentParser parser = new DocumentParser();
        for (CorpusEntry entry : scan.entries()) {
            documents.addAll(parser.parse(entry));
        }
    }

    private static List<SourceDocument> of(String prefix) {
        return documents.stream().filter(d -> d.file().startsWith(prefix)).toList();
    }

    @Test
    void everyFileIsReadAndNothingRejected() {
        assertThat(scan.rejected()).isEmpty();
        assertThat(scan.entries()).hasSize(5).allMatch(e -> e.manifest() != null);
    }

    @Test
    void compilation004IsSplitIntoThreeAttributedPartsWithTheBylineOnlyPieceFolded() {
        List<SourceDocument> parts = of("004_");
        // A "Reuters / May 28, 2022" header with no text of its own is no part (issue 19): folded into CGTN's.
        assertThat(parts).extracting(SourceDocument::part).containsExactly(1, 2, 3);
        assertThat(parts).extracting(SourceDocument::id).allMatch(id -> id.matches("004_.*\\.txt#[1-3]"));
        assertThat(parts.get(0).publisher()).isEqualTo("CGTN");
        assertThat(parts.get(1).publisher()).isEqualTo("Amnesty International");
        assertThat(parts.get(2).publisher()).contains("UN High Commissioner").contains("OHCHR");
        assertThat(parts).extracting(SourceDocument::sourceType).containsExactly("state-media", "ngo", "un");
        assertThat(parts).extracting(SourceDocument::published).containsOnly(LocalDate.of(2022, 5, 28));
        assertThat(parts.get(2).text()).startsWith("Statement by");
        assertThat(parts).allSatisfy(p -> assertThat(p.text().length()).isGreaterThan(500));
        assertThat(parts).noneMatch(p -> p.text().contains("Read more") || p.text().contains("No comments"));
    }

    @Test
    void pullQuoteRepeatedIn004IsFlagged() {
        SourceDocument amnesty = of("004_").stream().filter(p -> p.publisher().equals("Amnesty International"))
                .findFirst().orElseThrow();
        assertThat(new SentenceSegmenter().segment(amnesty.text())).anyMatch(Sentence::repeat);
    }

    @Test
    void dateOf003IsReadFromItsText() throws RejectedFileException {
        CorpusEntry entry = scan.entries().stream().filter(e -> e.relativePath().startsWith("003_")).findFirst()
                .orElseThrow();
        SourceDocument withoutManifest = new DocumentParser()
                .parse(new CorpusEntry(entry.path(), entry.relativePath(), null)).get(0);
        assertThat(withoutManifest.published()).isEqualTo(LocalDate.of(2022, 5, 28));
        assertThat(withoutManifest.publisher()).contains("HRIC");
        assertThat(withoutManifest.sourceType()).isEqualTo("ngo");
        assertThat(withoutManifest.text()).doesNotContain("](#)");
    }

    @Test
    void pageChromeIsGone() {
        SourceDocument ishr = of("000_").get(0);
        assertThat(ishr.text()).doesNotContain("2024 highlights");
        assertThat(ishr.text().lines().findFirst().orElseThrow()).doesNotStartWith("Here are");
        assertThat(ishr.text()).contains("CHN 13/2018");
        SourceDocument hrc = of("001_").get(0);
        assertThat(hrc.text()).doesNotContain("Related articles").doesNotStartWith("UN Photo");
        assertThat(hrc.text()).contains("ECOSOC consultative status");
        assertThat(hrc.title()).startsWith("HRC47");
    }

    @Test
    void offsetsOfSentencesStayInsideEachText() {
        SentenceSegmenter segmenter = new SentenceSegmenter();
        for (SourceDocument d : documents) {
            for (Sentence s : segmenter.segment(d.text())) {
                assertThat(s.start()).isLessThan(s.end());
                assertThat(s.end()).isLessThanOrEqualTo(d.text().length());
            }
        }
    }
}
