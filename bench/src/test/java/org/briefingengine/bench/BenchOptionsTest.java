package org.briefingengine.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
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
