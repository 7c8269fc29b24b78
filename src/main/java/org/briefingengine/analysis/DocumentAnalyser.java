package org.briefingengine.analysis;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.briefingengine.assessment.EvidenceExtractor;
import org.briefingengine.citation.CitationExtractor;
import org.briefingengine.corpus.DocumentBudget;
import org.briefingengine.corpus.SegmentedDocument;
import org.briefingengine.corpus.SentenceSegmenter;
import org.briefingengine.corpus.SourceDocument;
import org.briefingengine.language.LanguageDetector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Segments a document once and runs both extractors over the same sentences, within a {@link DocumentBudget}
 * (a time limit per document, caps on sentences, mentions and rows). A document that exceeds it, or whose analysis
 * fails, is returned {@linkplain DocumentAnalysis#rejected rejected} with the reason, and the step goes on; when
 * the run is stopping, the document is left unanalysed for the next run (filtered out). The rubric's rules are in
 * English: a document in another language is not searched for evidence (the report counts it as not assessed).
 */
public class DocumentAnalyser implements ItemProcessor<SourceDocument, DocumentAnalysis> {

    /** Default time limit for analysing one document. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofMinutes(2);

    /** Documents at least this long are logged when their analysis starts, so that a slow one can be named. */
    static final int LOGGED_FROM_CHARS = 1_000_000;

    private static final Logger log = LoggerFactory.getLogger(DocumentAnalyser.class);

    private final SentenceSegmenter segmenter;
    private final CitationExtractor citations;
    private final EvidenceExtractor evidence;
    private final Duration timeLimit;
    private final BooleanSupplier stopRequested;

    public DocumentAnalyser(SentenceSegmenter segmenter, CitationExtractor citations, EvidenceExtractor evidence) {
        this(segmenter, citations, evidence, DEFAULT_TIME_LIMIT, ShutdownSignal.signal());
    }

    public DocumentAnalyser(SentenceSegmenter segmenter, CitationExtractor citations, EvidenceExtractor evidence,
                            Duration timeLimit, BooleanSupplier stopRequested) {
        this.segmenter = segmenter;
        this.citations = citations;
        this.evidence = evidence;
        this.timeLimit = timeLimit;
        this.stopRequested = stopRequested;
    }

    @Override
    public DocumentAnalysis process(SourceDocument document) {
        if (document.text().length() >= LOGGED_FROM_CHARS) {
            log.info("analysing {} ({} characters)", document.id(), document.text().length());
        }
        DocumentBudget budget = DocumentBudget.of(timeLimit, stopRequested);
        try {
            SegmentedDocument doc = new SegmentedDocument(document, segmenter.segment(document.text()), budget);
            return new DocumentAnalysis(document.id(), citations.extract(doc),
                    LanguageDetector.assessedInEnglish(document.language()) ? evidence.extract(doc) : List.of(),
                    document.language());
        } catch (DocumentBudget.Exceeded e) {
            if (e.stopRequested()) {
                return null;
            }
            return reject(document, "not analysed: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            log.debug("analysis of {} failed", document.id(), e);
            String cause = e.getClass().getSimpleName() + ": " + e.getMessage();
            return reject(document, "not analysed (" + (cause.length() > 200 ? cause.substring(0, 197) + "..." : cause) + ")");
        }
    }

    private static DocumentAnalysis reject(SourceDocument document, String reason) {
        log.warn("rejected {}: {}", document.id(), reason);
        return DocumentAnalysis.rejected(document.id(), reason);
    }
}
