package org.briefingengine.analysis;

import java.util.List;

import org.briefingengine.assessment.EvidenceExtractor;
import org.briefingengine.citation.CitationExtractor;
import org.briefingengine.corpus.SegmentedDocument;
import org.briefingengine.corpus.SentenceSegmenter;
import org.briefingengine.corpus.SourceDocument;
import org.briefingengine.language.LanguageDetector;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Segments a document once and runs both extractors over the same sentences. The rubric's rules are in English:
 * a document in another language is not searched for evidence (the report counts it as not assessed).
 */
public class DocumentAnalyser implements ItemProcessor<SourceDocument, DocumentAnalysis> {

    private final SentenceSegmenter segmenter;
    private final CitationExtractor citations;
    private final EvidenceExtractor evidence;

    public DocumentAnalyser(SentenceSegmenter segmenter, CitationExtractor citations, EvidenceExtractor evidence) {
        this.segmenter = segmenter;
        this.citations = citations;
        this.evidence = evidence;
    }

    @Override
    public DocumentAnalysis process(SourceDocument document) {
        SegmentedDocument doc = new SegmentedDocument(document, segmenter.segment(document.text()));
        return new DocumentAnalysis(document.id(), citations.extract(doc),
                LanguageDetector.assessedInEnglish(document.language()) ? evidence.extract(doc) : List.of(),
                document.language());
    }
}
