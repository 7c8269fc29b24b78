package org.briefingengine.analysis;

import java.util.List;

import org.briefingengine.assessment.Evidence;
import org.briefingengine.citation.Citation;

/** What one pass over a document found: its citations and its evidence for the rubric. */
public record DocumentAnalysis(String document, List<Citation> citations, List<Evidence> evidence) {
}
