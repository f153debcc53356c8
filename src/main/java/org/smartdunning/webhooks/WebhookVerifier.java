package org.smartdunning.webhooks;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a receiver runs on each delivery: checks the {@code Dunning-Signature} in constant time,
 * refuses a timestamp further than the tolerance (default 5 minutes) from its clock, and refuses a
 * replay — the same event id with the same timestamp accepted before, within the tolerance. A
 * genuine retry carries the same event id with a new timestamp and passes; deduplicate the work by
 * event id. Remembers at most {@code maxRemembered} requests (oldest forgotten first). Thread-safe.
 */
public final class WebhookVerifier {
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);
    public static final int DEFAULT_MAX_REMEMBERED = 100_000;

    private final String secret;
    private final Clock clock;
    private final Duration tolerance;
    private final int maxRemembered;
    /** Accepted (event id, timestamp) pairs, in the order accepted, with their timestamp. */
    private final LinkedHashMap<String, Long> seen = new LinkedHashMap<>();

    public WebhookVerifier(String secret, Clock clock) {
        this(secret, clock, DEFAULT_TOLERANCE, DEFAULT_MAX_REMEMBERED);
    }

    public WebhookVerifier(String secret, Clock clock, Duration tolerance, int maxRemembered) {
        this.secret = Objects.requireNonNull(secret, "secret");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (tolerance.isNegative() || tolerance.isZero() || maxRemembered < 1) {
            throw new IllegalArgumentException("need a positive tolerance and room for at least one request");
        }
        this.tolerance = tolerance;
        this.maxRemembered = maxRemembered;
    }

    /** Checks a request by its {@code Dunning-Signature} and {@code Dunning-Event-Id} headers and its raw body. */
    public synchronized Verification verify(String signatureHeader, String eventId, String body) {
        if (signatureHeader == null || eventId == null || eventId.isBlank() || body == null) {
            return Verification.rejected(Verification.Outcome.MALFORMED,
                    "the Dunning-Signature or Dunning-Event-Id header is missing");
        }
        Long timestamp = null;
        List<byte[]> signatures = new ArrayList<>(1);
        for (String part : signatureHeader.split(",")) {
            int eq = part.indexOf('=');
            String key = eq < 0 ? "" : part.substring(0, eq).trim();
            String value = eq < 0 ? "" : part.substring(eq + 1).trim();
            try {
                if (key.equals("t")) {
                    timestamp = Long.parseLong(value);
                } else if (key.equals("v1")) {
                    signatures.add(HexFormat.of().parseHex(value));
                }
            } catch (IllegalArgumentException e) {
                return Verification.rejected(Verification.Outcome.MALFORMED, "the Dunning-Signature header is malformed");
            }
        }
        if (timestamp == null || signatures.isEmpty()) {
            return Verification.rejected(Verification.Outcome.MALFORMED,
                    "the Dunning-Signature header needs t=<unix seconds> and v1=<hex>");
        }
        byte[] expected = WebhookSignature.hmac(secret, timestamp + "." + body);
        // every v1 is compared (a sender rotating its secret sends two), each in constant time
        boolean match = false;
        for (byte[] signature : signatures) {
            match |= MessageDigest.isEqual(expected, signature);
        }
        if (!match) {
            return Verification.rejected(Verification.Outcome.BAD_SIGNATURE, "the signature does not match the body");
        }
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - timestamp) > tolerance.toSeconds()) {
            return Verification.rejected(Verification.Outcome.STALE, "the timestamp is " + (now - timestamp)
                    + " s from now, more than the tolerance of " + tolerance.toSeconds() + " s");
        }
        forgetOlderThan(now - tolerance.toSeconds());
        if (seen.putIfAbsent(eventId + "@" + timestamp, timestamp) != null) {
            return Verification.rejected(Verification.Outcome.REPLAYED, "event " + eventId
                    + " with this timestamp was accepted before: a replay");
        }
        if (seen.size() > maxRemembered) {
            Iterator<String> oldest = seen.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        return Verification.VERIFIED;
    }

    /** Checks a request by its headers (names compared ignoring case) and its raw body. */
    public Verification verify(Map<String, String> headers, String body) {
        return verify(header(headers, WebhookSignature.SIGNATURE_HEADER),
                header(headers, WebhookSignature.EVENT_ID_HEADER), body);
    }

    private static String header(Map<String, String> headers, String name) {
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (header.getKey() != null && header.getKey().equalsIgnoreCase(name)) {
                return header.getValue();
            }
        }
        return null;
    }

    /**
     * Requests older than the tolerance cannot pass the timestamp check again: no need to remember
     * them. Accepted in about timestamp order, so the oldest are at the head; stopping at the first
     * young one keeps each check cheap (one out of order waits for those before it).
     */
    private void forgetOlderThan(long cutoff) {
        Iterator<Long> oldest = seen.values().iterator();
        while (oldest.hasNext() && oldest.next() < cutoff) {
            oldest.remove();
        }
    }
}
