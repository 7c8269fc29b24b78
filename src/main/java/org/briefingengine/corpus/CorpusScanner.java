package org.briefingengine.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Lists the files of an input folder and stages them, with {@code manifest.csv} (see {@link ManifestReader} for
 * the manifest rules), in a {@link ScanStore}: nothing of the scan is held in memory beyond one batch. The store
 * hands the files back sorted by relative path ('/' separators) so that runs are reproducible; the top-level
 * {@code manifest.csv} is not a file to read.
 *
 * <p>Links are never followed out of the folder: a symbolic link whose target lies outside is rejected, as is a
 * linked folder (not descended into); a link to a file inside the folder is read through its real path. Anything
 * that is neither a regular file nor a folder (sockets, pipes) is rejected. Only an unreadable input folder itself
 * is an error.
 */
public class CorpusScanner {

    public static final String MANIFEST = "manifest.csv";

    private final ManifestReader manifestReader = new ManifestReader();

    /** Replaces whatever {@code store} staged before with the scan of {@code inputDir}. */
    public void scan(Path inputDir, ScanStore store) {
        Path root = inputDir.toAbsolutePath().normalize();
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read input folder " + root, e);
        }
        try (ScanStore.Staging staging = store.begin()) {
            Path manifestPath = root.resolve(MANIFEST);
            if (Files.isRegularFile(manifestPath)) {
                manifestReader.read(root, realRoot, manifestPath, staging);
            }
            walk(root, (p, attributes) -> {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (!rel.equals(MANIFEST)) {
                    stage(root, p, rel, attributes, realRoot, staging);
                }
            });
        }
    }

    private static void stage(Path root, Path p, String rel, BasicFileAttributes attributes, Path realRoot,
                              ScanStore.Staging staging) {
        // The walk's attributes (of the link itself, not followed) answer what the file is without another look.
        boolean link = attributes != null ? attributes.isSymbolicLink() : Files.isSymbolicLink(p);
        if (link) {
            Path real;
            try {
                real = p.toRealPath();
            } catch (IOException e) {
                staging.rejectFile(new Rejection(rel, "broken symbolic link"));
                return;
            }
            if (!real.startsWith(realRoot)) {
                staging.rejectFile(new Rejection(rel, "symbolic link pointing outside the input folder (not read)"));
            } else if (!Files.isRegularFile(real)) {
                staging.rejectFile(new Rejection(rel, "symbolic link to a folder (not followed)"));
            } else {
                staging.file(rel, real.toUri().toString(), attributes(real, null));
            }
        } else if (attributes != null ? attributes.isRegularFile() : Files.isRegularFile(p)) {
            staging.file(rel, ScanStore.location(root, rel, p), attributes(p, attributes));
        } else {
            staging.rejectFile(new Rejection(rel, "not a regular file"));
        }
    }

    /**
     * The first half of the file's stamp, from the walk's attributes when it has them; {@code null} when they
     * cannot be read, so that the file is read and, if it is unreadable, rejected with the reason.
     */
    private static String attributes(Path file, BasicFileAttributes known) {
        try {
            return FileStamp.attributes(known != null ? known : Files.readAttributes(file, BasicFileAttributes.class));
        } catch (IOException e) {
            return null;
        }
    }

    /** What the walk hands on: a path, and its attributes when the walk could read them. */
    private interface Visitor {
        void visit(Path path, BasicFileAttributes attributes);
    }

    /** Hands every non-folder path under root to {@code visitor} as the walk finds it, links included but not followed. */
    private static void walk(Path root, Visitor visitor) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    visitor.visit(file, attrs);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    visitor.visit(file, null);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list input folder " + root, e);
        }
    }
}
