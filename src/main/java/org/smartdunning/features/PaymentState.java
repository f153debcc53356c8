package org.smartdunning.features;

import java.time.LocalDate;
import java.util.List;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.Payment;

/** When an invoice was fully paid, looking only at payments that arrived before a given day. */
record PaymentState(long paidCents, LocalDate fullyPaidOn) {

    static PaymentState of(Invoice invoice, List<Payment> payments, LocalDate before) {
        long paid = 0;
        LocalDate fullyPaidOn = null;
        // payments are few per invoice; sort-free scan keeps the earliest date that completes it
        List<Payment> known = payments.stream().filter(p -> p.paidOn().isBefore(before))
                .sorted((a, b) -> a.paidOn().compareTo(b.paidOn())).toList();
        for (Payment p : known) {
            paid += p.amount().cents();
            if (fullyPaidOn == null && paid >= invoice.amount().cents()) {
                fullyPaidOn = p.paidOn();
            }
        }
        return new PaymentState(paid, fullyPaidOn);
    }

    boolean fullyPaid() {
        return fullyPaidOn != null;
    }

    boolean paidBy(LocalDate day) {
        return fullyPaidOn != null && !fullyPaidOn.isAfter(day);
    }
}
