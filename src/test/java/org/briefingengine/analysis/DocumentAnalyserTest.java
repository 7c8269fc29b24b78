package org.briefingengine.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.briefingengine.assessment.EvidenceExtractor;
import org.briefingengine.assessment.Rubric;
import org.briefingengine.citation.CitationExtractor;
import org.briefingengine.citation.MechanismCatalogue;
import org.briefingengine.corpus.DocumentBudget;
import org.briefingengine.corpus.SegmentedDocument;
import org.briefingengine.corpus.SentenceSegmenter;
import org.briefingengine.corpus.SourceDocument;
import org.junit.jupiter.api.Test;

/** Issue 18, defect 3: every document's analysis is bounded, and one that exceeds its bounds is rejected. */
class DocumentAnalyserTest {

    private static final CitationExtractor CITATIONS =
            new CitationExtractor(MechanismCatalogue.load(Path.of("templates/mechanisms.csv")));
    private static final EvidenceExtractor EVIDENCE =
            new EvidenceExtractor(Rubric.load(Path.of("templates/standards/minimum-visit-conditions-2022.yml")));

    private static DocumentAnalyser analyser(Duration limit, BooleanSupplier stop) {
        return new DocumentAnalyser(new SentenceSegmenter(), CITATIONS, EVIDENCE, limit, stop);
    }

    private static SourceDocument document(String text) {
        return new SourceDocument("folder/run-on.txt", "folder/run-on.txt", 0, "", "Group", null, "ngo", "", text,
                List.of());
    }

    /** About 100 KB with no full stop and no line break, citing a mechanism in every clause. */
    private static String runOn(int chars) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < chars; i++) {
            sb.append("the Committee against Torture heard witness ").append(i)
                    .append(" say the team met detainees in private, ");
        }
        return sb.toString();
    }

    @Test
    void aHundredKilobytesWithNoFullStopGivesBoundedQuotesWithTheirOffsets() {
        SourceDocument doc = document(runOn(100_000));

        DocumentAnalysis analysis = analyser(Duration.ofMinutes(10), () -> false).process(doc);

        assertThat(analysis.isRejected()).isFalse();
        assertThat(analysis.citations()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.quote().length()).isLessThanOrEqualTo(SegmentedDocument.MAX_QUOTE_CHARS);
            assertThat(c.end() - c.start()).isPositive();
            assertThat(doc.text().substring(c.start(), c.end())).isEqualToIgnoringCase("Committee against Torture");
        });
        assertThat(analysis.evidence()).allSatisfy(e -> {
            assertThat(e.quote().length()).isLessThanOrEqualTo(SegmentedDocument.MAX_QUOTE_CHARS);
            assertThat(e.end() - e.start()).isBetween(1, SentenceSegmenter.MAX_SENTENCE_CHARS);
        });
    }

    @Test
    void aDocumentPastItsTimeLimitIsRejectedWithTheReason() {
        DocumentAnalysis analysis = analyser(Duration.ZERO, () -> false).process(document(runOn(10_000)));

        assertThat(analysis.isRejected()).isTrue();
        assertThat(analysis.document()).isEqualTo("folder/run-on.txt");
        assertThat(analysis.rejection()).contains("took longer than").contains("per-document time limit");
        assertThat(analysis.citations()).isEmpty();
        assertThat(analysis.evidence()).isEmpty();
    }

    @Test
    void aDocumentWithTooManyMentionsIsRejectedWithTheReason() {
        String text = "UPR ".repeat(DocumentBudget.MAX_MENTIONS + 1);

        DocumentAnalysis analysis = analyser(Duration.ofMinutes(10), () -> false).process(document(text));

        assertThat(analysis.rejection()).contains("more than " + DocumentBudget.MAX_MENTIONS + " mentions");
    }

    @Test
    void whenTheRunIsStoppingTheDocumentIsLeftForTheNextRunNotRejected() {
        assertThat(analyser(Duration.ofMinutes(10), () -> true).process(document(runOn(10_000)))).isNull();
    }
}
