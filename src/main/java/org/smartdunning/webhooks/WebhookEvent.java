package org.smartdunning.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One event as its receivers get it: {@code {"id":…,"type":…,"created_at":…,"data":{…}}}. The data
 * carries ids and business values only; a key outside {@link #DATA_KEYS} is refused, so no e-mail
 * address, phone number, name or postal address can slip into a webhook.
 *
 * @param id   {@code evt_} and 32 hex digits, the same on every retry and every endpoint
 * @param data values are strings, numbers or booleans, kept in the order given
 */
public record WebhookEvent(String id, WebhookEventType type, Instant createdAt, Map<String, Object> data) {
    /** The data keys an event may carry: identifiers, actions, amounts, days. */
    public static final Set<String> DATA_KEYS = Set.of("invoice_id", "customer_id", "payment_id", "hold_id", "message_key",
            "scope", "target_id", "reason", "action", "channel", "stage", "amount", "currency", "total", "fee",
            "decided_on", "propensity", "expected_value", "model_version", "attempts", "fallback", "from", "until",
            "lifted_on", "settled_on", "day");

    public WebhookEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(createdAt, "createdAt");
        LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
        data.forEach((key, value) -> {
            if (!DATA_KEYS.contains(key)) {
                throw new IllegalArgumentException("webhook data may not carry '" + key
                        + "': only ids and business values are sent (" + String.join(", ", new java.util.TreeSet<>(DATA_KEYS)) + ")");
            }
            if (value != null && !(value instanceof String || value instanceof Number || value instanceof Boolean)) {
                throw new IllegalArgumentException("webhook data '" + key + "' must be a string, number or boolean");
            }
            copy.put(key, value);
        });
        data = Collections.unmodifiableMap(copy);
        createdAt = createdAt.truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * An event whose id is derived from its type and {@code naturalKey} (a hold id, a message key…):
     * publishing the same fact again gives the same id, which the outbox stores once per endpoint.
     */
    public static WebhookEvent of(WebhookEventType type, String naturalKey, Instant createdAt, Map<String, Object> data) {
        UUID uuid = UUID.nameUUIDFromBytes((type.wireName() + "|" + naturalKey).getBytes(StandardCharsets.UTF_8));
        return new WebhookEvent("evt_" + uuid.toString().replace("-", ""), type, createdAt, data);
    }

    /** The body sent, byte for byte the same on every attempt. */
    public String toJson() {
        return new WebhookJson().object()
                .field("id", id).field("type", type.wireName()).field("created_at", createdAt.toString())
                .fieldObject("data", data).end().toString();
    }
}
