package org.smartdunning.kpi;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.economics.LifetimeValue;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.Customer;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Invoice;

/**
 * Each customer's lifetime value as the engine values it on a decision day, here the day after a
 * period's end, with only the facts dated up to that end: {@link LifetimeValue} of the monthly fee
 * (or the last 12 months' invoicing / 12), the customer's pay share when nobody chases (their own
 * record shrunk towards the creditor's, less what chasing added) and the expected remaining months
 * at the creditor's churn hazard. These are the history-rules quantities
 * ({@code models.HistoryRulesModel#unchasedPayShare}, {@code models.PopulationRates}); a learned
 * churn model is not consulted, so the figure does not move when a model is retrained.
 */
final class CustomerLifetimes {
    /** Weight, in invoices, of the creditor's pay share in a customer's own: HistoryRulesModel's shrinkage. */
    static final double SHRINKAGE = 4;
    /** Mean days per month, as PopulationRates measures exposure. */
    private static final double DAYS_PER_MONTH = 30.44;

    private final CreditorHistory history;
    private final InvoiceLedger ledger;
    private final BusinessSettings settings;
    private final LifetimeValue lifetime;

    CustomerLifetimes(CreditorHistory history, InvoiceLedger ledger, BusinessSettings settings) {
        this.history = history;
        this.ledger = ledger;
        this.settings = settings;
        this.lifetime = new LifetimeValue(settings);
    }

    /** The lifetime value of every customer active at the end of {@code end}. */
    Map<CustomerId, Double> activeAt(LocalDate end) {
        LocalDate before = end.plusDays(1);
        Rates rates = rates(before);
        double remainingMonths = rates.hazard > 0 ? 1 / rates.hazard : Double.MAX_VALUE;
        double chasingAdded = rates.payShare - rates.unchasedPayShare();
        Map<CustomerId, Double> values = new HashMap<>();
        for (Customer c : history.customers()) {
            if (c.createdOn().isAfter(end) || c.endedBefore(before)) {
                continue;
            }
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
            double own = (paid + SHRINKAGE * rates.payShare) / (earlier + SHRINKAGE);
            values.put(c.id(), lifetime.of(monthlyValue, Math.max(0, own - chasingAdded), remainingMonths));
        }
        return values;
    }

    /** The first day the payments covered the amount lies before {@code before} (the features' "paid ever"). */
    private boolean paidBefore(Invoice invoice, LocalDate before) {
        LocalDate paidOn = ledger.fullyPaidOn(invoice);
        return paidOn != null && paidOn.isBefore(before);
    }

    /** Creditor-wide rates on the facts before a day, measured as {@code models.PopulationRates} does. */
    private record Rates(double hazard, double payShare, double onTimeShare, double leftAlonePaid) {
        double unchasedPayShare() {
            return Double.isNaN(leftAlonePaid) ? payShare : onTimeShare + (1 - onTimeShare) * leftAlonePaid;
        }
    }

    private Rates rates(LocalDate before) {
        double exposureMonths = 0;
        int churned = 0;
        for (Customer c : history.customers()) {
            if (!c.createdOn().isBefore(before)) {
                continue;
            }
            LocalDate end = c.endedBefore(before) ? c.endedOn() : before;
            exposureMonths += Math.max(0, ChronoUnit.DAYS.between(c.createdOn(), end)) / DAYS_PER_MONTH;
            churned += c.endedBefore(before) ? 1 : 0;
        }
        int closed = 0;
        int paid = 0;
        int onTime = 0;
        int leftAlone = 0;
        int leftAlonePaid = 0;
        for (Invoice invoice : history.invoices()) {
            LocalDate horizonEnd = invoice.dueOn().plusDays(settings.horizonDays());
            if (!horizonEnd.isBefore(before)) {
                continue;
            }
            closed++;
            InvoiceLedger.Paid p = ledger.paid(invoice);
            boolean paidInHorizon = p.sumByHorizon();
            paid += paidInHorizon ? 1 : 0;
            onTime += p.sumByDue() ? 1 : 0;
            List<DunningEvent> events = history.eventsOf(invoice.id());
            if (!events.isEmpty() && events.get(0).action() == DunningAction.NONE) {
                leftAlone++;
                leftAlonePaid += paidInHorizon ? 1 : 0;
            }
        }
        return new Rates(exposureMonths > 0 ? churned / exposureMonths : 0.01,
                closed > 0 ? (double) paid / closed : 0.9, closed > 0 ? (double) onTime / closed : 0.8,
                leftAlone > 0 ? (double) leftAlonePaid / leftAlone : Double.NaN);
    }
}
