package org.briefingengine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkRunTest {

    @TempDir
    Path tmp;

    @Test
    void findsTheJarInACodeSourceUrl() throws IOException {
        Path jar = Files.createFile(tmp.resolve("briefing-engine.jar"));

        assertThat(BenchmarkRun.jarOf("jar:nested:" + jar + "/!BOOT-INF/classes/!/")).contains(jar);
        assertThat(BenchmarkRun.jarOf(jar.toUri().toString())).contains(jar);
        assertThat(BenchmarkRun.jarOf("file:" + tmp + "/classes/")).isEmpty();
        assertThat(BenchmarkRun.jarOf("jar:nested:" + tmp + "/missing.jar/!BOOT-INF/classes/!/")).isEmpty();
    }
}
