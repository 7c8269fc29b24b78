package org.briefingengine.citation;

import java.time.LocalDate;

/**
 * One mention of a UN mechanism, its office-holder or one of its outputs, in one document.
 *
 * @param document  document id (path relative to the input folder, {@code #N} for a compilation part)
 * @param mechanism mechanism code from the catalogue, e.g. {@code CERD}, {@code SP}
 * @param family    CHARTER, TREATY, SECRETARIAT or SPECIALIZED
 * @param reference the normalised formal reference (e.g. {@code CHN 13/2018}), or "" for a plain mention
 * @param quote     the sentence holding the citation
 * @param start     offset of the match in the document text (inclusive)
 * @param end       offset of the match in the document text (exclusive)
 * @param note      why the reference needs a second look, e.g. "repaired from E/CN.41998/45"; "" otherwise
 * @param url       the document's web address from the manifest, joined in when the report reads citations; ""
 */
public record Citation(String document, String publisher, LocalDate published, String mechanism, String family,
                       String reference, String quote, int start, int end, String note, String url) {

    public Citation {
        publisher = publisher == null ? "" : publisher;
        reference = reference == null ? "" : reference;
        note = note == null ? "" : note;
        url = url == null ? "" : url;
    }

    /** A citation as the extractor finds it: the document's web address is not known yet. */
    public Citation(String document, String publisher, LocalDate published, String mechanism, String family,
                    String reference, String quote, int start, int end, String note) {
        this(document, publisher, published, mechanism, family, reference, quote, start, end, note, "");
    }
}
