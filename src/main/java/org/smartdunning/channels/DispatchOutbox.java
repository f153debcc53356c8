package org.smartdunning.channels;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.smartdunning.audit.AuditEntry;
import org.smartdunning.audit.AuditEvent;
import org.smartdunning.history.DunningAction;

/**
 * Sends what the outbox holds, each message exactly once: the entry is marked sending (committed,
 * together with the previous entry's settlement) before its channel is called and settled with its
 * audit lines after, so a run killed between the two finds at most that one entry still sending
 * and delivers it again under the same key, which the channels make harmless (idempotency key,
 * Message-ID, file named by key). Transient failures retry with
 * backoff; permanent ones fall back to the next reachable channel or are reported.
 */
public final class DispatchOutbox {
    private static final int PAGE = 500;

    private final Outbox outbox;
    private final Map<DunningAction, Channel> channels;
    private final MessageRenderer renderer;
    private final DispatchGuard guard;
    private final RetryPolicy retry;
    private final Clock clock;

    public DispatchOutbox(Outbox outbox, Map<DunningAction, Channel> channels, MessageRenderer renderer,
                          DispatchGuard guard, RetryPolicy retry, Clock clock) {
        this.outbox = outbox;
        this.channels = DunningAction.ordered(channels);
        this.renderer = renderer;
        this.guard = guard;
        this.retry = retry;
        this.clock = clock;
    }

    /**
     * Delivers every entry ready now, including fallbacks queued on the way; entries rescheduled
     * for later stay for a later pass.
     */
    public DispatchReport dispatch(LocalDate day) {
        DispatchReport report = new DispatchReport();
        Set<String> seen = new HashSet<>();
        while (true) {
            List<OutboxEntry> page = outbox.ready(clock.instant(), PAGE).stream().filter(e -> seen.add(e.key())).toList();
            if (page.isEmpty()) {
                return report;
            }
            Map<String, String> withdrawn = guard.withdrawReasons(page, day);
            List<OutboxEntry> deliverable = new ArrayList<>(page.size());
            for (OutboxEntry entry : page) {
                String reason = withdrawn.get(entry.key());
                if (reason != null) {
                    report.countCancelled();
                    settle(entry, OutboxStatus.CANCELLED, entry.attempts(), "", reason, day, AuditEvent.CANCELLED, null, null);
                } else if (!channels.containsKey(entry.action())) {
                    permanentFailure(entry, entry.attempts(), "no channel configured for " + entry.action().key(), day,
                            report, null);
                } else {
                    deliverable.add(entry);
                }
            }
            for (int i = 0; i < deliverable.size(); i++) {
                if (i == 0) {
                    outbox.markSending(deliverable.get(0));
                }
                dispatchOne(deliverable.get(i), i + 1 < deliverable.size() ? deliverable.get(i + 1) : null, day, report);
            }
        }
    }

    /** Delivers an entry already marked sending; its settlement marks {@code next} sending in the same commit. */
    private void dispatchOne(OutboxEntry entry, OutboxEntry next, LocalDate day, DispatchReport report) {
        boolean inDoubt = entry.status() == OutboxStatus.SENDING;
        if (inDoubt) {
            report.countInDoubt();
        }
        int attempt = entry.attempts() + 1;
        DeliveryResult result = deliver(channels.get(entry.action()), entry);
        switch (result.status()) {
            case DELIVERED -> {
                report.countSent(entry.action());
                settle(entry, OutboxStatus.SENT, attempt, result.reference(),
                        inDoubt ? "delivered again after an interrupted attempt, same key" : "", day, AuditEvent.SENT,
                        null, next);
            }
            case TRANSIENT_FAILURE -> {
                if (retry.retryAfter(attempt)) {
                    report.countRetry();
                    OutboxEntry later = new OutboxEntry(entry.key(), entry.runDay(), entry.action(), entry.fallbacks(),
                            entry.notice(), entry.recipient(), OutboxStatus.PENDING, attempt,
                            retry.nextAttempt(clock.instant(), attempt));
                    outbox.settle(later, "", result.detail(), List.of(audit(entry, day, AuditEvent.RETRY,
                            "attempt " + attempt + " failed: " + result.detail() + "; next at " + later.nextAttemptAt())),
                            null, next);
                } else {
                    permanentFailure(entry, attempt, "gave up after " + attempt + " attempts: " + result.detail(), day,
                            report, next);
                }
            }
            case PERMANENT_FAILURE -> permanentFailure(entry, attempt, result.detail(), day, report, next);
        }
    }

    private DeliveryResult deliver(Channel channel, OutboxEntry entry) {
        try {
            MessageRenderer.Rendered text = renderer.render(entry.action(), entry.notice(), entry.recipient());
            return channel.deliver(new OutboundMessage(entry.key(), entry.action(), entry.recipient(), entry.notice(),
                    text.subject(), text.body()));
        } catch (RuntimeException e) {
            // a template that cannot render will not render on retry either
            return DeliveryResult.permanentFailure("cannot render the message: " + e.getMessage());
        }
    }

    private void permanentFailure(OutboxEntry entry, int attempts, String error, LocalDate day, DispatchReport report,
                                  OutboxEntry next) {
        OutboxEntry fallback = entry.fallback(day, clock.instant());
        if (fallback != null) {
            report.countFallback();
            settle(entry, OutboxStatus.FAILED, attempts, "", error, day, AuditEvent.FALLBACK, fallback, next);
        } else {
            report.countFailed();
            settle(entry, OutboxStatus.FAILED, attempts, "", error + "; no channel left, reported", day,
                    AuditEvent.FAILED, null, next);
        }
    }

    private void settle(OutboxEntry entry, OutboxStatus status, int attempts, String reference, String detail,
                        LocalDate day, AuditEvent event, OutboxEntry fallback, OutboxEntry next) {
        OutboxEntry done = new OutboxEntry(entry.key(), entry.runDay(), entry.action(), entry.fallbacks(),
                entry.notice(), entry.recipient(), status, attempts, entry.nextAttemptAt());
        List<AuditEntry> audit = new ArrayList<>(2);
        String text = event == AuditEvent.SENT ? join(reference, detail) : detail;
        audit.add(audit(entry, day, event, text));
        if (fallback != null) {
            audit.add(audit(fallback, day, AuditEvent.QUEUED, "fallback after " + entry.action().key() + " failed"));
        }
        outbox.settle(done, reference, status == OutboxStatus.SENT ? "" : detail, audit, fallback, next);
    }

    private static String join(String a, String b) {
        return b.isEmpty() ? a : a + "; " + b;
    }

    private static AuditEntry audit(OutboxEntry entry, LocalDate day, AuditEvent event, String detail) {
        return new AuditEntry(day, entry.notice().invoiceId(), entry.recipient().customerId(), entry.notice().stage(),
                event, entry.action(), "stage " + entry.notice().stage(), null, Double.NaN, entry.key(), detail);
    }
}
