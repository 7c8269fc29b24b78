package org.briefingengine.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonTest {

    private static final Comparison.Build REFERENCE = new Comparison.Build(Path.of("/ref"), "3295a42", "java -jar …");
    private static final Comparison.Build CURRENT = new Comparison.Build(Path.of("/this"), "abc1234", "bin/briefing-engine …");

    @TempDir
    Path tmp;

    private Path corpus;
    private final List<String> calls = new ArrayList<>();
    private final ByteArrayOutputStream progress = new ByteArrayOutputStream();

    @BeforeEach
    void corpus() throws IOException {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("doc-1.txt"), "an old document");
    }

    /**
     * A fake engine: records every run as {@code build label input-folder week database-state}, where the database
     * holds the labels of the runs made on it, and fails the runs it is told to.
     */
    private JobRun fake(String build, Set<String> failing) {
        return (label, input, output, db, week, logs) -> {
            Path file = db.resolveSibling(db.getFileName() + ".mv.db");
            Files.createDirectories(db.getParent());
            String before = Files.exists(file) ? Files.readString(file) : "";
            Files.writeString(file, before + label + ";");
            List<String> inputs;
            try (Stream<Path> files = Files.list(input)) {
                inputs = files.map(p -> p.getFileName().toString()).sorted().toList();
            }
            calls.add(build + " " + label + " " + inputs + " " + week + " db=" + before);
            boolean fails = failing.contains(label);
            return new ChildRun(label, fails ? 3 : 0, Duration.ofMillis(1_000), List.of(), new HeapPeak(0, 0, 0, 0),
                    logs.resolve(label + ".log"),
                    fails ? List.of("Terminating due to java.lang.OutOfMemoryError: Java heap space") : List.of());
        };
    }

    private Comparison.NewDocuments newDocuments() {
        Path folder = corpus.resolve(Comparison.NEW_FOLDER);
        return new Comparison.NewDocuments() {
            @Override
            public int count() {
                return 2;
            }

            @Override
            public void add() throws IOException {
                Files.createDirectories(folder);
                calls.add("add");
            }

            @Override
            public void remove() throws IOException {
                Folders.delete(folder);
                calls.add("remove");
            }
        };
    }

    private Comparison comparison(JobRun reference, JobRun current, int pairs) {
        return new Comparison(REFERENCE, reference, CURRENT, current, corpus, 200, tmp.resolve("work"), "2022-W21", "256m",
                pairs, newDocuments(), new PrintStream(progress, true, StandardCharsets.UTF_8));
    }

    @Test
    void runsTheReferenceThenThisBuildPairByPairWithTheWeeklyRunOnTheDatabaseAsTheFullRunLeftIt()
            throws IOException, InterruptedException {
        Comparison.Result result = comparison(fake("ref", Set.of()), fake("this", Set.of()), 2).run();

        List<String> sequence = new ArrayList<>();
        for (String build : List.of("ref", "this")) {
            sequence.addAll(List.of(
                    build + " empty [] 2022-W21 db=",
                    build + " full [doc-1.txt] 2022-W21 db=",
                    build + " rerun [doc-1.txt] 2022-W21 db=full;",
                    "add",
                    // a copy of the database as the full run left it, not the re-run's; the new documents are there
                    build + " weekly [" + Comparison.NEW_FOLDER + ", doc-1.txt] 2022-W22 db=full;",
                    "remove"));
        }
        List<String> expected = new ArrayList<>(List.of("ref warm-up [] 2022-W21 db=", "this warm-up [] 2022-W21 db="));
        expected.addAll(sequence);
        expected.addAll(sequence);
        assertThat(calls).containsExactlyElementsOf(expected);

        assertThat(result.pairs()).extracting(Comparison.Pair::number).containsExactly(1, 2);
        assertThat(result.nextWeek()).isEqualTo("2022-W22");
        assertThat(result.newDocuments()).isEqualTo(2);
        assertThat(result.succeeded()).isTrue();
        Comparison.Sequence first = result.pairs().get(0).current();
        assertThat(List.of(first.empty(), first.full(), first.rerun().orElseThrow(), first.weekly().orElseThrow()))
                .extracting(ChildRun::label).containsExactly("empty", "full", "rerun", "weekly");
        assertThat(corpus.resolve(Comparison.NEW_FOLDER)).doesNotExist();
        // Databases go; the rest (outputs, logs) stays.
        assertThat(tmp.resolve("work/pair2-this")).isDirectory();
        assertThat(tmp.resolve("work/pair2-this/db")).doesNotExist();
        assertThat(tmp.resolve("work/pair2-this/db-weekly")).doesNotExist();
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("bench: pair 2/2, this build: weekly exit 0 in 1.00 s");
    }

    @Test
    void aFailedFullRunLeavesOutTheRerunAndTheWeeklyRunOfThatBuildOnly() throws IOException, InterruptedException {
        Comparison.Result result = comparison(fake("ref", Set.of("full")), fake("this", Set.of()), 1).run();

        assertThat(calls).filteredOn(c -> c.startsWith("ref ")).extracting(c -> c.split(" ")[1])
                .containsExactly("warm-up", "empty", "full");
        assertThat(calls).filteredOn(c -> c.startsWith("this ")).extracting(c -> c.split(" ")[1])
                .containsExactly("warm-up", "empty", "full", "rerun", "weekly");
        Comparison.Sequence ref = result.pairs().get(0).reference();
        assertThat(ref.rerun()).isEmpty();
        assertThat(ref.weekly()).isEmpty();
        assertThat(result.succeeded()).isFalse();
        assertThat(progress.toString(StandardCharsets.UTF_8))
                .contains("pair 1/1, reference: full exit 3 in 1.00 s (FAILED: out of heap", "no re-run and no weekly run");
    }

    @Test
    void theNewDocumentsGoAgainWhenTheWeeklyRunBreaks() {
        JobRun breaking = (label, input, output, db, week, logs) -> {
            if (label.equals("weekly")) {
                throw new IOException("the disk is full");
            }
            return fake("this", Set.of()).run(label, input, output, db, week, logs);
        };

        assertThatThrownBy(() -> comparison(breaking, breaking, 1).run()).hasMessage("the disk is full");
        assertThat(calls).endsWith("add", "remove");
        assertThat(corpus.resolve(Comparison.NEW_FOLDER)).doesNotExist();
    }

    @Test
    void aNewWeekBringsOneDocumentInAHundred() {
        assertThat(Map.of(200, Comparison.newDocumentCount(200), 10_000, Comparison.newDocumentCount(10_000),
                100_000, Comparison.newDocumentCount(100_000), 50, Comparison.newDocumentCount(50)))
                .isEqualTo(Map.of(200, 2, 10_000, 100, 100_000, 1_000, 50, 1));
    }

    @Test
    void theWeekDocumentsAreGeneratedOnceAndCopiedIntoTheCorpusForTheWeeklyRun() throws IOException {
        SyntheticCorpus generator = new SyntheticCorpus(List.of("The Special Rapporteur asked for unhindered access."),
                500, 7L);
        Comparison.NewDocuments docs = Comparison.weekDocuments(generator, corpus, tmp.resolve("staging"), 3,
                LocalDate.of(2022, 5, 30));

        assertThat(docs.count()).isEqualTo(3);
        assertThat(corpus.resolve(Comparison.NEW_FOLDER)).doesNotExist();
        docs.add();
        try (Stream<Path> files = Files.list(corpus.resolve(Comparison.NEW_FOLDER))) {
            assertThat(files).hasSize(3);
        }
        docs.remove();
        assertThat(corpus.resolve(Comparison.NEW_FOLDER)).doesNotExist();
        assertThat(corpus.resolve("doc-1.txt")).hasContent("an old document");
        docs.add();
        try (Stream<Path> files = Files.list(corpus.resolve(Comparison.NEW_FOLDER))) {
            assertThat(files).hasSize(3);
        }
    }
}
