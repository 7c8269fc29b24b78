package org.briefingengine.corpus;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Plain text. Saved web pages often carry markdown links ({@code [statement](#)}) even in .txt files; those are
 * reduced to their text, nothing else is touched.
 */
final class TextFileReader implements FormatReader {

    @Override
    public ExtractedText read(Path file, ParserLimits limits) throws RejectedFileException, IOException {
        return new ExtractedText(MarkdownLinks.strip(TextBytes.read(file)), "");
    }
}
