package org.briefingengine.assessment;

import java.time.LocalDate;

/**
 * One quote that supports or contradicts one rubric condition.
 *
 * @param sourceType the document's source type from the manifest (ngo, un, state-media, …): used to weigh it
 * @param qualifier  why the quote counts for less than full support: "partial", "hedged", "claim"; "" when none
 * @param rule       the id or pattern of the rubric rule that matched, so an analyst can trace it
 */
public record Evidence(String rubric, String condition, Stance stance, String document, String publisher,
                       LocalDate published, String sourceType, String quote, int start, int end, String qualifier,
                       String rule) {

    public Evidence {
        publisher = publisher == null ? "" : publisher;
        sourceType = sourceType == null ? "" : sourceType;
        qualifier = qualifier == null ? "" : qualifier;
        rule = rule == null ? "" : rule;
    }
}
