package org.briefingengine.assessment;

import java.time.LocalDate;

/**
 * One quote that supports or contradicts one rubric condition.
 *
 * @param sourceType the document's source type from the manifest (ngo, un, state-media, …): used to weigh it
 * @param qualifier  why the quote counts for less than full support: "partial", "hedged", "claim"; "" when none
 * @param rule       the id or pattern of the rubric rule that matched, so an analyst can trace it
 * @param url        the document's web address from the manifest, joined in when the report reads evidence; ""
 */
public record Evidence(String rubric, String condition, Stance stance, String document, String publisher,
                       LocalDate published, String sourceType, String quote, int start, int end, String qualifier,
                       String rule, String url) {

    public Evidence {
        publisher = publisher == null ? "" : publisher;
        sourceType = sourceType == null ? "" : sourceType;
        qualifier = qualifier == null ? "" : qualifier;
        rule = rule == null ? "" : rule;
        url = url == null ? "" : url;
    }

    /** Evidence as the extractor finds it: the document's web address is not known yet. */
    public Evidence(String rubric, String condition, Stance stance, String document, String publisher,
                    LocalDate published, String sourceType, String quote, int start, int end, String qualifier,
                    String rule) {
        this(rubric, condition, stance, document, publisher, published, sourceType, quote, start, end, qualifier,
                rule, "");
    }
}
