package org.briefingengine.report.xlsx;

import java.io.IOException;
import java.nio.file.Path;

import org.briefingengine.report.BriefingReport;

/** Writes the Excel annex analysts filter. */
public class AnnexWriter {

    public void write(BriefingReport report, Path xlsx) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }
}
