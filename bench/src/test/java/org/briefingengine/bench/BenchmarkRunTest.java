package org.briefingengine.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkRunTest {

    private static final Path JAVA = Path.of("/jdk/bin/java");
    private static final Path GC = Path.of("/w/logs/full.gc.log");

    @TempDir
    Path tmp;

    @Test
    void javaJarGetsTheJvmOptionsOnItsCommandLine() throws IOException {
        BenchmarkRun run = new BenchmarkRun(JAVA, Path.of("/ref/target/briefing-engine.jar"), Path.of("/ref"), "512m",
                java.util.Optional.empty(), false);

        assertThat(run.command(GC, Path.of("/c"), Path.of("/o"), Path.of("/d/bench"), "2022-W22")).containsExactly(
                "/jdk/bin/java", "-Xmx512m", "-XX:+ExitOnOutOfMemoryError", "-Xlog:gc,gc+heap+exit:file=\"/w/logs/full.gc.log\"",
                "-jar", "/ref/target/briefing-engine.jar", "run", "weekly-briefing", "--input=/c", "--output=/o",
                "--db=/d/bench", "--week=2022-W22");
        assertThat(run.environment(GC)).isEmpty();
        assertThat(run.startedAs()).isEqualTo("java -jar target/briefing-engine.jar run weekly-briefing … (on /jdk/bin/java)");
    }

    @Test
    void theLauncherGetsTheSameJvmOptionsAndJavaThroughItsEnvironment() throws IOException {
        Path home = launcherHome();
        BenchmarkRun run = BenchmarkRun.forHome(home, "256m", BenchOptions.Start.USER, BenchOptions.JavaChoice.SAME);

        assertThat(run.command(GC, Path.of("/c"), Path.of("/o"), Path.of("/d/bench"), "2022-W21")).containsExactly(
                home.resolve("bin/briefing-engine").toString(), "run", "weekly-briefing", "--input=/c", "--output=/o",
                "--db=/d/bench", "--week=2022-W21");
        Map<String, String> env = run.environment(GC);
        assertThat(env.get("JAVA_OPTS")).isEqualTo("-Xmx256m -XX:+ExitOnOutOfMemoryError -Xlog:gc,gc+heap+exit:file=\"/w/logs/full.gc.log\"");
        assertThat(env.get("BRIEFING_JAVA")).isEqualTo(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        assertThat(run.startedAs()).isEqualTo("bin/briefing-engine run weekly-briefing … (on "
                + Path.of(System.getProperty("java.home"), "bin", "java") + ")");
        assertThatThrownBy(() -> run.environment(Path.of("/my logs/full.gc.log"))).hasMessageContaining("--start=jar");
    }

    @Test
    void aHomeWithoutALauncherAndStartJarUseJavaJar() throws IOException {
        Path home = launcherHome();

        assertThat(BenchmarkRun.forHome(home, "256m", BenchOptions.Start.JAR, BenchOptions.JavaChoice.SAME).command(GC, Path.of("/c"), Path.of("/o"),
                Path.of("/d/bench"), "2022-W21")).contains("-jar", home.resolve("target/briefing-engine.jar").toString());
        assertThat(BenchmarkRun.forHome(tmp.resolve("plain"), "256m", BenchOptions.Start.USER, BenchOptions.JavaChoice.SAME).startedAs())
                .startsWith("java -jar");
    }

    @Test
    void withTheirOwnJavaTheLauncherChoosesAndJavaJarRunsTheJavaOnThePath() throws IOException {
        Path home = launcherHome();
        BenchmarkRun launched = BenchmarkRun.forHome(home, "256m", BenchOptions.Start.USER, BenchOptions.JavaChoice.OWN);

        assertThat(launched.environment(GC)).containsOnlyKeys("JAVA_OPTS");
        assertThat(launched.startedAs()).isEqualTo("bin/briefing-engine run weekly-briefing … (on the launcher's choice of Java)");

        Path bin = Files.createDirectories(tmp.resolve("jdk/bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(tmp.resolve("empty"));
        assertThat(BenchmarkRun.javaOnPath(tmp.resolve("empty") + ":" + bin + ":/usr/bin")).contains(java);
        assertThat(BenchmarkRun.javaOnPath(tmp.resolve("empty").toString())).isEmpty();
        assertThat(BenchmarkRun.forHome(tmp.resolve("plain"), "256m", BenchOptions.Start.USER, BenchOptions.JavaChoice.OWN)
                .startedAs()).startsWith("java -jar target/briefing-engine.jar run weekly-briefing … (on /");
    }

    private Path launcherHome() throws IOException {
        Path home = tmp.resolve("home");
        Path launcher = Files.createDirectories(home.resolve("bin")).resolve("briefing-engine");
        Files.writeString(launcher, "#!/bin/sh\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }
}
