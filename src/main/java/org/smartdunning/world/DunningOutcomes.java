package org.smartdunning.world;

import java.time.LocalDate;
import java.util.random.RandomGenerator;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.economics.OutcomeProbabilities;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.Money;

/**
 * Samples the realised outcomes (payment, churn, inquiry) of a dunning action on an invoice unpaid
 * at day 14 from the world's exact probabilities, and keeps the customer's end date. In the history
 * the logging policy takes the action; in the live world the engine does.
 */
final class DunningOutcomes {
    private final CustomerLife.Context cx;
    private final SimulatedCustomer customer;
    private final FactRouter facts;
    private final BusinessSettings settings;
    private LocalDate endedOn;
    private LocalDate churnDrawnUntil;

    DunningOutcomes(CustomerLife.Context cx, SimulatedCustomer customer, FactRouter facts) {
        this.cx = cx;
        this.customer = customer;
        this.facts = facts;
        this.settings = cx.world().business();
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
        facts.payment(invoice, day, invoice.amount().cents());
    }

    /** The logging policy's action on an invoice whose decision day lies in the history, written as a dunning event. */
    void logged(Invoice invoice, LocalDate day, DecisionState state, RandomGenerator random) {
        LoggedAction logged = cx.policy().choose(customer, day);
        DunningAction action = logged.action();
        boolean experiment = !logged.experiment().isEmpty();
        DunningEvent event = new DunningEvent(invoice.id(), day, action, Money.of(settings.feeKept(action)),
                experiment ? logged.experiment() : null, experiment ? logged.arm() : null, logged.propensity());
        cx.sink().event(event);
        cx.sink().eventTruth(event, cx.outcomes().of(DunningAction.NONE, customer.traits(), state));
        follow(invoice, day, cx.outcomes().of(action, customer.traits(), state), random);
    }

    /** Draws what follows an action taken on {@code day} with outcome probabilities {@code p}. */
    void follow(Invoice invoice, LocalDate day, OutcomeProbabilities p, RandomGenerator random) {
        if (random.nextDouble() < p.pay()) {
            int horizonLeft = settings.horizonDays() - BillingCalendar.DECISION_DAYS;
            LocalDate paid = day.plusDays(1 + random.nextInt(horizonLeft));
            LocalDate last = invoice.dueOn().plusDays(settings.horizonDays());
            if (random.nextDouble() < 0.08) {
                // paid in two parts, the second at most 20 days later and within the horizon
                long first = Math.round(invoice.amount().cents() * (0.3 + 0.4 * random.nextDouble()));
                LocalDate second = paid.plusDays(1 + random.nextInt(20));
                facts.payment(invoice, paid, first);
                facts.payment(invoice, second.isAfter(last) ? last : second, invoice.amount().cents() - first);
            } else {
                facts.payment(invoice, paid, invoice.amount().cents());
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
            facts.invoiceInquiry(invoice, day.plusDays(1 + random.nextInt(10)), random);
        }
    }
}
