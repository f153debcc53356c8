package org.smartdunning.webhooks;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where a creditor wants its events, which ones, and the secret its deliveries are signed with.
 * {@code toString} never shows the secret; {@link #summary()} is the endpoint without it.
 *
 * @param secret     {@code whsec_} and 32 random bytes in base64url; the HMAC key (its UTF-8 bytes, prefix included)
 * @param disabledAt when it was disabled: it gets no new events and its pending deliveries are dropped
 */
public record WebhookEndpoint(EndpointId id, URI url, Set<WebhookEventType> events, String secret, Instant createdAt,
                              Optional<Instant> disabledAt) {
    public static final String SECRET_PREFIX = "whsec_";

    public WebhookEndpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(createdAt, "createdAt");
        if (events.isEmpty()) {
            throw new IllegalArgumentException("an endpoint subscribes to at least one event type");
        }
        events = Collections.unmodifiableSet(EnumSet.copyOf(events));
        disabledAt = disabledAt == null ? Optional.empty() : disabledAt;
    }

    /** A new endpoint with a random id and secret drawn from {@code random}. */
    public static WebhookEndpoint create(URI url, Set<WebhookEventType> events, Instant now, SecureRandom random) {
        return new WebhookEndpoint(EndpointId.random(random), url, events, newSecret(random), now, Optional.empty());
    }

    /** {@code whsec_} and 32 random bytes, base64url without padding. */
    public static String newSecret(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public boolean active() {
        return disabledAt.isEmpty();
    }

    public boolean wants(WebhookEventType type) {
        return active() && events.contains(type);
    }

    public EndpointSummary summary() {
        return new EndpointSummary(id, url, events, createdAt, disabledAt);
    }

    @Override
    public String toString() {
        return "WebhookEndpoint[" + id + ", " + url + ", " + events + ", secret ***, created " + createdAt
                + disabledAt.map(d -> ", disabled " + d).orElse("") + "]";
    }
}
