package org.smartdunning.features;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.Customer;
import org.smartdunning.history.InvoiceLedger;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.Invoice;

/**
 * Computes {@link InvoiceFeatures} for an invoice as of its decision day. Every fact dated on or
 * after the decision day is ignored, so the same features come out whatever happened later.
 */
public final class FeatureExtractor {
    /** An earlier action counts as answered when the invoice was paid within this many days of it. */
    static final int RESPONSE_DAYS = 30;
    /** No such day: below every epoch day number a history holds. */
    private static final int NONE = Integer.MIN_VALUE;

    private final CreditorHistory history;

    public FeatureExtractor(CreditorHistory history) {
        this.history = history;
    }

    public InvoiceFeatures extract(Invoice invoice, LocalDate decideOn) {
        Customer customer = history.customer(invoice.customerId());
        InvoiceLedger ledger = history.ledgerOf(customer.id());
        int day = (int) decideOn.toEpochDay();
        int yearAgo = (int) decideOn.minusMonths(12).toEpochDay();
        PaymentTally tally = new PaymentTally();
        Map<DunningAction, int[]> actions = new EnumMap<>(DunningAction.class);
        long invoicedLastYear = 0;
        int lastDay = NONE;
        DunningAction lastAction = null;
        for (int k = 0; k < ledger.invoices(); k++) {
            int issued = ledger.issuedOn(k);
            if (issued >= yearAgo && issued < day) {
                invoicedLastYear += ledger.cents(k);
            }
            int events = ledger.events(k);
            for (int j = 0; j < events; j++) {
                int on = ledger.eventDay(k, j);
                if (on < day && (lastAction == null || on > lastDay)) {
                    lastDay = on;
                    lastAction = ledger.eventAction(k, j);
                }
            }
            int due = ledger.dueOn(k);
            if (due >= day || ledger.isInvoice(k, invoice.id())) {
                continue;
            }
            PaymentState state = PaymentState.of(ledger, k, day);
            tally.add(due, state, day);
            for (int j = 0; j < events; j++) {
                countResponse(actions, ledger.eventAction(k, j), ledger.eventDay(k, j), state, day);
            }
        }
        int inquiries = 0;
        int lastInquiry = NONE;
        for (int q = 0; q < ledger.inquiries(); q++) {
            int on = ledger.inquiryDay(q);
            if (on < day && ledger.inquiryAboutInvoices(q)) {
                inquiries++;
                lastInquiry = Math.max(lastInquiry, on);
            }
        }
        boolean subscription = customer.monthlyFee() != null;
        double monthlyValue = subscription ? customer.monthlyFee().toDouble() : invoicedLastYear / 100.0 / 12;
        Map<DunningAction, ActionResponse> responses = new EnumMap<>(DunningAction.class);
        actions.forEach((a, n) -> responses.put(a, new ActionResponse(n[0], n[1])));
        return new InvoiceFeatures(invoice.id(), decideOn, invoice.amount().toDouble(), monthlyValue, subscription,
                (int) ChronoUnit.DAYS.between(invoice.dueOn(), decideOn), tally.count, tally.onTime, tally.late,
                tally.unpaid, tally.meanDaysLate(), tally.maxDaysLate, daysSince(tally.lastLate, day),
                responses, lastAction, daysSince(lastDay, day), inquiries, daysSince(lastInquiry, day),
                (int) ChronoUnit.MONTHS.between(customer.createdOn(), decideOn),
                customer.birthYear() == null ? InvoiceFeatures.UNKNOWN_AGE : decideOn.getYear() - customer.birthYear(),
                customer.type(), customer.country(), customer.paymentMethod(), customer.plan(),
                customer.hasEmail(), customer.hasPhone());
    }

    private static void countResponse(Map<DunningAction, int[]> actions, DunningAction action, int on,
                                      PaymentState state, int day) {
        int windowEnd = on + RESPONSE_DAYS;
        // only actions whose response window closed before the decision day: no censored "no response"
        if (windowEnd >= day) {
            return;
        }
        int[] n = actions.computeIfAbsent(action, a -> new int[2]);
        n[0]++;
        if (state.paidBy(windowEnd)) {
            n[1]++;
        }
    }

    private static int daysSince(int on, int day) {
        return on == NONE ? InvoiceFeatures.NEVER : day - on;
    }

    /** Running counts over the customer's earlier invoices (days as epoch day numbers). */
    private static final class PaymentTally {
        int count;
        int onTime;
        int late;
        int unpaid;
        long daysLateSum;
        int maxDaysLate;
        int lastLate = NONE;

        void add(int due, PaymentState state, int day) {
            count++;
            if (state.paidBy(due)) {
                onTime++;
                return;
            }
            if (state.fullyPaid()) {
                late++;
                int days = state.fullyPaidOn() - due;
                daysLateSum += days;
                maxDaysLate = Math.max(maxDaysLate, days);
                lastLate = Math.max(lastLate, state.fullyPaidOn());
            } else {
                unpaid++;
                maxDaysLate = Math.max(maxDaysLate, day - due);
            }
        }

        double meanDaysLate() {
            return late == 0 ? 0 : (double) daysLateSum / late;
        }
    }
}
