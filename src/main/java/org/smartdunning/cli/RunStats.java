package org.smartdunning.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/** Wall time and peak heap of a command, printed in its closing line so users see what a run cost. */
final class RunStats {
    private final long started = System.nanoTime();

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    /** Sum of the heap pools' peak usage since start, in MiB. */
    static long peakHeapMiB() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }

    String summary() {
        return String.format(Locale.ROOT, "%.1f s, peak heap %d MiB", seconds(), peakHeapMiB());
    }
}
