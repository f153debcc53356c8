package org.smartdunning.features;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.Customer;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.InvoiceFacts;

/**
 * Computes {@link InvoiceFeatures} for an invoice as of its decision day. Every fact dated on or
 * after the decision day is ignored, so the same features come out whatever happened later.
 */
public final class FeatureExtractor {
    /** An earlier action counts as answered when the invoice was paid within this many days of it. */
    static final int RESPONSE_DAYS = 30;

    private final CreditorHistory history;

    public FeatureExtractor(CreditorHistory history) {
        this.history = history;
    }

    public InvoiceFeatures extract(Invoice invoice, LocalDate decideOn) {
        Customer customer = history.customer(invoice.customerId());
        PaymentTally tally = new PaymentTally();
        Map<DunningAction, int[]> actions = new EnumMap<>(DunningAction.class);
        LocalDate yearAgo = decideOn.minusMonths(12);
        long invoicedLastYear = 0;
        DunningEvent last = null;
        for (InvoiceFacts facts : history.invoiceFactsOf(customer.id())) {
            Invoice earlier = facts.invoice();
            if (!earlier.issuedOn().isBefore(yearAgo) && earlier.issuedOn().isBefore(decideOn)) {
                invoicedLastYear += earlier.amount().cents();
            }
            for (DunningEvent event : facts.events()) {
                if (event.occurredOn().isBefore(decideOn) && (last == null || event.occurredOn().isAfter(last.occurredOn()))) {
                    last = event;
                }
            }
            if (earlier.id().equals(invoice.id()) || !earlier.dueOn().isBefore(decideOn)) {
                continue;
            }
            PaymentState state = PaymentState.of(earlier, facts.payments(), decideOn);
            tally.add(earlier, state, decideOn);
            for (DunningEvent event : facts.events()) {
                countResponse(actions, event, state, decideOn);
            }
        }
        int inquiries = 0;
        LocalDate lastInquiry = null;
        for (Inquiry inquiry : history.inquiriesOf(customer.id())) {
            if (inquiry.aboutInvoices() && inquiry.occurredOn().isBefore(decideOn)) {
                inquiries++;
                lastInquiry = later(lastInquiry, inquiry.occurredOn());
            }
        }
        boolean subscription = customer.monthlyFee() != null;
        double monthlyValue = subscription ? customer.monthlyFee().toDouble() : invoicedLastYear / 100.0 / 12;
        Map<DunningAction, ActionResponse> responses = new EnumMap<>(DunningAction.class);
        actions.forEach((a, n) -> responses.put(a, new ActionResponse(n[0], n[1])));
        return new InvoiceFeatures(invoice.id(), decideOn, invoice.amount().toDouble(), monthlyValue, subscription,
                (int) ChronoUnit.DAYS.between(invoice.dueOn(), decideOn), tally.count, tally.onTime, tally.late,
                tally.unpaid, tally.meanDaysLate(), tally.maxDaysLate, daysSince(tally.lastLate, decideOn),
                responses, last == null ? null : last.action(), daysSince(last == null ? null : last.occurredOn(), decideOn),
                inquiries, daysSince(lastInquiry, decideOn),
                (int) ChronoUnit.MONTHS.between(customer.createdOn(), decideOn),
                customer.birthYear() == null ? InvoiceFeatures.UNKNOWN_AGE : decideOn.getYear() - customer.birthYear(),
                customer.type(), customer.country(), customer.paymentMethod(), customer.plan(),
                customer.hasEmail(), customer.hasPhone());
    }

    private static void countResponse(Map<DunningAction, int[]> actions, DunningEvent event, PaymentState state,
                                      LocalDate decideOn) {
        LocalDate windowEnd = event.occurredOn().plusDays(RESPONSE_DAYS);
        // only actions whose response window closed before the decision day: no censored "no response"
        if (!windowEnd.isBefore(decideOn)) {
            return;
        }
        int[] n = actions.computeIfAbsent(event.action(), a -> new int[2]);
        n[0]++;
        if (state.paidBy(windowEnd)) {
            n[1]++;
        }
    }

    private static int daysSince(LocalDate day, LocalDate decideOn) {
        return day == null ? InvoiceFeatures.NEVER : (int) ChronoUnit.DAYS.between(day, decideOn);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    /** Running counts over the customer's earlier invoices. */
    private static final class PaymentTally {
        int count;
        int onTime;
        int late;
        int unpaid;
        long daysLateSum;
        int maxDaysLate;
        LocalDate lastLate;

        void add(Invoice invoice, PaymentState state, LocalDate decideOn) {
            count++;
            if (state.paidBy(invoice.dueOn())) {
                onTime++;
                return;
            }
            if (state.fullyPaid()) {
                late++;
                int days = (int) ChronoUnit.DAYS.between(invoice.dueOn(), state.fullyPaidOn());
                daysLateSum += days;
                maxDaysLate = Math.max(maxDaysLate, days);
                lastLate = later(lastLate, state.fullyPaidOn());
            } else {
                unpaid++;
                maxDaysLate = Math.max(maxDaysLate, (int) ChronoUnit.DAYS.between(invoice.dueOn(), decideOn));
            }
        }

        double meanDaysLate() {
            return late == 0 ? 0 : (double) daysLateSum / late;
        }
    }
}
