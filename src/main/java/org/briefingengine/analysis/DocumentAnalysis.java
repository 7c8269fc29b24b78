package org.briefingengine.analysis;

import java.util.List;

import org.briefingengine.assessment.Evidence;
import org.briefingengine.citation.Citation;

/**
 * What one pass over a document found: its citations and its evidence for the rubric.
 *
 * @param language the document's language as analysed ("" unknown), stored where the row had none yet
 */
public record DocumentAnalysis(String document, List<Citation> citations, List<Evidence> evidence, String language) {

    public DocumentAnalysis(String document, List<Citation> citations, List<Evidence> evidence) {
        this(document, citations, evidence, "");
    }
}
