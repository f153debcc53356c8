package org.smartdunning.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The headers that sign a delivery: {@code Dunning-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>}
 * over {@code t + "." + body} with the endpoint's secret (its UTF-8 bytes, {@code whsec_} included),
 * plus {@code Dunning-Event-Id} and {@code Dunning-Event-Type}. The timestamp is signed so a captured
 * request cannot be sent again later with a new one; each attempt is signed afresh.
 */
public final class WebhookSignature {
    public static final String SIGNATURE_HEADER = "Dunning-Signature";
    public static final String EVENT_ID_HEADER = "Dunning-Event-Id";
    public static final String EVENT_TYPE_HEADER = "Dunning-Event-Type";
    static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {
    }

    /** The three headers of a delivery of {@code body} signed at {@code at}, in a stable order. */
    public static Map<String, String> headers(String secret, String eventId, WebhookEventType type, String body,
                                              Instant at) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SIGNATURE_HEADER, sign(secret, body, at.getEpochSecond()));
        headers.put(EVENT_ID_HEADER, eventId);
        headers.put(EVENT_TYPE_HEADER, type.wireName());
        return headers;
    }

    /** The {@code Dunning-Signature} value: {@code t=<unixSeconds>,v1=<hex>}. */
    public static String sign(String secret, String body, long unixSeconds) {
        return "t=" + unixSeconds + ",v1=" + HexFormat.of().formatHex(hmac(secret, unixSeconds + "." + body));
    }

    /** HMAC-SHA256 of {@code text} (UTF-8) keyed with the secret's UTF-8 bytes. */
    static byte[] hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            // every Java runtime has HmacSHA256; a key of any length is accepted
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
