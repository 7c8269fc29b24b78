package org.briefingengine.corpus;

import java.time.LocalDate;
import java.util.List;

/**
 * One document as the engine stores and analyses it: a whole input file, or part N of a compilation page.
 *
 * <p>{@code text} is the normalised content text (markup stripped, page chrome removed); every offset the
 * engine reports (citations, evidence) is a character offset into this text, so a quote can always be found
 * again in the stored document.
 *
 * @param id         path relative to the input folder, with {@code #N} for part N of a split compilation
 * @param file       path relative to the input folder
 * @param part       0 for a whole file, 1..n for the parts of a compilation
 * @param published  publication date, or {@code null} when neither manifest nor text gives one
 * @param pageStarts offsets in {@code text} where each page starts (PDF only; empty otherwise)
 * @param language   ISO 639-1 code of the text's language (manifest, else detected), "" when unknown
 */
public record SourceDocument(String id, String file, int part, String title, String publisher, LocalDate published,
                             String sourceType, String url, String text, List<Integer> pageStarts, String language) {

    /** A document whose language is not known. */
    public SourceDocument(String id, String file, int part, String title, String publisher, LocalDate published,
                          String sourceType, String url, String text, List<Integer> pageStarts) {
        this(id, file, part, title, publisher, published, sourceType, url, text, pageStarts, "");
    }

    public SourceDocument {
        language = language == null ? "" : language;
        title = title == null ? "" : title;
        publisher = publisher == null ? "" : publisher;
        sourceType = sourceType == null ? "" : sourceType;
        url = url == null ? "" : url;
        text = text == null ? "" : text;
        pageStarts = pageStarts == null ? List.of() : List.copyOf(pageStarts);
    }

    /** 1-based page number holding {@code offset}, or 0 when the document has no pages. */
    public int pageAt(int offset) {
        int page = 0;
        for (int start : pageStarts) {
            if (start > offset) {
                break;
            }
            page++;
        }
        return page;
    }
}
