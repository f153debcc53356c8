package org.smartdunning.cli;

import java.util.Locale;
import org.smartdunning.bootstrap.PeakHeap;

/** Wall time and peak heap of a command, printed in its closing line so users see what a run cost. */
final class RunStats {
    private final long started = System.nanoTime();

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    String summary() {
        return String.format(Locale.ROOT, "%.1f s, peak heap %d MiB", seconds(), PeakHeap.mebibytes());
    }
}
