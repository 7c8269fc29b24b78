package org.briefingengine.corpus;

/**
 * What a {@link FormatReader} got out of a file: raw text lines (a line holding only
 * {@link BoilerplateFilter#PAGE_BREAK} separates pages) and a title found in the file's own metadata, or "".
 */
record ExtractedText(String text, String titleHint) {

    ExtractedText {
        titleHint = titleHint == null ? "" : titleHint.strip();
    }
}
