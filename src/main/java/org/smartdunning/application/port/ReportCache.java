package org.smartdunning.application.port;

import java.util.function.Supplier;

/**
 * Port: reports already worked out from a creditor's facts, kept by what was asked and the version of the facts
 * they rest on ({@link KpiFactsReader#version()}), so a page asked again before anything was written answers at
 * once. A store's writes change the version, so a kept report is never shown after the facts changed.
 */
public interface ReportCache {
    /** Keeps nothing: every report is worked out afresh (the command line's one-off reports). */
    ReportCache NONE = new ReportCache() {
        @Override
        public <T> T get(String key, String version, Supplier<T> work) {
            return work.get();
        }
    };

    /** The report kept for {@code key} at {@code version}, else {@code work}'s, then kept. */
    <T> T get(String key, String version, Supplier<T> work);
}
