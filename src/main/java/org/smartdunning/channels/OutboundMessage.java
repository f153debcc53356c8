package org.smartdunning.channels;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.smartdunning.history.DunningAction;

/**
 * A fully rendered message, as stored in the outbox and handed to a {@link Channel}.
 *
 * @param key       unique outbox key; e-mail Message-ID, SMS idempotency key and letter file name derive from it
 * @param action    the channel's action (SMS, EMAIL, LETTER or COLLECTION)
 * @param recipient who receives it and where
 * @param notice    the facts the message states (amounts, fees, interest, reference, creditor)
 * @param subject   rendered subject (e-mail, letter heading); empty for SMS
 * @param body      rendered text in the debtor's language
 */
public record OutboundMessage(String key, DunningAction action, Recipient recipient, Notice notice,
                              String subject, String body) {
    public OutboundMessage {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(notice, "notice");
        subject = subject == null ? "" : subject;
        Objects.requireNonNull(body, "body");
    }

    /**
     * The key with every byte outside {@code [A-Za-z0-9_-]} percent-encoded ({@code a/b} becomes
     * {@code a%2Fb}): distinct keys stay distinct, and the result is safe as a file name (no path
     * separators, no {@code ..}) and as the left part of an e-mail Message-ID.
     */
    public String safeKey() {
        StringBuilder out = new StringBuilder(key.length());
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
