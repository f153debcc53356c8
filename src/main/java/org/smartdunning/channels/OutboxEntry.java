package org.smartdunning.channels;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.smartdunning.history.DunningAction;

/**
 * A message in the outbox: what to send, by which action, what to try next, and how far it got.
 *
 * @param key           unique key: {@code <invoice>.<stage>}, plus {@code ~<action>} for a fallback
 * @param runDay        the process day that queued it
 * @param action        the channel's action
 * @param fallbacks     actions to try, in order, when this one fails permanently
 * @param notice        what the message states
 * @param recipient     who receives it
 * @param status        where it stands
 * @param attempts      delivery attempts made so far
 * @param nextAttemptAt when it may be tried (again)
 */
public record OutboxEntry(String key, LocalDate runDay, DunningAction action, List<DunningAction> fallbacks,
                          Notice notice, Recipient recipient, OutboxStatus status, int attempts,
                          Instant nextAttemptAt) {
    public OutboxEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(runDay, "runDay");
        Objects.requireNonNull(action, "action");
        fallbacks = List.copyOf(fallbacks);
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    }

    /** A new entry, ready at once. */
    public static OutboxEntry queued(String key, LocalDate runDay, DunningAction action, List<DunningAction> fallbacks,
                                     Notice notice, Recipient recipient, Instant now) {
        return new OutboxEntry(key, runDay, action, fallbacks, notice, recipient, OutboxStatus.PENDING, 0, now);
    }

    /** The key of an outbox message for an invoice's stage; only characters safe in file names and Message-IDs. */
    public static String keyOf(String invoiceId, String stageId) {
        return safe(invoiceId) + "." + safe(stageId);
    }

    /** The entry that takes over on the first reachable fallback action, or null when none is left. */
    public OutboxEntry fallback(LocalDate day, Instant now) {
        for (int i = 0; i < fallbacks.size(); i++) {
            DunningAction next = fallbacks.get(i);
            if (recipient.canReceive(next)) {
                return queued(key + "~" + next.key(), day, next, fallbacks.subList(i + 1, fallbacks.size()),
                        notice, recipient, now);
            }
        }
        return null;
    }

    private static String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            out.append(ok ? c : '_');
        }
        String cleaned = out.toString();
        // keep distinct ids distinct when cleaning changed them
        return cleaned.equals(text) ? cleaned : cleaned + "_" + Integer.toHexString(text.hashCode());
    }
}
