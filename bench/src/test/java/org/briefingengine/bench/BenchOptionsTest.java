package org.briefingengine.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    private static final Path HOME = Path.of("/home/engine");

    @Test
    void defaultsToTenThousandDocumentsWithRerunAndFloor() {
        BenchOptions options = BenchOptions.parse(List.of());

        assertThat(options).isEqualTo(new BenchOptions(List.of(10_000), Optional.empty(), "256m", "2022-W21", true, true));
        assertThat(options.corpusDir(HOME, 10_000)).isEqualTo(Path.of("/home/engine/target/bench/10000"));
        assertThat(options.against()).isEmpty();
        assertThat(options.againstDir(HOME)).isEmpty();
        assertThat(options.pairs()).isEqualTo(2);
        assertThat(options.start()).isEqualTo(BenchOptions.Start.USER);
    }

    @Test
    void readsTheComparisonOptions() {
        BenchOptions options = BenchOptions.parse(List.of("--docs=200", "--against=../ref", "--pairs=3", "--start=jar"));

        assertThat(options).isEqualTo(new BenchOptions(List.of(200), Optional.empty(), "256m", "2022-W21", true, true,
                Optional.of(Path.of("../ref")), 3, BenchOptions.Start.JAR, BenchOptions.JavaChoice.SAME));
        assertThat(options.againstDir(HOME)).contains(Path.of("/home/ref"));
        assertThat(BenchOptions.parse(List.of("--against=/work/ref-3295a42")).againstDir(HOME))
                .contains(Path.of("/work/ref-3295a42"));
        assertThat(BenchOptions.parse(List.of("--against=r")).pairs()).isEqualTo(2);
        assertThat(BenchOptions.parse(List.of("--against=r", "--start=user")).start()).isEqualTo(BenchOptions.Start.USER);
        assertThat(BenchOptions.parse(List.of("--against=r")).java()).isEqualTo(BenchOptions.JavaChoice.SAME);
        assertThat(BenchOptions.parse(List.of("--against=r", "--java=own")).java()).isEqualTo(BenchOptions.JavaChoice.OWN);
    }

    @Test
    void rejectsComparisonOptionsThatCannotWork() {
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--against=r", "--pairs=0"))).hasMessageContaining("--pairs");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--against=r", "--pairs=two"))).hasMessageContaining("--pairs");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--against=r", "--start=fast"))).hasMessageContaining("--start");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--against"))).hasMessageContaining("--against needs a value");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--pairs=2"))).hasMessageContaining("needs --against");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--start=jar"))).hasMessageContaining("needs --against");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--java=own"))).hasMessageContaining("--java needs --against");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--against=r", "--java=25"))).hasMessageContaining("--java takes");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--against=r", "--no-rerun"))).hasMessageContaining("--no-rerun");
    }

    @Test
    void theWeeklyRunIsTheNextIsoWeek() {
        assertThat(BenchOptions.nextWeek("2022-W21")).isEqualTo("2022-W22");
        assertThat(BenchOptions.nextWeek("2022-w52")).isEqualTo("2023-W01");
        assertThat(BenchOptions.nextWeek("2020-W52")).isEqualTo("2020-W53");
        assertThat(BenchOptions.nextWeek("2020-W53")).isEqualTo("2021-W01");
        assertThat(BenchOptions.monday("2022-W22")).isEqualTo(LocalDate.of(2022, 5, 30));
        assertThat(BenchOptions.monday("2021-W01")).isEqualTo(LocalDate.of(2021, 1, 4));
    }

    @Test
    void readsEveryOption() {
        BenchOptions options = BenchOptions.parse(List.of("--docs=10000,20000", "--dir=/data/bench", "--heap=512m",
                "--week=2022-W22", "--no-rerun", "--floor=false"));

        assertThat(options).isEqualTo(new BenchOptions(List.of(10_000, 20_000), Optional.of(Path.of("/data/bench")),
                "512m", "2022-W22", false, false));
        assertThat(options.corpusDir(HOME, 20_000)).isEqualTo(Path.of("/data/bench/20000"));
        assertThat(BenchOptions.parse(List.of("--docs=200", "--dir=c")).corpusDir(HOME, 200))
                .isEqualTo(Path.of("/home/engine/c"));
    }

    @Test
    void rejectsBadValues() {
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--docs=ten"))).hasMessageContaining("--docs");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--docs=0"))).hasMessageContaining("--docs");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--heap=lots"))).hasMessageContaining("--heap");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--week=May"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--fast"))).hasMessageContaining("unknown option");
    }
}
