package org.smartdunning.webhooks;

import java.time.Duration;
import java.util.List;

/**
 * When a failed delivery is tried again: after attempt n it waits {@code delays[n-1]} (the last
 * delay repeats), and after {@code maxAttempts} attempts it is given up. Deterministic, no jitter:
 * the deliveries of one event to many endpoints are spread by their endpoints' answers anyway.
 */
public record DeliveryBackoff(List<Duration> delays, int maxAttempts) {
    /** 10 s, 1 min, 5 min, 30 min, 2 h, 6 h, 12 h: eight attempts over about 21 hours. */
    public static final List<Duration> DEFAULT_DELAYS = List.of(Duration.ofSeconds(10), Duration.ofMinutes(1),
            Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(6), Duration.ofHours(12));
    public static final DeliveryBackoff DEFAULT = new DeliveryBackoff(DEFAULT_DELAYS, 8);

    public DeliveryBackoff {
        delays = List.copyOf(delays);
        // a zero delay would make a retry due within the pass that failed it
        if (delays.isEmpty() || delays.stream().anyMatch(d -> d.isNegative() || d.isZero())) {
            throw new IllegalArgumentException("need at least one delay, each longer than zero");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
    }

    /** The default delays with another number of attempts. */
    public static DeliveryBackoff withMaxAttempts(int maxAttempts) {
        return new DeliveryBackoff(DEFAULT_DELAYS, maxAttempts);
    }

    /** Whether another attempt follows the {@code attempts}-th failed one. */
    public boolean retryAfter(int attempts) {
        return attempts < maxAttempts;
    }

    /** The wait after the {@code attempt}-th failed attempt (1-based). */
    public Duration delayAfter(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1, was " + attempt);
        }
        return delays.get(Math.min(attempt, delays.size()) - 1);
    }
}
