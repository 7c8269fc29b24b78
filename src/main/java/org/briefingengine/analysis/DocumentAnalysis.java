package org.briefingengine.analysis;

import java.util.List;

import org.briefingengine.assessment.Evidence;
import org.briefingengine.citation.Citation;

/**
 * What one pass over a document found: its citations and its evidence for the rubric.
 *
 * @param language  the document's language as analysed ("" unknown), stored where the row had none yet
 * @param rejection why the document could not be analysed (it is listed in rejected.csv and keeps no citations or
 *                  evidence), else ""
 */
public record DocumentAnalysis(String document, List<Citation> citations, List<Evidence> evidence, String language,
                               String rejection) {

    public DocumentAnalysis {
        language = language == null ? "" : language;
        rejection = rejection == null ? "" : rejection;
    }

    public DocumentAnalysis(String document, List<Citation> citations, List<Evidence> evidence, String language) {
        this(document, citations, evidence, language, "");
    }

    public DocumentAnalysis(String document, List<Citation> citations, List<Evidence> evidence) {
        this(document, citations, evidence, "", "");
    }

    /** A document whose analysis failed or exceeded its bounds. */
    public static DocumentAnalysis rejected(String document, String reason) {
        return new DocumentAnalysis(document, List.of(), List.of(), "", reason);
    }

    public boolean isRejected() {
        return !rejection.isEmpty();
    }
}
