package org.briefingengine.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** A shutdown hook that never returns cannot keep the process alive, nor change its exit code. */
class ProcessExitTest {

    /** Run in a child JVM: a hook that hangs as H2's did after an out-of-memory error, then exit 7. */
    public static void main(String[] args) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        ProcessExit.exit(7, Duration.ofMillis(300));
    }

    @Test
    void aHangingShutdownHookIsCutShortAndTheExitCodeKept() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ProcessExitTest.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(new File(System.getProperty("java.io.tmpdir"), "process-exit-test.log"))
                .start();
        try {
            boolean ended = child.waitFor(60, TimeUnit.SECONDS);

            assertThat(ended).as("the child ended").isTrue();
            assertThat(child.exitValue()).isEqualTo(7);
        } finally {
            child.destroyForcibly();
        }
    }
}
