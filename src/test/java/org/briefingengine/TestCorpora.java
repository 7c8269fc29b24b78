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
        return Stream.of(Path.of("..", "shared", "corpus"), Path.of("/work/shared/corpus"))
                .map(p -> p.toAbsolutePath().normalize())
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
