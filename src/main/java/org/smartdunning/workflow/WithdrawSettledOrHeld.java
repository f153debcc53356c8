package org.smartdunning.workflow;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.smartdunning.channels.DispatchGuard;
import org.smartdunning.channels.OutboxEntry;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.history.Money;

/**
 * Withdraws a queued message when its invoice was paid after the decision, or a hold was placed
 * since: an invoice settled or disputed before dispatch is not dunned.
 */
public final class WithdrawSettledOrHeld implements DispatchGuard {
    private final InvoiceBalances balances;
    private final Supplier<List<Hold>> holds;

    public WithdrawSettledOrHeld(InvoiceBalances balances, Supplier<List<Hold>> holds) {
        this.balances = balances;
        this.holds = holds;
    }

    @Override
    public Map<String, String> withdrawReasons(List<OutboxEntry> entries, LocalDate day) {
        Map<String, String> reasons = new HashMap<>();
        if (entries.isEmpty()) {
            return reasons;
        }
        Map<InvoiceId, Money> unpaid = balances.unpaid(entries.stream().map(e -> e.notice().invoiceId()).toList());
        ActiveHolds active = new ActiveHolds(holds.get(), day);
        for (OutboxEntry e : entries) {
            Money left = unpaid.get(e.notice().invoiceId());
            if (left != null && left.cents() <= 0) {
                reasons.put(e.key(), "invoice paid since the decision");
                continue;
            }
            active.blocking(e.notice().invoiceId(), e.recipient().customerId())
                    .ifPresent(h -> reasons.put(e.key(), h.describe()));
        }
        return reasons;
    }
}
