package org.briefingengine.corpus;

/**
 * Size caps that keep parsing within bounded memory (the job runs in a 256 MB heap).
 *
 * @param maxTextFileBytes   largest .txt/.md/.html file read (read whole into memory)
 * @param maxBinaryFileBytes largest .pdf/.docx file opened (PDFs are cached in temp files, not in the heap)
 * @param maxTextChars       most characters of text extracted from one file
 */
public record ParserLimits(long maxTextFileBytes, long maxBinaryFileBytes, int maxTextChars) {

    public static final long MB = 1024L * 1024L;

    public static ParserLimits defaults() {
        return new ParserLimits(20 * MB, 100 * MB, 20_000_000);
    }
}
