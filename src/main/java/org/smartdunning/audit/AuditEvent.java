package org.smartdunning.audit;

import java.util.Locale;

/** What happened to an invoice at a stage. */
public enum AuditEvent {
    /** The learned policy chose the action at a decision stage. */
    DECIDED,
    /** An experiment's arm set the action. */
    ASSIGNED,
    /** A rule stage (notice, escalation) set the action. */
    SCHEDULED,
    /** A message was put in the outbox. */
    QUEUED,
    /** A channel delivered the message. */
    SENT,
    /** A transient failure; another attempt is scheduled. */
    RETRY,
    /** A permanent failure handed the message to the next channel. */
    FALLBACK,
    /** A permanent failure with no channel left: reported, not sent. */
    FAILED,
    /** The message was withdrawn before dispatch (paid meanwhile, hold placed). */
    CANCELLED,
    /** The stage was due but did not run today (hold, inquiry pause, a legal wait); it may run on a later day. */
    SKIPPED,
    /** The stage will not run for this invoice: the customer cannot be reached by any of its actions. */
    CLOSED,
    /** A later stage fell due first, so this one was passed over. */
    SUPERSEDED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
