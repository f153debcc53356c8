package org.smartdunning.channels;

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
}
