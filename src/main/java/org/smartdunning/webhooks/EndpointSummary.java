package org.smartdunning.webhooks;

import java.net.URI;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** A webhook endpoint as listed: everything but its secret, which is shown once, at registration. */
public record EndpointSummary(EndpointId id, URI url, Set<WebhookEventType> events, Instant createdAt,
                              Optional<Instant> disabledAt) {
    public EndpointSummary {
        events = Collections.unmodifiableSet(EnumSet.copyOf(events));
    }

    public boolean active() {
        return disabledAt.isEmpty();
    }
}
