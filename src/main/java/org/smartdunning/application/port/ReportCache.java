package org.smartdunning.application.port;

import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Port: reports already worked out from a creditor's facts, kept by what was asked and the version of the facts
 * they rest on ({@link KpiFactsReader#version()}). {@link #get} answers exactly (worked out again when a write moved
 * the version); {@link #latest} answers at once from the last complete report while a newer one is worked out apart.
 */
public interface ReportCache {
    /** Keeps nothing: every report is worked out afresh (the command line's one-off reports). */
    ReportCache NONE = new ReportCache() {
        @Override
        public <T> T get(String key, String version, Supplier<T> work) {
            return work.get();
        }

        @Override
        public <T> Stamped<T> latest(String key, KpiFactsReader reader, Function<KpiFactsReader, T> work) {
            return new Stamped<>(work.apply(reader), null, null, false);
        }
    };

    /** The report kept for {@code key} at {@code version}, else {@code work}'s, then kept. */
    <T> T get(String key, String version, Supplier<T> work);

    /**
     * The last complete report kept for {@code key}, at once, even when the facts moved since: then a newer one is
     * worked out apart, with {@code work} on facts read afresh (so {@code work} must hold nothing of one request).
     * Only when nothing is kept yet is the report worked out before answering.
     */
    <T> Stamped<T> latest(String key, KpiFactsReader reader, Function<KpiFactsReader, T> work);

    /**
     * A complete report and what it rests on.
     *
     * @param factsVersion the facts' version it was worked out on (null when nothing is kept)
     * @param computedAt   when it was worked out (null when nothing is kept)
     * @param refreshing   the facts moved since: a newer report is being worked out
     */
    record Stamped<T>(T report, String factsVersion, Instant computedAt, boolean refreshing) {
    }
}
