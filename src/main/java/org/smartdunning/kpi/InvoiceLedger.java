package org.smartdunning.kpi;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.InvoiceFacts;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.history.Payment;

/**
 * What the payments say about one invoice. "Fully paid on" is the first day the payments up to
 * it cover the amount, as the engine's features read it: a later reversal does not undo it there,
 * but it does lower the open balance.
 */
final class InvoiceLedger {
    /**
     * What the payments say about an invoice, worked out once, since every KPI period asks again.
     *
     * @param fullyPaidOn   the first day its payments (in date order) covered the amount, or null
     * @param sumByDue      the payments dated by the due date sum to the amount (as PopulationRates counts on time)
     * @param sumByHorizon  the payments dated by the horizon's end sum to the amount
     */
    record Paid(LocalDate fullyPaidOn, boolean sumByDue, boolean sumByHorizon) {
    }

    private static final Paid UNPAID = new Paid(null, false, false);

    private final CreditorHistory history;
    private final Map<InvoiceId, Paid> paid = new HashMap<>();

    InvoiceLedger(CreditorHistory history, int horizonDays) {
        this.history = history;
        for (InvoiceFacts facts : history.invoiceFacts()) {
            Invoice invoice = facts.invoice();
            List<Payment> payments = facts.payments();
            if (!payments.isEmpty()) {
                long amount = invoice.amount().cents();
                paid.put(invoice.id(), new Paid(firstCovered(invoice, payments),
                        paidCentsBy(payments, invoice.dueOn()) >= amount,
                        paidCentsBy(payments, invoice.dueOn().plusDays(horizonDays)) >= amount));
            }
        }
    }

    Paid paid(Invoice invoice) {
        return paid.getOrDefault(invoice.id(), UNPAID);
    }

    /** The first day the invoice's payments (in date order) covered its amount, or null. */
    LocalDate fullyPaidOn(Invoice invoice) {
        return paid(invoice).fullyPaidOn();
    }

    private static LocalDate firstCovered(Invoice invoice, List<Payment> payments) {
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
        return paidCentsBy(history.paymentsOf(invoice.id()), day);
    }

    /** Sum of these payments dated on or before {@code day}, reversals subtracted, in cents. */
    static long paidCentsBy(List<Payment> payments, LocalDate day) {
        long paid = 0;
        for (Payment p : payments) {
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
