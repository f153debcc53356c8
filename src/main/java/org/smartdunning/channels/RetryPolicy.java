package org.smartdunning.channels;

import java.time.Duration;
import java.time.Instant;

/**
 * Exponential backoff for transient failures: attempt n waits {@code base * 2^(n-1)}, at most
 * {@code cap}; after {@code maxAttempts} the failure counts as permanent.
 */
public record RetryPolicy(int maxAttempts, Duration base, Duration cap) {
    /** Five attempts over about a quarter of an hour: 1, 2, 4, 8 minutes apart. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofMinutes(1), Duration.ofHours(1));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (base.isNegative() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("need 0 <= base <= cap, was " + base + " and " + cap);
        }
    }

    /** Whether another attempt is allowed after {@code attempts} failed ones. */
    public boolean retryAfter(int attempts) {
        return attempts < maxAttempts;
    }

    /** When to try again after the {@code attempts}-th failure. */
    public Instant nextAttempt(Instant now, int attempts) {
        Duration wait = base.multipliedBy(1L << Math.min(30, Math.max(0, attempts - 1)));
        return now.plus(wait.compareTo(cap) > 0 ? cap : wait);
    }
}
