package org.briefingengine.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.briefingengine.TestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** The staged scan: H2 compares the stamps exactly as {@link FileStamp} writes them, and pages in index order. */
class ScanStoreTest {

    @TempDir
    Path input;

    private final JdbcTemplate jdbc = TestDatabase.withSchema("scan-store");
    private final ScanStore store = new ScanStore(jdbc);

    @Test
    void aFileIsLeftUnreadOnlyWhileNeitherItNorItsManifestRowChanges() throws IOException {
        Path a = Files.writeString(input.resolve("a.txt"), "A text.");
        Path b = Files.writeString(input.resolve("b.txt"), "B text.");
        Files.writeString(input.resolve(CorpusScanner.MANIFEST), "file,title,publisher,published\n"
                + "a.txt,Title A,Group A,2022-05-28\n");
        ManifestEntry row = new ManifestEntry("a.txt", "Title A", "Group A", LocalDate.of(2022, 5, 28), "", "");
        store(a, "a.txt", row);
        store(b, "b.txt", null);

        new CorpusScanner().scan(input, store);
        assertThat(store.fileCount()).isEqualTo(2);
        assertThat(store.pendingFileCount()).isZero();

        Files.writeString(input.resolve(CorpusScanner.MANIFEST), "file,title,publisher,published\n"
                + "a.txt,Title A (corrected),Group A,2022-05-28\n"
                + "b.txt,Title B,,\n");
        new CorpusScanner().scan(input, store);
        assertThat(store.pendingFileCount()).isEqualTo(2);
        ScannedCorpus scanned = ScannedCorpus.readBack(store, input);
        assertThat(scanned.entries()).extracting(CorpusEntry::relativePath).containsExactly("a.txt", "b.txt");
        assertThat(scanned.entries().get(0).manifest().title()).isEqualTo("Title A (corrected)");
        assertThat(scanned.entries().get(0).path()).isEqualTo(input.toAbsolutePath().normalize().resolve("a.txt"));
    }

    @Test
    void filesAndRejectionsArePagedInKeyOrderAndTheStoreEmptiesOnRequest() throws IOException {
        Files.createDirectories(input.resolve("sub"));
        for (String name : new String[] {"b.txt", "a-c.txt", "sub/z.txt", "a.txt"}) {
            Files.writeString(input.resolve(name), name);
        }
        Files.writeString(input.resolve(CorpusScanner.MANIFEST), "file\n,\nnowhere.txt\n");
        Files.createSymbolicLink(input.resolve("a-link"), input.resolve("nowhere"));
        jdbc.update("INSERT INTO BE_FILE (PATH, SHA256, STAMP, SEEN_RUN) VALUES ('old.txt', 'x', 'y', 1)");

        new CorpusScanner().scan(input, store);
        ScannedCorpus scanned = ScannedCorpus.readBack(store, input);

        // String order, as the documents are exported: '-' sorts before '.', and "sub/" after both. Rejections:
        // the manifest's by line, then the files' by path, as rejected.csv lists them.
        assertThat(scanned.entries()).extracting(CorpusEntry::relativePath)
                .containsExactly("a-c.txt", "a.txt", "b.txt", "sub/z.txt");
        assertThat(scanned.rejected()).extracting(Rejection::file).containsExactly("manifest.csv line 2", "nowhere.txt",
                "a-link");
        assertThat(store.goneFilesAfter("", 10)).containsExactly("old.txt");
        assertThat(store.goneFilesAfter("old.txt", 10)).isEmpty();
        assertThat(TestDatabase.plan(jdbc, ScanStore.GONE_FILES_SQL, Map.of("path", "", "limit", 500)))
                .containsPattern("\"BE_FILE\" \"B\"\\s*/\\* PUBLIC.PRIMARY_KEY_\\w+: PATH > \\?1 \\*/")
                .contains("/* index sorted */");
        assertThat(TestDatabase.plan(jdbc, ScanStore.PENDING_FILES_SQL,
                Map.of("path", "", "emptyRowHash", "h", "limit", 500)))
                .containsPattern("\"BE_SCAN_FILE\" \"F\"\\s*/\\* PUBLIC.PRIMARY_KEY_\\w+: PATH > \\?1 \\*/")
                .contains("/* index sorted */");

        store.clear();
        assertThat(store.fileCount() + store.rejectionCount()).isZero();
    }

