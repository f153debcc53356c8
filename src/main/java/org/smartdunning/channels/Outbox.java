package org.smartdunning.channels;

import java.time.Instant;
import java.util.List;
import org.smartdunning.audit.AuditEntry;

/**
 * Port: the outbox table. Every state change of a message is committed together with its audit
 * lines, so the audit log counts exactly what was sent.
 */
public interface Outbox {
    /** Up to {@code limit} entries due at {@code now}: pending ones whose time has come and in-doubt ones left sending. */
    List<OutboxEntry> ready(Instant now, int limit);

    /** Marks the entry as handed to its channel, committed before the channel is called. */
    void markSending(OutboxEntry entry);

    /**
     * Records the end of an attempt in one transaction: the entry's new state, its audit lines,
     * after a permanent failure the fallback entry that takes over (may be null), and the next
     * entry marked as handed to its channel (may be null), which saves that entry a commit of its own.
     */
    void settle(OutboxEntry updated, String reference, String error, List<AuditEntry> audit, OutboxEntry fallback,
                OutboxEntry markNext);
}
