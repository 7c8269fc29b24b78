package org.briefingengine.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.briefingengine.assessment.Rubric;
import org.briefingengine.corpus.Hashing;

/**
 * Identifies what a document was analysed with: the mechanism catalogue, the rubric and the engine's analysis
 * version. A document whose stored fingerprint differs is analysed again, so editing the catalogue or the
 * rubric takes effect on the next run without reading the files again.
 */
public final class AnalysisFingerprint {

    /** Bump when extraction code changes what it finds, so that stored results are recomputed. */
    static final String ANALYSIS_VERSION = "2";

    private AnalysisFingerprint() {
    }

    public static String of(Path catalogue, Rubric rubric) {
        MessageDigest digest = Hashing.sha256();
        digest.update(("analysis-" + ANALYSIS_VERSION + "\n" + rubric.fingerprint() + "\n").getBytes(StandardCharsets.UTF_8));
        try {
            digest.update(Files.readAllBytes(catalogue));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read mechanism catalogue " + catalogue, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
