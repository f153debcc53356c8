package org.smartdunning.channels;

import org.smartdunning.history.DunningAction;

/** One way of reaching a debtor (SMTP e-mail, SMS provider, printed letter, collection agency). */
public interface Channel {
    /** The dunning action this channel carries out. */
    DunningAction action();

    /**
     * Delivers one message. Must not throw for delivery problems: they come back as a transient
     * or permanent failure. Delivering the same {@link OutboundMessage#key()} twice must be safe
     * where the protocol allows it (idempotency key, file named by key).
     */
    DeliveryResult deliver(OutboundMessage message);
}
