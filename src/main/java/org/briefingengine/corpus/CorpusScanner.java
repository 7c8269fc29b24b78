package org.briefingengine.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Lists the files of an input folder and joins them with {@code manifest.csv} (see {@link ManifestReader} for
 * the manifest rules). Files are returned sorted by relative path ('/' separators) so that runs are reproducible;
 * the top-level {@code manifest.csv} is not an entry.
 *
 * <p>Links are never followed out of the folder: a symbolic link whose target lies outside is rejected, as is a
 * linked folder (not descended into); a link to a file inside the folder is read through its real path. Anything
 * that is neither a regular file nor a folder (sockets, pipes) is rejected. Only an unreadable input folder itself
 * is an error.
 */
public class CorpusScanner {

    public static final String MANIFEST = "manifest.csv";

    /** The order of {@link CorpusScan#entries()}: by relative path, compared as strings. */
    private static final Comparator<CorpusEntry> BY_PATH = Comparator.comparing(CorpusEntry::relativePath);

    private final ManifestReader manifestReader = new ManifestReader();

    public CorpusScan scan(Path inputDir) {
        Path root = inputDir.toAbsolutePath().normalize();
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read input folder " + root, e);
        }
        List<Rejection> rejected = new ArrayList<>();
        Path manifestPath = root.resolve(MANIFEST);
        Map<String, ManifestEntry> manifest = Files.isRegularFile(manifestPath)
                ? manifestReader.read(root, realRoot, manifestPath, rejected).rows()
                : Map.of();
        List<CorpusEntry> entries = new ArrayList<>();
        List<Rejection> fileRejections = new ArrayList<>();
        walk(root, p -> {
            String rel = root.relativize(p).toString().replace('\\', '/');
            if (rel.equals(MANIFEST)) {
                return;
            }
            if (Files.isSymbolicLink(p)) {
                Path real;
                try {
                    real = p.toRealPath();
                } catch (IOException e) {
                    fileRejections.add(new Rejection(rel, "broken symbolic link"));
                    return;
                }
                if (!real.startsWith(realRoot)) {
                    fileRejections.add(new Rejection(rel, "symbolic link pointing outside the input folder (not read)"));
                    return;
                }
                if (!Files.isRegularFile(real)) {
                    fileRejections.add(new Rejection(rel, "symbolic link to a folder (not followed)"));
                    return;
                }
                entries.add(new CorpusEntry(real, rel, manifest.get(rel)));
            } else if (Files.isRegularFile(p)) {
                entries.add(new CorpusEntry(p, rel, manifest.get(rel)));
            } else {
                fileRejections.add(new Rejection(rel, "not a regular file"));
            }
        });
        entries.sort(BY_PATH);
        fileRejections.sort(Comparator.comparing(Rejection::file));
        rejected.addAll(fileRejections);
        return new CorpusScan(List.copyOf(entries), List.copyOf(rejected));
    }

    /** Hands every non-folder path under root to {@code action} as the walk finds it, links included but not followed. */
    private static void walk(Path root, Consumer<Path> action) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    action.accept(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    action.accept(file);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list input folder " + root, e);
        }
    }
}
