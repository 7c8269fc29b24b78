package org.briefingengine.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleCommandTest {

    @Test
    void springCronBecomesCrontabFields() {
        assertThat(ScheduleCommand.crontab("0 0 6 * * MON")).isEqualTo("0 6 * * MON");
        assertThat(ScheduleCommand.crontab("0 30 7 1-7 * MON-FRI")).isEqualTo("30 7 1-7 * MON-FRI");
        assertThatThrownBy(() -> ScheduleCommand.crontab("15 0 6 * * MON")).hasMessageContaining("second 15");
        assertThatThrownBy(() -> ScheduleCommand.crontab("0 0 6 * MON")).hasMessageContaining("6-field");
        assertThatThrownBy(() -> ScheduleCommand.crontab("0 0 6 L * ?")).hasMessageContaining("crontab does not know");
    }

    @Test
    void startsTheEngineThroughItsLauncherWhenTheHomeFolderHasOne(@TempDir Path tmp) throws IOException {
        Path home = tmp.resolve("engine home");
        Path launcher = Files.createDirectories(home.resolve("bin")).resolve("briefing-engine");
        Files.writeString(launcher, "#!/bin/sh\n");
        assertThat(launcher.toFile().setExecutable(true)).isTrue();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JobDefinition job = new JobDefinition("weekly-briefing", "", "0 0 6 * * MON", "r.yml", "m.csv", "rev.csv",
                "input", "output", "data/db", java.time.ZoneId.systemDefault());
        new ScheduleCommand(home, new PrintStream(bytes, true, StandardCharsets.UTF_8))
                .execute(java.util.List.of(job), home.resolve("target/briefing-engine.jar"));
        String line = bytes.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).findFirst().orElseThrow();
        assertThat(line).startsWith("0 6 * * MON cd '" + home + "' && LANG=C.UTF-8 '" + launcher
                + "' run weekly-briefing --week=previous --catch-up=8 >>").doesNotContain(" -jar ");
    }

    @Test
    void printsOneCrontabLinePerJobWithWorkingDirectoryAndLog() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Path home = Path.of("/srv/briefing engine");
        JobDefinition job = new JobDefinition("weekly-briefing", "", "0 0 6 * * MON", "r.yml", "m.csv", "rev.csv",
                "input", "output", "data/db", java.time.ZoneId.systemDefault());
        new ScheduleCommand(home, new PrintStream(bytes, true, StandardCharsets.UTF_8))
                .execute(java.util.List.of(job), home.resolve("target/briefing-engine.jar"));
        String line = bytes.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).findFirst().orElseThrow();
        assertThat(line).startsWith("0 6 * * MON cd '/srv/briefing engine' && LANG=C.UTF-8 ")
                .contains(" -jar '/srv/briefing engine/target/briefing-engine.jar' run weekly-briefing --week=previous --catch-up=8 >")
                .endsWith(">> '/srv/briefing engine/output/weekly-briefing/logs/cron.log' 2>&1");
    }
}
