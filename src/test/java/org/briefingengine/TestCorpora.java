package org.briefingengine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Where tests find the corpora: the project's own sample, and the real documents in ../shared/corpus. */
public final class TestCorpora {

    private TestCorpora() {
    }

    /** The five real documents, beside the clone as CI lays them out (absent on some developer machines). */
    public static Optional<Path> shared() {
        return sharedFolder("corpus");
    }

    /**
     * A folder of {@code ../shared} (relative to the Maven base directory, where Surefire runs the tests) that holds
     * a {@code manifest.csv}; empty when it is not there. No absolute machine path is tried.
     */
    public static Optional<Path> sharedFolder(String name) {
        Path basedir = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        return Stream.of(basedir.resolve("..").resolve("shared").resolve(name).normalize())
                .filter(p -> Files.isRegularFile(p.resolve("manifest.csv")))
                .findFirst();
    }

    public static Path sample() {
        return Path.of("input").toAbsolutePath();
    }

    /** Copies a corpus so that a test may edit it. */
    public static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }
}
