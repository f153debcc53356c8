package org.smartdunning.models;

import org.smartdunning.history.DunningEvent;

/**
 * Which rows of the standard process (the logged actions no experiment chose) a model learns from. Past
 * {@code maxRows} of them a seeded, fixed share is kept, each kept row's propensity multiplied by that share:
 * being drawn into training is one more random stage of the logging, so the inverse-propensity weights still
 * stand for every row. Randomised rows (experiments, the engine's own decisions) are always kept.
 *
 * @param maxRows most standard-process rows learned from; {@link Integer#MAX_VALUE} keeps them all
 */
public record StandardRowSample(int maxRows, long seed) implements java.io.Serializable {
    /** Keeps every row. */
    public static final StandardRowSample ALL = new StandardRowSample(Integer.MAX_VALUE, 0);

    public StandardRowSample {
        if (maxRows < 1) {
            throw new IllegalArgumentException("the standard-process rows learned from must be at least 1, was "
                    + maxRows);
        }
    }

    /** The share of the standard-process rows kept when the log holds this many. */
    public double share(long standardRows) {
        return standardRows > maxRows ? (double) maxRows / standardRows : 1.0;
    }

    /** Whether the event is learned from when standard-process rows are kept with this share. */
    public boolean keeps(DunningEvent event, double share) {
        return event.isRandomised() || share >= 1.0 || uniform(event) < share;
    }

    /** A uniform draw in [0, 1) fixed by the event's invoice, day and the seed: the same rows on every run. */
    private double uniform(DunningEvent event) {
        long h = seed * 0x9E3779B97F4A7C15L + event.invoiceId().value().hashCode();
        h = h * 0xC2B2AE3D27D4EB4FL + event.occurredOn().toEpochDay();
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 29;
        return (h >>> 11) * 0x1.0p-53;
    }
}
