package org.briefingengine.bench;

import java.lang.management.ManagementFactory;

/** The machine a benchmark ran on, as the README states it. */
public record Machine(int cores, long memoryBytes, String os, String java) {

    public static Machine current() {
        long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : 0;
        return new Machine(Runtime.getRuntime().availableProcessors(), memory,
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
    }

    @Override
    public String toString() {
        return String.format("%d cores, %.1f GiB RAM, %s; Java %s", cores, memoryBytes / (double) (1L << 30), os, java);
    }
}
