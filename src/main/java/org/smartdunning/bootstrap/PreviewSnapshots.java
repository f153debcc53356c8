package org.smartdunning.bootstrap;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.smartdunning.application.decide.PreviewSnapshot;
import org.smartdunning.history.CreditorId;
import org.smartdunning.history.InvoiceId;

/**
 * One preview snapshot per creditor, loaded on first use and again when the day changes, when it
 * is older than {@link #MAX_AGE}, when asked about an invoice it does not know (at most every
 * {@link #MIN_RELOAD}), or when the creditor's models or history changed in bulk.
 */
final class PreviewSnapshots {
    /** Facts that arrive late (a payment dated yesterday) reach previews within this time. */
    static final Duration MAX_AGE = Duration.ofMinutes(5);
    /** An unknown invoice loads the history again at most this often, so unknown ids cannot overload the store. */
    static final Duration MIN_RELOAD = Duration.ofSeconds(10);
    private final Map<CreditorId, PreviewSnapshot> snapshots = new ConcurrentHashMap<>();
    private final Clock clock;

    PreviewSnapshots(Clock clock) {
        this.clock = clock;
    }

    /** The creditor's snapshot, fresh enough to preview {@code invoice} (null: any). */
    PreviewSnapshot of(CreditorId creditor, InvoiceId invoice, Supplier<PreviewSnapshot> load) {
        return snapshots.compute(creditor, (id, current) -> fresh(current, invoice) ? current : load.get());
    }

    private boolean fresh(PreviewSnapshot current, InvoiceId invoice) {
        if (current == null || !current.day().equals(LocalDate.now(clock))) {
            return false;
        }
        Duration age = Duration.between(current.loadedAt(), clock.instant());
        if (age.compareTo(MAX_AGE) > 0) {
            return false;
        }
        return invoice == null || current.history().invoice(invoice) != null || age.compareTo(MIN_RELOAD) < 0;
    }

    /** Forgets the creditor's snapshot: its models or history changed. */
    void invalidate(CreditorId creditor) {
        snapshots.remove(creditor);
    }
}
