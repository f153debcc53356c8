package org.smartdunning.kpi;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.economics.LifetimeValue;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.Customer;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.Invoice;
import org.smartdunning.models.ClosedInvoices;
import org.smartdunning.models.InquiryWindows;
import org.smartdunning.models.PopulationRates;

/**
 * Each customer's lifetime value as the engine values it on a decision day, here the day after a
 * period's end, with only the facts dated up to that end: {@link LifetimeValue} of the monthly fee
 * (or the last 12 months' invoicing / 12), the customer's pay share when nobody chases (their own
 * record shrunk towards the creditor's, less what chasing added) and the expected remaining months
 * at the creditor's churn hazard. These are the history-rules quantities
 * ({@code models.HistoryRulesModel#unchasedPayShare}, {@code models.PopulationRates}); a learned
 * churn model is not consulted, so the figure does not move when a model is retrained. The
 * experiments' analysis values a churn with it too, as of the day of the action.
 */
public final class CustomerLifetimes {
    /** Weight, in invoices, of the creditor's pay share in a customer's own: HistoryRulesModel's shrinkage. */
    static final double SHRINKAGE = 4;

    private final CreditorHistory history;
    private final InvoiceLedger ledger;
    private final BusinessSettings settings;
    private final LifetimeValue lifetime;
    private ClosedInvoices closed; // both built on the first activeAt: a report asks once per month
    private InquiryWindows windows;

    CustomerLifetimes(CreditorHistory history, InvoiceLedger ledger, BusinessSettings settings) {
        this.history = history;
        this.ledger = ledger;
        this.settings = settings;
        this.lifetime = new LifetimeValue(settings);
    }

    /** Over the whole history, its payments read once. */
    public CustomerLifetimes(CreditorHistory history, BusinessSettings settings) {
        this(history, new InvoiceLedger(history, settings.horizonDays()), settings);
    }

    /** The lifetime value of every customer active at the end of {@code end}. */
    Map<CustomerId, Double> activeAt(LocalDate end) {
        LocalDate before = end.plusDays(1);
        if (closed == null) {
            closed = new ClosedInvoices(history, settings.horizonDays());
            windows = new InquiryWindows(history);
        }
        PopulationRates rates = PopulationRates.measure(history, before, closed, windows);
        Map<CustomerId, Double> values = new HashMap<>();
        for (Customer c : history.customers()) {
            if (!c.createdOn().isAfter(end) && !c.endedBefore(before)) {
                values.put(c.id(), of(c, before, rates));
            }
        }
        return values;
    }

    /**
     * The customer's lifetime value on the day {@code before}, from their invoices due before it and
     * the creditor's {@code rates} (measured on facts before some day, e.g. {@code before}).
     */
    public double of(Customer c, LocalDate before, PopulationRates rates) {
        double remainingMonths = rates.monthlyChurnHazard() > 0 ? 1 / rates.monthlyChurnHazard() : Double.MAX_VALUE;
        double chasingAdded = rates.payShare() - rates.unchasedPayShare();
        int earlier = 0;
        int paid = 0;
        long invoicedLastYear = 0;
        LocalDate yearAgo = before.minusMonths(12);
        for (Invoice invoice : history.invoicesOf(c.id())) {
            if (!invoice.issuedOn().isBefore(yearAgo) && invoice.issuedOn().isBefore(before)) {
                invoicedLastYear += invoice.amount().cents();
            }
            if (invoice.dueOn().isBefore(before)) {
                earlier++;
                paid += paidBefore(invoice, before) ? 1 : 0;
            }
        }
        double monthlyValue = c.monthlyFee() != null ? c.monthlyFee().toDouble() : invoicedLastYear / 100.0 / 12;
        double own = (paid + SHRINKAGE * rates.payShare()) / (earlier + SHRINKAGE);
        return lifetime.of(monthlyValue, Math.max(0, own - chasingAdded), remainingMonths);
    }

    /** The first day the payments covered the amount lies before {@code before} (the features' "paid ever"). */
    private boolean paidBefore(Invoice invoice, LocalDate before) {
        LocalDate paidOn = ledger.fullyPaidOn(invoice);
        return paidOn != null && paidOn.isBefore(before);
    }
}
