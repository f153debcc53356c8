package org.smartdunning.workflow;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.InvoiceId;

/** The holds in force on one day, looked up by invoice and by customer. */
public final class ActiveHolds {
    private final LocalDate day;
    private final Map<String, Hold> byInvoice = new HashMap<>();
    private final Map<String, Hold> byCustomer = new HashMap<>();

    public ActiveHolds(List<Hold> holds, LocalDate day) {
        this.day = day;
        for (Hold h : holds) {
            if (h.activeOn(day)) {
                (h.scope() == HoldScope.INVOICE ? byInvoice : byCustomer).putIfAbsent(h.targetId(), h);
            }
        }
    }

    public LocalDate day() {
        return day;
    }

    /** The hold that stops dunning this invoice today, if any. */
    public Optional<Hold> blocking(InvoiceId invoice, CustomerId customer) {
        Hold h = byInvoice.get(invoice.value());
        return Optional.ofNullable(h != null ? h : byCustomer.get(customer.value()));
    }

    public int size() {
        return byInvoice.size() + byCustomer.size();
    }
}
