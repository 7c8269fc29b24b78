package org.briefingengine.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.briefingengine.ChildJvm;
import org.springframework.util.FileSystemUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/briefing-engine} as ops start it: the first start makes the start-up cache for the jar, later starts
 * use it, a new jar makes a new one, and exit codes pass through. Runs in a copy of the engine's home folder.
 */
class LauncherIT {

    @TempDir
    Path tmp;

    private Path home;

    @BeforeEach
    void copyTheHomeFolder() throws IOException {
        home = tmp.resolve("home");
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("target"));
        Files.copy(Path.of("bin/briefing-engine"), home.resolve("bin/briefing-engine"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(Path.of("target/briefing-engine.jar"), home.resolve("target/briefing-engine.jar"));
        FileSystemUtils.copyRecursively(Path.of("jobs"), home.resolve("jobs"));
        FileSystemUtils.copyRecursively(Path.of("templates"), home.resolve("templates"));
        Files.createDirectories(tmp.resolve("empty"));
    }

    @Test
    void theFirstStartMakesTheCacheAndLaterStartsUseIt() throws Exception {
        Result first = launch(Map.of(), weekRun("out1"));
        assertThat(first.exit()).as(first.output()).isZero();
        assertThat(first.output()).contains("preparing the start-up cache");
        assertThat(tmp.resolve("out1/weekly-briefing/2022-W21/briefing.pdf")).isNotEmptyFile();
        List<Path> caches = caches();
        assertThat(caches).hasSize(1);
        assertThat(archiveIn(caches.get(0))).isNotEmptyFile();

        Result second = launch(Map.of(), weekRun("out2"));
        assertThat(second.exit()).as(second.output()).isZero();
        assertThat(second.output()).doesNotContain("preparing the start-up cache").doesNotContain("warning");
        assertThat(tmp.resolve("out2/weekly-briefing/2022-W21/annex.xlsx")).isNotEmptyFile();
        assertThat(caches()).isEqualTo(caches);

        Result unknownJob = launch(Map.of(), List.of("run", "no-such-job"));
        assertThat(unknownJob.exit()).as(unknownJob.output()).isEqualTo(ExitCode.USAGE.code());
        assertThat(unknownJob.output()).contains("unknown job 'no-such-job'");
    }

    @Test
    void onJava17TheCacheIsAnAppCdsArchiveThatLaterStartsUse() throws Exception {
        Map<String, String> java17 = Map.of("BRIEFING_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Result first = launch(java17, weekRun("out1"));
        assertThat(first.exit()).as(first.output()).isZero();
        assertThat(first.output()).contains("preparing the start-up cache");
        assertThat(tmp.resolve("out1/weekly-briefing/2022-W21/briefing.pdf")).isNotEmptyFile();
        Path cache = caches().get(0);
        assertThat(cache.getFileName().toString()).endsWith("-java" + Runtime.version().feature());
        assertThat(cache.resolve("app.jsa")).isNotEmptyFile();

        Result second = launch(java17, List.of("jobs"));
        assertThat(second.exit()).as(second.output()).isZero();
        assertThat(second.output()).contains("weekly-briefing").doesNotContain("preparing the start-up cache");
        assertThat(caches()).containsExactly(cache);
    }

    @Test
    void aNewJarMakesANewCacheAndTheOldOneGoes() throws Exception {
        writeStubJar(home.resolve("target/briefing-engine.jar"));
        Map<String, String> java17 = Map.of("BRIEFING_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Result first = launch(java17, List.of("jobs"));
        assertThat(first.exit()).as(first.output()).isZero();
        assertThat(first.output()).contains("preparing the start-up cache", "stub ran: jobs");
        List<Path> before = caches();
        assertThat(before).hasSize(1);
        assertThat(before.get(0).resolve("app.jsa")).isNotEmptyFile();

        Files.setLastModifiedTime(home.resolve("target/briefing-engine.jar"), FileTime.from(Instant.now().plusSeconds(60)));
        Result rebuilt = launch(java17, List.of("jobs"));
        assertThat(rebuilt.exit()).as(rebuilt.output()).isZero();
        assertThat(rebuilt.output()).contains("preparing the start-up cache", "stub ran: jobs");
        assertThat(caches()).hasSize(1).doesNotContainAnyElementsOf(before);
    }

    /** A jar whose main class is {@link LauncherStub}, in place of the engine's. */
    private static void writeStubJar(Path jar) throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherStub.class.getName());
        String entry = LauncherStub.class.getName().replace('.', '/') + ".class";
        Path compiled = Path.of(LauncherStub.class.getProtectionDomain().getCodeSource().getLocation().toURI()).resolve(entry);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry(entry));
            Files.copy(compiled, out);
            out.closeEntry();
        }
    }

    @Test
    void withTheCacheOffTheJarRunsAsItIs() throws Exception {
        Result withoutCache = launch(Map.of("BRIEFING_CDS", "off"), List.of("run", "no-such-job"));
        assertThat(withoutCache.exit()).as(withoutCache.output()).isEqualTo(ExitCode.USAGE.code());
        assertThat(withoutCache.output()).contains("unknown job 'no-such-job'");
        assertThat(caches()).isEmpty();
    }

    @Test
    void aMissingJarIsAUsageErrorThatSaysHowToBuildIt() throws Exception {
        Files.delete(home.resolve("target/briefing-engine.jar"));
        Result result = launch(Map.of(), List.of("jobs"));
        assertThat(result.exit()).isEqualTo(ExitCode.USAGE.code());
        assertThat(result.output()).contains("mvn -q -B package -DskipTests");
    }

    private List<String> weekRun(String output) {
        return List.of("run", "weekly-briefing", "--input=" + tmp.resolve("empty"), "--output=" + tmp.resolve(output),
                "--db=" + tmp.resolve("db/" + output), "--week=2022-W21");
    }

    private List<Path> caches() throws IOException {
        Path launcher = home.resolve("target/launcher");
        if (!Files.isDirectory(launcher)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(launcher)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static Path archiveIn(Path cache) {
        return Files.exists(cache.resolve("app.aot")) ? cache.resolve("app.aot") : cache.resolve("app.jsa");
    }

    private record Result(int exit, String output) {
    }

    private Result launch(Map<String, String> env, List<String> args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/briefing-engine").toString());
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile()).redirectErrorStream(true);
        // The JIT options of the other child JVMs, for every JVM the launcher starts (the training run too).
        if (!ChildJvm.JIT_OPTIONS.isEmpty()) {
            pb.environment().put("JAVA_TOOL_OPTIONS", String.join(" ", ChildJvm.JIT_OPTIONS));
        }
        pb.environment().putAll(env);
        Path log = Files.createTempFile(tmp, "launch", ".log");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the launcher did not finish in 5 minutes: " + Files.readString(log));
        }
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
