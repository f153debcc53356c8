package org.smartdunning.channels;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.smartdunning.history.DunningAction;

/**
 * A channel whose answers the test scripts (transient and permanent failures cannot be provoked
 * from the real test servers on demand); it records every message handed to it.
 */
public final class ScriptedChannel implements Channel {
    private final DunningAction action;
    private final Deque<DeliveryResult> script = new ArrayDeque<>();
    private final List<OutboundMessage> received = new ArrayList<>();

    public ScriptedChannel(DunningAction action) {
        this.action = action;
    }

    /** The next answers, in order; once used up, every delivery succeeds. */
    public ScriptedChannel then(DeliveryResult... results) {
        script.addAll(List.of(results));
        return this;
    }

    public List<OutboundMessage> received() {
        return received;
    }

    @Override
    public DunningAction action() {
        return action;
    }

    @Override
    public DeliveryResult deliver(OutboundMessage message) {
        received.add(message);
        DeliveryResult next = script.poll();
        return next != null ? next : DeliveryResult.delivered(action.key() + ":" + message.key());
    }
}
