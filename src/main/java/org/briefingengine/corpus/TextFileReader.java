package org.briefingengine.corpus;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Plain text. Saved web pages often carry markdown links ({@code [statement](#)}) even in .txt files; those are
 * reduced to their text. Paragraphs wrapped at a fixed width are joined back into lines ({@link HardWrappedText});
 * nothing else is touched.
 */
final class TextFileReader implements FormatReader {

    @Override
    public ExtractedText read(Path file, ParserLimits limits) throws RejectedFileException, IOException {
        return new ExtractedText(HardWrappedText.unwrap(MarkdownLinks.strip(TextBytes.read(file))), "");
    }
}
