package org.smartdunning.world;

import java.time.LocalDate;
import java.util.random.RandomGenerator;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.economics.OutcomeProbabilities;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.Money;
import org.smartdunning.history.Payment;

/**
 * Takes the logging policy's action on an invoice unpaid at day 14 and samples its realised
 * outcomes (payment, churn, inquiry) from the world's exact probabilities. Also keeps the
 * customer's end date. Rows dated on or after the run date are not history and are dropped.
 */
final class DunningOutcomes {
    private final CustomerLife.Context cx;
    private final SimulatedCustomer customer;
    private final RandomGenerator random;
    private final BusinessSettings settings;
    private final LocalDate asOf;
    private LocalDate endedOn;
    private LocalDate churnDrawnUntil;

    DunningOutcomes(CustomerLife.Context cx, SimulatedCustomer customer) {
        this.cx = cx;
        this.customer = customer;
        this.random = cx.random();
        this.settings = cx.world().business();
        this.asOf = cx.calendar().asOf();
    }

    LocalDate endedOn() {
        return endedOn;
    }

    /** Whether a dunning action already decided churn for this month, so ordinary churn must not count twice. */
    boolean churnAlreadyDrawn(LocalDate day) {
        return churnDrawnUntil != null && day.isBefore(churnDrawnUntil);
    }

    void end(LocalDate day) {
        if (endedOn == null || day.isBefore(endedOn)) {
            endedOn = day;
        }
    }

    void pay(Invoice invoice, LocalDate day) {
        if (day.isBefore(asOf)) {
            cx.sink().payment(new Payment(cx.ids().nextPayment(), invoice.id(), day, invoice.amount()));
        }
    }

    void act(Invoice invoice, LocalDate day, DecisionState state) {
        LoggedAction logged = cx.policy().choose(customer, day);
        DunningAction action = logged.action();
        boolean experiment = !logged.experiment().isEmpty();
        DunningEvent event = new DunningEvent(invoice.id(), day, action, Money.of(settings.feeKept(action)),
                experiment ? logged.experiment() : null, experiment ? logged.arm() : null, logged.propensity());
        cx.sink().event(event);
        cx.sink().eventTruth(event, cx.outcomes().of(DunningAction.NONE, customer.traits(), state));
        OutcomeProbabilities p = cx.outcomes().of(action, customer.traits(), state);
        if (random.nextDouble() < p.pay()) {
            int horizonLeft = settings.horizonDays() - BillingCalendar.DECISION_DAYS;
            LocalDate paid = day.plusDays(1 + random.nextInt(horizonLeft));
            LocalDate last = invoice.dueOn().plusDays(settings.horizonDays());
            if (random.nextDouble() < 0.08) {
                // paid in two parts, the second at most 20 days later and within the horizon
                long first = Math.round(invoice.amount().cents() * (0.3 + 0.4 * random.nextDouble()));
                LocalDate second = paid.plusDays(1 + random.nextInt(20));
                part(invoice, paid, first);
                part(invoice, second.isAfter(last) ? last : second, invoice.amount().cents() - first);
            } else {
                part(invoice, paid, invoice.amount().cents());
            }
        }
        // the latest action sets the churn risk from now on: a churn still pending from an earlier
        // action is superseded, so realised churn after an action is what truth.csv says it causes
        if (endedOn != null && endedOn.isAfter(day)) {
            endedOn = null;
        }
        if (random.nextDouble() < p.churn()) {
            end(day.plusDays(1 + random.nextInt(settings.churnWindowMonths() * 30)));
        }
        LocalDate windowEnd = day.plusMonths(settings.churnWindowMonths());
        if (churnDrawnUntil == null || windowEnd.isAfter(churnDrawnUntil)) {
            churnDrawnUntil = windowEnd;
        }
        if (random.nextDouble() < p.inquiry()) {
            LocalDate asked = day.plusDays(1 + random.nextInt(10));
            if (asked.isBefore(asOf)) {
                boolean known = random.nextDouble() < 0.9;
                cx.sink().inquiry(new Inquiry(invoice.customerId(), asked, Inquiry.INVOICE_TOPIC, known ? invoice.id() : null));
            }
        }
    }

    private void part(Invoice invoice, LocalDate day, long cents) {
        if (day.isBefore(asOf)) {
            cx.sink().payment(new Payment(cx.ids().nextPayment(), invoice.id(), day, new Money(cents)));
        }
    }
}
