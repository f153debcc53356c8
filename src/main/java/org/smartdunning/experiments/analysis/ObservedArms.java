package org.smartdunning.experiments.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.Customer;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.InvoiceFacts;
import org.smartdunning.history.Payment;
import org.smartdunning.kpi.CustomerLifetimes;
import org.smartdunning.models.ClosedInvoices;
import org.smartdunning.models.InquiryWindows;
import org.smartdunning.models.OutcomeLabels;
import org.smartdunning.models.PopulationRates;

/**
 * What the history says followed each dunned invoice, as known before the analysis day. An invoice
 * belongs to the experiment and arm of its latest randomised dunning event (as the KPIs' arm
 * grouping has it) and counts once every outcome window has closed before that day: the payment
 * horizon ({@code horizon.days} after the due date), the churn window ({@code churn.window_months}
 * after the action) and the inquiry window (30 days); until then it is open.
 *
 * @param randomised the closed invoices of every experiment, one observation each
 * @param open       per experiment and arm, the randomised invoices whose windows are still open
 * @param dunned     every dunned invoice with closed windows, by its latest dunning event, randomised or
 *                   not: the creditor's observed spread, for the sample size of an experiment to come
 */
public record ObservedArms(List<ArmObservation> randomised, Map<String, Map<String, Integer>> open,
                           List<ArmObservation> dunned) {
    public ObservedArms {
        randomised = List.copyOf(randomised);
        dunned = List.copyOf(dunned);
    }

    /** The observations of {@code history} (facts dated before {@code asOf}) valued with {@code settings}. */
    public static ObservedArms of(CreditorHistory history, BusinessSettings settings, LocalDate asOf) {
        Valuation valuation = new Valuation(history, settings, asOf);
        List<ArmObservation> randomised = new ArrayList<>();
        Map<String, Map<String, Integer>> open = new TreeMap<>();
        List<ArmObservation> dunned = new ArrayList<>();
        for (InvoiceFacts facts : history.invoiceFacts()) {
            Invoice invoice = facts.invoice();
            DunningEvent latest = null;
            DunningEvent latestRandomised = null;
            for (DunningEvent e : facts.events()) {
                if (e.occurredOn().isBefore(asOf)) {
                    latest = later(latest, e);
                    latestRandomised = e.isRandomised() ? later(latestRandomised, e) : latestRandomised;
                }
            }
            Customer customer = history.customer(invoice.customerId());
            if (latest == null || customer == null) {
                continue;
            }
            ArmObservation observed = valuation.observe(invoice, customer, latest, "", "", 1);
            if (observed != null) {
                dunned.add(observed);
            }
            if (latestRandomised != null && latestRandomised.propensity() > 0 && latestRandomised.propensity() <= 1) {
                String arm = latestRandomised.arm() == null || latestRandomised.arm().isBlank()
                        ? latestRandomised.action().key() : latestRandomised.arm();
                ArmObservation drawn = valuation.observe(invoice, customer, latestRandomised,
                        latestRandomised.experiment(), arm, latestRandomised.propensity());
                if (drawn != null) {
                    randomised.add(drawn);
                } else {
                    open.computeIfAbsent(latestRandomised.experiment(), k -> new TreeMap<>()).merge(arm, 1, Integer::sum);
                }
            }
        }
        return new ObservedArms(randomised, open, dunned);
    }

    /** In day order, a later event replaces an earlier one; on the same day the later row does (as the KPIs read). */
    private static DunningEvent later(DunningEvent kept, DunningEvent next) {
        return kept == null || !next.occurredOn().isBefore(kept.occurredOn()) ? next : kept;
    }

    /** Values one action's outcomes; the creditor's rates for a churned customer's CLV are measured once a month. */
    private static final class Valuation {
        private final CreditorHistory history;
        private final BusinessSettings settings;
        private final LocalDate asOf;
        private final CustomerLifetimes lifetimes;
        private final Map<LocalDate, PopulationRates> rates = new HashMap<>();
        private ClosedInvoices closed; // both built on the first churn valued, then read for every month
        private InquiryWindows windows;

        Valuation(CreditorHistory history, BusinessSettings settings, LocalDate asOf) {
            this.history = history;
            this.settings = settings;
            this.asOf = asOf;
            this.lifetimes = new CustomerLifetimes(history, settings);
        }

        /** The closed observation of {@code event}, or null while one of its windows is open. */
        ArmObservation observe(Invoice invoice, Customer customer, DunningEvent event, String experiment, String arm,
                               double propensity) {
            OutcomeLabels labels = OutcomeLabels.of(history, event, asOf, settings.horizonDays(),
                    settings.churnWindowMonths());
            LocalDate knownOn = knownOn(invoice, event);
            // a churn is known before its window ends, a stay only after: waiting for every window keeps
            // the churned from entering earlier than the others
            if (!labels.complete() || knownOn.isAfter(asOf)) {
                return null;
            }
            boolean paid = labels.paid();
            boolean churned = labels.churnedInWindow();
            boolean inquiry = labels.inquiry();
            double fee = paid ? event.fee().toDouble() : 0;
            double cost = settings.cost(event.action());
            double clv = churned ? lifetimes.of(customer, event.occurredOn(), ratesOf(event.occurredOn())) : 0;
            double value = invoice.amount().toDouble() * (paid ? 1 : 0) + fee - cost
                    - settings.costInquiry() * (inquiry ? 1 : 0) - clv;
            return new ArmObservation(invoice.id(), experiment, arm, event.action(), propensity, event.occurredOn(),
                    knownOn, paid, paidBy(invoice, invoice.dueOn()), churned, inquiry, cost, fee, value);
        }

        /** The creditor's rates on facts before the first of the action's month. */
        private PopulationRates ratesOf(LocalDate actedOn) {
            if (closed == null) {
                closed = new ClosedInvoices(history, settings.horizonDays());
                windows = new InquiryWindows(history);
            }
            return rates.computeIfAbsent(actedOn.withDayOfMonth(1),
                    day -> PopulationRates.measure(history, day, closed, windows));
        }

        private LocalDate knownOn(Invoice invoice, DunningEvent event) {
            LocalDate last = invoice.dueOn().plusDays(settings.horizonDays());
            LocalDate churnEnd = event.occurredOn().plusMonths(settings.churnWindowMonths());
            LocalDate inquiryEnd = event.occurredOn().plusDays(OutcomeLabels.INQUIRY_DAYS);
            last = churnEnd.isAfter(last) ? churnEnd : last;
            return (inquiryEnd.isAfter(last) ? inquiryEnd : last).plusDays(1);
        }

        private boolean paidBy(Invoice invoice, LocalDate day) {
            long cents = 0;
            for (Payment p : history.paymentsOf(invoice.id())) {
                cents += p.paidOn().isAfter(day) ? 0 : p.amount().cents();
            }
            return cents >= invoice.amount().cents();
        }
    }
}
