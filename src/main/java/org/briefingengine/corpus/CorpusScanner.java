package org.briefingengine.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the files of an input folder and joins them with {@code manifest.csv}.
 * Files are returned sorted by relative path so that runs are reproducible.
 */
public class CorpusScanner {

    public static final String MANIFEST = "manifest.csv";

    public CorpusScan scan(Path inputDir) {
        Path root = inputDir.toAbsolutePath().normalize();
        List<CorpusEntry> entries = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile)
                    .filter(p -> !p.equals(root.resolve(MANIFEST)))
                    .sorted()
                    .forEach(p -> entries.add(new CorpusEntry(p, root.relativize(p).toString().replace('\\', '/'), null)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list input folder " + root, e);
        }
        return new CorpusScan(entries, rejected);
    }
}
