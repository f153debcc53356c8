package org.smartdunning.models;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.Customer;
import org.smartdunning.history.InvoiceLedger;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.Payment;

/**
 * What followed one logged action, as far as it was observed before the as-of day. A window that
 * is still open is censored: payment and inquiry become unknown (null), and churn contributes only
 * the months actually observed (exposure), never a silent "did not churn". Churn exposure also
 * ends at the customer's next dunning action: from then on churn is that action's consequence. A
 * customer whose relationship had already ended by the action's day is not at risk: no exposure.
 *
 * @param paid           paid in full within the horizon of the due date; null while the horizon is open
 * @param churned        the relationship ended within the observed part of the churn window
 * @param exposureMonths observed months of the churn window (up to the churn or the as-of day); 0 when the
 *                       relationship had ended before the action
 * @param inquiry        invoice inquiry within {@link #INQUIRY_DAYS} days; null while that window is open
 * @param churnedInWindow the relationship ended within the whole churn window, whatever came after
 *                       the action; null while the window is open (the realised outcome for evaluation)
 */
public record OutcomeLabels(Boolean paid, boolean churned, double exposureMonths, Boolean inquiry,
                            Boolean churnedInWindow) implements java.io.Serializable {
    /** Days after an action within which an invoice inquiry counts as caused by it. */
    public static final int INQUIRY_DAYS = 30;
    private static final double DAYS_PER_MONTH = 30.44;

    public static OutcomeLabels of(CreditorHistory history, DunningEvent event, LocalDate asOf, int horizonDays,
                                   int churnWindowMonths) {
        Invoice invoice = history.invoice(event.invoiceId());
        Customer customer = history.customer(invoice.customerId());
        LocalDate horizonEnd = invoice.dueOn().plusDays(horizonDays);
        Boolean paid = horizonEnd.isBefore(asOf) ? paidBy(history, invoice, horizonEnd) : null;

        LocalDate windowEnd = event.occurredOn().plusMonths(churnWindowMonths);
        LocalDate observedEnd = earliest(windowEnd, asOf, nextAction(history, customer, event));
        boolean churned = customer.endedOn() != null && !customer.endedOn().isBefore(event.occurredOn())
                && customer.endedOn().isBefore(observedEnd);
        boolean goneBefore = customer.endedOn() != null && customer.endedOn().isBefore(event.occurredOn());
        LocalDate exposureEnd = churned ? customer.endedOn() : observedEnd;
        double exposure = goneBefore ? 0
                : Math.max(0, ChronoUnit.DAYS.between(event.occurredOn(), exposureEnd)) / DAYS_PER_MONTH;

        LocalDate inquiryEnd = event.occurredOn().plusDays(INQUIRY_DAYS);
        Boolean inquiry = inquiryEnd.isBefore(asOf) ? inquiryWithin(history, customer, event, inquiryEnd) : null;
        boolean endedInWindow = customer.endedOn() != null && !customer.endedOn().isBefore(event.occurredOn())
                && customer.endedOn().isBefore(windowEnd) && customer.endedOn().isBefore(asOf);
        Boolean churnedInWindow = endedInWindow ? Boolean.TRUE : windowEnd.isBefore(asOf) ? Boolean.FALSE : null;
        return new OutcomeLabels(paid, churned, exposure, inquiry, churnedInWindow);
    }

    /** Whether the customer was still a customer on the action's day, so the action could make them leave. */
    public boolean atRisk() {
        return churned || exposureMonths > 0;
    }

    /** Whether every window closed before the as-of day, so the realised value of the action is known. */
    public boolean complete() {
        return paid != null && inquiry != null && churnedInWindow != null;
    }

    /** The day of the customer's first dunning action after this one, or null. */
    private static LocalDate nextAction(CreditorHistory history, Customer customer, DunningEvent event) {
        InvoiceLedger ledger = history.ledgerOf(customer.id());
        int after = (int) event.occurredOn().toEpochDay();
        int next = Integer.MAX_VALUE;
        for (int k = 0; k < ledger.invoices(); k++) {
            for (int j = 0; j < ledger.events(k); j++) {
                int day = ledger.eventDay(k, j);
                if (day > after && day < next) {
                    next = day;
                }
            }
        }
        return next == Integer.MAX_VALUE ? null : LocalDate.ofEpochDay(next);
    }

    private static LocalDate earliest(LocalDate a, LocalDate b, LocalDate orNull) {
        LocalDate min = a.isBefore(b) ? a : b;
        return orNull != null && orNull.isBefore(min) ? orNull : min;
    }

    private static boolean paidBy(CreditorHistory history, Invoice invoice, LocalDate day) {
        long cents = 0;
        for (Payment p : history.paymentsOf(invoice.id())) {
            if (!p.paidOn().isAfter(day)) {
                cents += p.amount().cents();
            }
        }
        return cents >= invoice.amount().cents();
    }

    static boolean inquiryWithin(CreditorHistory history, Customer customer, DunningEvent event, LocalDate end) {
        InvoiceLedger ledger = history.ledgerOf(customer.id());
        long from = event.occurredOn().toEpochDay();
        long to = end.toEpochDay();
        for (int q = 0; q < ledger.inquiries(); q++) {
            int day = ledger.inquiryDay(q);
            if (ledger.inquiryAboutInvoices(q) && day >= from && day <= to
                    && ledger.inquiryNamesNoneOr(q, event.invoiceId())) {
                return true;
            }
        }
        return false;
    }
}
