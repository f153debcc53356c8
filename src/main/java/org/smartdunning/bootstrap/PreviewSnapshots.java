package org.smartdunning.bootstrap;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.smartdunning.application.decide.PreviewSnapshot;
import org.smartdunning.history.CreditorId;
import org.smartdunning.history.InvoiceId;

/**
 * One preview snapshot per creditor, loaded on first use and again when the day changes, when
 * asked about an invoice it does not know (at most every {@link #MIN_RELOAD}), or when the
 * creditor's models or history changed in bulk. Once older than {@link #MAX_AGE} it is loaded again
 * in the background while previews go on from it: at 100,000 customers a load takes 10–20 s, which
 * the ask that happened to come after the five minutes would otherwise wait.
 */
final class PreviewSnapshots {
    /** Facts that arrive late (a payment dated yesterday) reach previews within this time. */
    static final Duration MAX_AGE = Duration.ofMinutes(5);
    /** An unknown invoice loads the history again at most this often, so unknown ids cannot overload the store. */
    static final Duration MIN_RELOAD = Duration.ofSeconds(10);
    private final Map<CreditorId, PreviewSnapshot> snapshots = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Consumer<CreditorId> reloadInBackground;

    /** @param reloadInBackground loads the creditor's snapshot again apart from the ask, then {@link #replace}s it */
    PreviewSnapshots(Clock clock, Consumer<CreditorId> reloadInBackground) {
        this.clock = clock;
        this.reloadInBackground = reloadInBackground;
    }

    /** The creditor's snapshot, fresh enough to preview {@code invoice} (null: any). */
    PreviewSnapshot of(CreditorId creditor, InvoiceId invoice, Supplier<PreviewSnapshot> load) {
        PreviewSnapshot current = snapshots.get(creditor);
        if (usable(current, invoice)) {
            if (Duration.between(current.loadedAt(), clock.instant()).compareTo(MAX_AGE) > 0) {
                reloadInBackground.accept(creditor);
            }
            return current;
        }
        return snapshots.compute(creditor, (id, now) -> usable(now, invoice) ? now : load.get());
    }

    /** Puts a snapshot loaded in the background in place, unless the one there is newer (or was forgotten). */
    void replace(CreditorId creditor, PreviewSnapshot loaded) {
        snapshots.computeIfPresent(creditor, (id, now) -> now.loadedAt().isAfter(loaded.loadedAt()) ? now : loaded);
    }

    /** Whether {@code current} may answer for {@code invoice} now, at whatever age. */
    private boolean usable(PreviewSnapshot current, InvoiceId invoice) {
        if (current == null || !current.day().equals(LocalDate.now(clock))) {
            return false;
        }
        Duration age = Duration.between(current.loadedAt(), clock.instant());
        return invoice == null || current.history().invoice(invoice) != null || age.compareTo(MIN_RELOAD) < 0;
    }

    /** Forgets the creditor's snapshot: its models or history changed. */
    void invalidate(CreditorId creditor) {
        snapshots.remove(creditor);
    }
}
