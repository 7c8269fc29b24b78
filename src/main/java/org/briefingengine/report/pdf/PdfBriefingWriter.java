package org.briefingengine.report.pdf;

import java.io.IOException;
import java.nio.file.Path;

import org.briefingengine.report.BriefingReport;

/** Writes the weekly PDF briefing. */
public class PdfBriefingWriter {

    public PdfBriefingWriter(Path templatesDir) {
    }

    public void write(BriefingReport report, Path pdf) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }
}
