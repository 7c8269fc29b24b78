package org.briefingengine.weekly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.briefingengine.CsvRows;
import org.briefingengine.corpus.SegmentedDocument;
import org.briefingengine.ops.BriefingCommandLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, defect 3, through the whole job: a 100 KB text with no full stop is analysed with bounded quotes (it
 * used to fail the analyse step on the quote column, in every later run too), and a document whose analysis
 * exceeds its bounds is listed in rejected.csv with the reason while the job completes.
 */
class OversizedDocumentJobTest {

    private static final String TIME_LIMIT = "briefing.analysis.document-time-limit";

    @TempDir
    Path tmp;

    private Path input;

    @BeforeEach
    void corpus() throws Exception {
        input = tmp.resolve("input");
        Files.createDirectories(input);
        StringBuilder runOn = new StringBuilder();
        for (int i = 0; runOn.length() < 100_000; i++) {
            runOn.append("the Committee against Torture heard witness ").append(i)
                    .append(" say the team met detainees in private, ");
        }
        Files.writeString(input.resolve("run-on.txt"), runOn);
        Files.writeString(input.resolve("statement.txt"),
                "The Working Group on Arbitrary Detention asked for access to the prison.\n");
        Files.writeString(input.resolve("manifest.csv"), """
                file,title,publisher,published,source_type,url
                run-on.txt,Run-on,Test NGO,2022-05-25,ngo,
                statement.txt,Statement,Test NGO,2022-05-25,ngo,
                """);
    }

    @Test
    void aTextWithNoFullStopIsAnalysedWithBoundedQuotesRunAfterRun() throws Exception {
        for (int run = 1; run <= 2; run++) {
            Path week = run("db/engine", "out-" + run);
            List<Map<String, String>> citations = CsvRows.read(week.resolve("citations.csv"));
            assertThat(citations).filteredOn(c -> c.get("document").equals("run-on.txt")).hasSizeGreaterThan(10)
                    .allSatisfy(c -> assertThat(c.get("quote").length()).isLessThanOrEqualTo(SegmentedDocument.MAX_QUOTE_CHARS));
            assertThat(CsvRows.read(week.resolve("rejected.csv"))).isEmpty();
        }
    }

    @Test
    void aDocumentPastItsTimeLimitIsListedAsRejectedAndTheJobCompletes() throws Exception {
        System.setProperty(TIME_LIMIT, "0s");
        try {
            for (int run = 1; run <= 2; run++) {
                Path week = run("db/engine", "out-" + run);
                List<Map<String, String>> rejected = CsvRows.read(week.resolve("rejected.csv"));
                assertThat(rejected).extracting(r -> r.get("file")).containsExactlyInAnyOrder("run-on.txt", "statement.txt");
                assertThat(rejected).allSatisfy(r -> assertThat(r.get("reason")).contains("per-document time limit"));
                assertThat(CsvRows.read(week.resolve("citations.csv"))).isEmpty();
                assertThat(CsvRows.read(week.resolve("documents.csv"))).extracting(d -> d.get("document"))
                        .containsExactly("run-on.txt", "statement.txt");
            }
        } finally {
            System.clearProperty(TIME_LIMIT);
        }
    }

    private Path run(String db, String output) {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
        int exit = new BriefingCommandLine(Path.of("").toAbsolutePath(), out, out).execute("run", "weekly-briefing",
                "--input=" + input, "--output=" + tmp.resolve(output), "--db=" + tmp.resolve(db), "--week=2022-W21");
        assertThat(exit).as(console.toString(StandardCharsets.UTF_8)).isZero();
        return tmp.resolve(output).resolve("weekly-briefing/2022-W21");
    }
}