    @Test
    void theStampIsTheOneEarlierReleasesStoredSoThatAnUpgradedDatabaseReadsNothingAgain() throws IOException {
        Path a = Files.writeString(input.resolve("a.txt"), "A text.");
        Files.setLastModifiedTime(a, FileTime.from(Instant.parse("2022-05-28T00:00:00Z")));
        Files.writeString(input.resolve(CorpusScanner.MANIFEST), "file,title,publisher,published\n"
                + "a.txt,Title A,Group A,2022-05-28\n");
        Path b = Files.writeString(input.resolve("b.txt"), "B text!!");
        Files.setLastModifiedTime(b, FileTime.from(Instant.parse("2022-05-29T00:00:00.000123Z")));
        // size:microseconds:sha256 of the manifest row (or of nothing), as written by every release since stamps
        String stampA = "7:1653696000000000:0766cf7ee936f263bcc4613833538da2397e7811ea49ca0c40498fe88b45336d";
        String stampB = "8:1653782400000123:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        jdbc.update("INSERT INTO BE_FILE (PATH, SHA256, STAMP, SEEN_RUN) VALUES ('a.txt', 'sha', ?, 1)", stampA);
        jdbc.update("INSERT INTO BE_FILE (PATH, SHA256, STAMP, SEEN_RUN) VALUES ('b.txt', 'sha', ?, 1)", stampB);

        new CorpusScanner().scan(input, store);

        assertThat(store.fileCount()).isEqualTo(2);
        assertThat(store.pendingFileCount()).isZero();
        assertThat(FileStamp.of(Files.readAttributes(a, BasicFileAttributes.class),
                new ManifestEntry("a.txt", "Title A", "Group A", LocalDate.of(2022, 5, 28), "", ""))).isEqualTo(stampA);
    }

    @Test
    void filesAreReadFromWhereTheWalkFoundThemEvenWhenTheirNamesDoNotSurviveAString() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell to make such names");
        // A backslash in a Linux name, and two Latin-1 names that no UTF-8 (or ASCII) decoder reads apart.
        Process make = new ProcessBuilder("/bin/sh", "-c", "printf slash > 'x\\y.txt'"
                + " && printf latin > \"$(printf 'caf\\351.txt')\" && printf other > \"$(printf 'caf\\350.txt')\"")
                .directory(input.toFile()).inheritIO().start();
        Assumptions.assumeTrue(make.waitFor() == 0, "this file system refuses such names");

        new CorpusScanner().scan(input, store);
        ScannedCorpus scanned = ScannedCorpus.readBack(store, input);

        CorpusEntry slash = scanned.entries().stream().filter(e -> e.relativePath().equals("x/y.txt")).findFirst()
                .orElseThrow();
        assertThat(Files.readString(slash.path())).isEqualTo("slash");
        List<CorpusEntry> cafe = scanned.entries().stream().filter(e -> e.relativePath().startsWith("caf")).toList();
        assertThat(cafe).singleElement().satisfies(e -> assertThat(Files.readString(e.path())).isIn("latin", "other"));
        assertThat(scanned.rejected()).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo(cafe.get(0).relativePath());
            assertThat(r.reason()).isEqualTo(ScanStore.SAME_NAME_REASON);
        });
    }

    @Test
    void filesComeInTheOrderOfJavaStringsAsEveryExportSortsThem() throws IOException {
        Assumptions.assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")), "needs UTF-8 file names");
        for (String name : new String[] {"\uFF61.txt", "a.txt", "\uD83D\uDE00.txt", "B.txt"}) {
            Files.writeString(input.resolve(name), name);
        }

        new CorpusScanner().scan(input, store);

        // UTF-16 order: an emoji (surrogates, 0xD83D...) before U+FF61, unlike code point or byte order.
        assertThat(ScannedCorpus.readBack(store, input).entries()).extracting(CorpusEntry::relativePath)
                .containsExactly("B.txt", "a.txt", "\uD83D\uDE00.txt", "\uFF61.txt");
    }

    @Test
    void aFileWhoseAttributesCouldNotBeReadIsAlwaysRead() {
        jdbc.update("INSERT INTO BE_FILE (PATH, SHA256, STAMP, SEEN_RUN) VALUES ('locked.txt', 'sha', ?, 1)",
                "7:1653696000000000:" + FileStamp.manifestHash(null));
        try (ScanStore.Staging staging = store.begin()) {
            staging.file("locked.txt", null, null);
        }

        assertThat(store.pendingFileCount()).isEqualTo(1);
        assertThat(store.pendingFilesAfter("", 10, input.toAbsolutePath().normalize())).singleElement()
                .satisfies(f -> assertThat(f.value().stored()).isEqualTo(new DocumentStore.StoredFile("sha",
                        "7:1653696000000000:" + FileStamp.manifestHash(null))));
    }

    private void store(Path file, String path, ManifestEntry row) throws IOException {
        String stamp = FileStamp.of(Files.readAttributes(file, BasicFileAttributes.class), row);
        jdbc.update("INSERT INTO BE_FILE (PATH, SHA256, STAMP, SEEN_RUN) VALUES (?, 'sha', ?, 1)", path, stamp);
    }
}
