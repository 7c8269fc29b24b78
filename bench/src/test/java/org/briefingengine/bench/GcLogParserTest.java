package org.briefingengine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GcLogParserTest {

    private static final long MIB = 1L << 20;

    @TempDir
    Path tmp;

    @Test
    void keepsTheLargestHeapBeforeAndAfterCollectionsAndCommitted() throws IOException {
        HeapPeak peak = parse(
                "[0.003s][info][gc] Using G1",
                "[0.489s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 23M->4M(64M) 6.443ms",
                "[0.842s][info][gc] GC(1) Pause Young (Concurrent Start) (G1 Humongous Allocation) 181M->97M(256M) 7.192ms",
                "[0.850s][info][gc] GC(2) Concurrent Mark Cycle 3.100ms",
                "[0.863s][info][gc] GC(3) Pause Full (G1 Compaction Pause) 150M->120M(200M) 13.542ms",
                "[0.967s][info][gc,heap,exit]  garbage-first heap   total 262144K, used 24067K [0x00000000fc000000, 0x0000000100000000)",
                "[0.967s][info][gc,heap,exit]  Metaspace       used 9329K, committed 9600K, reserved 1114112K");

        assertThat(peak).isEqualTo(new HeapPeak(181 * MIB, 120 * MIB, 256 * MIB, 3));
    }

    @Test
    void withoutCollectionsTheHeapAtExitIsThePeak() throws IOException {
        HeapPeak peak = parse("[0.003s][info][gc] Using G1",
                "[0.041s][info][gc,heap,exit]  garbage-first heap   total 65536K, used 1317K [0x00000000fc000000, 0x0000000100000000)");

        assertThat(peak).isEqualTo(new HeapPeak(1317 * 1024L, 0, 64 * MIB, 0));
    }

    private HeapPeak parse(String... lines) throws IOException {
        Path log = tmp.resolve("gc.log");
        Files.write(log, List.of(lines));
        return GcLogParser.parse(log);
    }
}
