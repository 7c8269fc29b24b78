package org.briefingengine.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.briefingengine.assessment.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate} on a small folder written for the test, and its usage errors. */
class EvaluateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final BriefingCommandLine cli = new BriefingCommandLine(Path.of(""),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    private Path folder() throws IOException {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("manifest.csv"), "file,title,publisher,published,source_type,url\n"
                + "a.txt,Mission report,UN expert,2020-01-01,un,\nb.txt,Press note,UN expert,2020-01-02,un,\n");
        Files.writeString(input.resolve("a.txt"), "The Special Rapporteur was denied access to the prisons of the north."
                + " The weather was mild during the mission.\n");
        Files.writeString(input.resolve("b.txt"), "The Rapporteur thanked the hosts for a pleasant lunch.\n");
        return input;
    }

    @Test
    void scoresEachFileAloneAndListsDisagreements() throws IOException {
        Path input = folder();
        Path labels = Files.writeString(dir.resolve("labels.csv"), "document,condition,acceptable,reason\n"
                + "a.txt,detention-access,NOT_MET,prisons refused\n"
                + "b.txt,detention-access,MET|PARTLY_MET,made up to check a miss\n");
        Evaluation e = EvaluateCommand.evaluate(input, labels, Path.of(EvaluateCommand.DEFAULT_RUBRIC));
        assertThat(e.rows()).extracting(Evaluation.Row::engine).containsExactly(Status.NOT_MET, Status.NO_EVIDENCE);
        assertThat(e.agreeing()).isEqualTo(1);
        assertThat(e.misses()).extracting(Evaluation.Row::document).containsExactly("b.txt");
        assertThat(e.wrongMets()).isEmpty();

        assertThat(cli.execute("evaluate", "--input=" + input, "--labels=" + labels)).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("overall").contains("1/2").contains("50.0")
                .contains("misses (engine NO_EVIDENCE, label expects a finding): 1")
                .contains("b.txt  detention-access: engine NO_EVIDENCE, acceptable MET|PARTLY_MET");
    }

    @Test
    void wholeFolderRowsAreJudgedOnEveryFileTogether() throws IOException {
        Path input = folder();
        Path labels = Files.writeString(dir.resolve("labels.csv"),
                "document,condition,acceptable,reason\n*,detention-access,NOT_MET|PARTLY_MET,x\n");
        Evaluation e = EvaluateCommand.evaluate(input, labels, Path.of(EvaluateCommand.DEFAULT_RUBRIC));
        assertThat(e.rows()).singleElement().satisfies(r -> assertThat(r.agrees()).isTrue());
        assertThat(e.unlabelled()).extracting(Evaluation.Row::condition).doesNotContain("detention-access");
    }

    @Test
    void usageErrorsNameTheFileAndTheReason() throws IOException {
        Path input = folder();
        assertThat(cli.execute("evaluate", "--input=" + input)).isEqualTo(2);
        assertThat(cli.execute("evaluate", "--input=" + input, "--labels=" + dir.resolve("none.csv"))).isEqualTo(2);
        Path badStatus = Files.writeString(dir.resolve("bad.csv"), "document,condition,acceptable\na.txt,detention-access,GREAT\n");
        assertThat(cli.execute("evaluate", "--input=" + input, "--labels=" + badStatus)).isEqualTo(2);
        Path badDoc = Files.writeString(dir.resolve("doc.csv"), "document,condition,acceptable\nzz.txt,detention-access,MET\n");
        assertThat(cli.execute("evaluate", "--input=" + input, "--labels=" + badDoc)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "briefing-engine: evaluate needs --input=DIR and --labels=CSV (see 'evaluate --help')",
                "briefing-engine: labels " + dir.resolve("none.csv") + " do not exist or are not a file",
                "briefing-engine: labels " + badStatus + " line 2: unknown status 'GREAT'",
                "briefing-engine: labels " + badDoc + " line 2: document 'zz.txt' is not a readable file of the input folder");
    }

    @Test
    void helpDescribesTheOptions() {
        assertThat(cli.execute("evaluate", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("usage: briefing-engine evaluate")
                .contains("--labels=CSV").contains("exit codes");
    }
}
