package org.smartdunning.api;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A token bucket per API key (Bucket4j): a key over its rate gets 429 with the seconds to wait. */
final class RateLimits {
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int perSecond;
    private final int burst;

    RateLimits(int perSecond, int burst) {
        this.perSecond = perSecond;
        this.burst = burst;
    }

    /** Takes one request from the key's bucket; throws 429 when it is empty. */
    void take(String keyId, io.javalin.http.Context ctx) {
        Bucket bucket = buckets.computeIfAbsent(keyId, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(burst).refillGreedy(perSecond, Duration.ofSeconds(1)))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
            ctx.header("Retry-After", Long.toString(seconds));
            throw new ApiProblem(429, "Too Many Requests", "this key may send " + perSecond
                    + " requests per second (bursts of " + burst + "); retry after " + seconds + " s");
        }
    }
}
