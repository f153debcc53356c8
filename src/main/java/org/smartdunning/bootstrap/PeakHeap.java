package org.smartdunning.bootstrap;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** The JVM's peak heap so far, as the commands and the Spark driver report what a run cost. */
public final class PeakHeap {
    private PeakHeap() {
    }

    /** Sum of the heap pools' peak usage since the JVM started, in MiB (an upper bound of the peak heap). */
    public static long mebibytes() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }
}
