package org.briefingengine.corpus;

import java.io.IOException;
import java.nio.file.Path;

/** Extracts the text of one file format. Implementations are stateless and thread-safe. */
interface FormatReader {

    /**
     * @throws RejectedFileException when the file cannot or must not be read; the message is the short reason
     */
    ExtractedText read(Path file, ParserLimits limits) throws RejectedFileException, IOException;

    /** Whether the file is read whole into memory (and so capped by {@link ParserLimits#maxTextFileBytes()}). */
    default boolean readsWholeFile() {
        return true;
    }
}
