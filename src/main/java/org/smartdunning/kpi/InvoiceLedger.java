package org.smartdunning.kpi;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.history.Payment;

/**
 * What the payments say about one invoice. "Fully paid on" is the first day the payments up to
 * it cover the amount, as the engine's features read it: a later reversal does not undo it there,
 * but it does lower the open balance.
 */
final class InvoiceLedger {
    private final CreditorHistory history;
    /** Every invoice's {@link #fullyPaidOn}, worked out once: each KPI period asks again. */
    private final Map<InvoiceId, LocalDate> paidOn = new HashMap<>();

    InvoiceLedger(CreditorHistory history) {
        this.history = history;
        for (Invoice invoice : history.invoices()) {
            LocalDate day = firstCovered(invoice);
            if (day != null) {
                paidOn.put(invoice.id(), day);
            }
        }
    }

    /** The first day the invoice's payments (in date order) covered its amount, or null. */
    LocalDate fullyPaidOn(Invoice invoice) {
        return paidOn.get(invoice.id());
    }

    private LocalDate firstCovered(Invoice invoice) {
        List<Payment> payments = history.paymentsOf(invoice.id());
        if (payments.isEmpty()) {
            return null;
        }
        long paid = 0;
        for (Payment p : payments.stream().sorted(Comparator.comparing(Payment::paidOn)).toList()) {
            paid += p.amount().cents();
            if (paid >= invoice.amount().cents()) {
                return p.paidOn();
            }
        }
        return null;
    }

    /** Fully paid on or before {@code day}. */
    boolean paidBy(Invoice invoice, LocalDate day) {
        LocalDate paidOn = fullyPaidOn(invoice);
        return paidOn != null && !paidOn.isAfter(day);
    }

    /** Sum of the payments dated on or before {@code day}, reversals subtracted, in cents. */
    long paidCentsBy(Invoice invoice, LocalDate day) {
        long paid = 0;
        for (Payment p : history.paymentsOf(invoice.id())) {
            if (!p.paidOn().isAfter(day)) {
                paid += p.amount().cents();
            }
        }
        return paid;
    }

    /** What is still owed at the end of {@code day}, never below zero, in cents. */
    long openCentsAt(Invoice invoice, LocalDate day) {
        return Math.max(0, invoice.amount().cents() - paidCentsBy(invoice, day));
    }
}
