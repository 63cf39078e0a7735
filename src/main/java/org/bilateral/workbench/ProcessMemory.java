package org.bilateral.workbench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/** The memory a benchmark's process has needed at most, as its report states it. */
public final class ProcessMemory {

    private ProcessMemory() {
    }

    /** The most the JVM's heap pools have held at once, summed, in megabytes. */
    public static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }

    /** The process's peak resident memory as Linux reports it (VmHWM), or "unknown". */
    public static String peakResident() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                    .map(l -> l.replaceAll("VmHWM:\\s*", "")).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
