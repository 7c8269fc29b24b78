package org.briefingengine.assessment;

import java.time.LocalDate;

/**
 * One quote that supports or contradicts one rubric condition.
 *
 * @param sourceType the document's source type from the manifest (ngo, un, state-media, …): used to weigh it
 * @param qualifier  why the quote counts for less than full support: "partial", "hedged", "claim"; "" when none
 * @param rule       the id or pattern of the rubric rule that matched, so an analyst can trace it
 * @param url        the document's web address from the manifest, joined in when the report reads evidence; ""
 * @param speaker    who says it: a person or body the document quotes or reports ("Bachelet", "the Vice Foreign
 *                   Minister"), or "" when it is the document's own voice (its publisher)
 */
public record Evidence(String rubric, String condition, Stance stance, String document, String publisher,
                       LocalDate published, String sourceType, String quote, int start, int end, String qualifier,
                       String rule, String url, String speaker) {

    public Evidence {
        publisher = publisher == null ? "" : publisher;
        sourceType = sourceType == null ? "" : sourceType;
        qualifier = qualifier == null ? "" : qualifier;
        rule = rule == null ? "" : rule;
        url = url == null ? "" : url;
        speaker = speaker == null ? "" : speaker;
    }

    /** Evidence in the document's own voice. */
    public Evidence(String rubric, String condition, Stance stance, String document, String publisher,
                    LocalDate published, String sourceType, String quote, int start, int end, String qualifier,
                    String rule, String url) {
        this(rubric, condition, stance, document, publisher, published, sourceType, quote, start, end, qualifier,
                rule, url, "");
    }

    /** Who is speaking, for a reader: the speaker, else the publisher, else the document. */
    public String voice() {
        return !speaker.isBlank() ? speaker : publisher.isBlank() ? document : publisher;
    }

    /** Evidence as the extractor finds it: the document's web address is not known yet. */
    public Evidence(String rubric, String condition, Stance stance, String document, String publisher,
                    LocalDate published, String sourceType, String quote, int start, int end, String qualifier,
                    String rule) {
        this(rubric, condition, stance, document, publisher, published, sourceType, quote, start, end, qualifier,
                rule, "");
    }
}
