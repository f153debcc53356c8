package org.smartdunning.world;

import java.time.LocalDate;
import java.util.random.RandomGenerator;
import org.smartdunning.economics.OutcomeProbabilities;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;

/** The life of one customer, month by month: ability drifts, invoices are issued, paid or dunned, it may leave. */
final class CustomerLife {
    /** Everything shared by all customers of one world. */
    record Context(WorldParameters world, BillingCalendar calendar, WorldSink sink, RowIds ids,
                   TrueOutcomes outcomes, LoggingPolicy policy, TruthOracle oracle) {
    }

    private static final String[] OTHER_TOPICS = {"other", "technical", "plan_change"};

    private final Context cx;
    private final SimulatedCustomer customer;
    private final HiddenTraits traits;
    private final LocalDate asOf;
    private final FactRouter facts;
    private final DunningOutcomes dunning;
    private final Billing billing;
    /** The world's shared stream while the history is generated, the customer's own in the live world. */
    private RandomGenerator random;
    private double ability;

    CustomerLife(Context cx, SimulatedCustomer customer, RandomGenerator random, Future future) {
        this.cx = cx;
        this.customer = customer;
        this.traits = customer.traits();
        this.random = random;
        this.asOf = cx.calendar().asOf();
        this.facts = new FactRouter(cx, future);
        this.dunning = new DunningOutcomes(cx, customer, facts);
        this.billing = new Billing(cx, customer, facts, dunning);
    }

    /** Lives the billing cycles of the history, hands the customer to its future, then writes its customers.csv row. */
    void liveHistory() {
        BillingCalendar cal = cx.calendar();
        ability = traits.stationaryAbility(random);
        for (int k = cal.cycles() - 1; k >= 0; k--) {
            LocalDate issue = cal.cycleDue(k).minusDays(BillingCalendar.CYCLE_TERMS);
            LocalDate periodEnd = k == 0 ? asOf : cal.cycleDue(k - 1).minusDays(BillingCalendar.CYCLE_TERMS);
            if (!month(issue, cal.cycleDue(k), periodEnd)) {
                break;
            }
        }
        facts.future().historyLived(this);
        LocalDate ended = dunning.endedOn();
        cx.sink().customer(customer.withEnd(ended != null && ended.isBefore(asOf) ? ended : null));
    }

    /** From now on draws from {@code own}, so the live world's customers do not share one stream. */
    void continueLive(RandomGenerator own) {
        this.random = own;
    }

    /**
     * One billing period from {@code start} (the cycle invoice's issue day) until {@code end}, the cycle
     * invoice due on {@code due}: ability drifts, ordinary churn, invoices, other inquiries.
     *
     * @return false when the customer had left before the period, and lives no more
     */
    boolean month(LocalDate start, LocalDate due, LocalDate end) {
        LocalDate created = customer.profile().createdOn();
        ability = traits.nextAbility(ability, random);
        if (dunning.endedOn() != null && !start.isBefore(dunning.endedOn())) {
            return false;
        }
        if (!end.isAfter(created)) {
            return true;
        }
        if (!start.isBefore(created) && !dunning.churnAlreadyDrawn(start)
                && random.nextDouble() < 1 - Math.exp(-traits.baseHazard())) {
            // ordinary churn: this month's invoice is the last one
            dunning.end(start.plusDays(random.nextInt(28)));
        }
        if (customer.perDelivery()) {
            billing.deliveries(start, end, created, ability, random);
        } else if (!start.isBefore(created)) {
            long cents = customer.profile().monthlyFee().cents()
                    + (random.nextDouble() < 0.1 ? 100L * (10 + random.nextInt(140)) : 0);
            billing.bill(start, due, cents, ability, random);
        }
        otherInquiries(start, created);
        return true;
    }

    /** Draws what follows the engine's action on an invoice at its decision day, from the invoice's own stream. */
    void follow(Invoice invoice, LocalDate day, DunningAction action, DecisionState state, RandomGenerator stream) {
        dunning.follow(invoice, day, outcomes(action, state), stream);
    }

    OutcomeProbabilities outcomes(DunningAction action, DecisionState state) {
        return cx.outcomes().of(action, traits, state);
    }

    SimulatedCustomer customer() {
        return customer;
    }

    LocalDate endedOn() {
        return dunning.endedOn();
    }

    double monthlyValue() {
        return billing.monthlyValue();
    }

    private void otherInquiries(LocalDate monthStart, LocalDate created) {
        double u = random.nextDouble();
        LocalDate day = monthStart.plusDays(random.nextInt(28));
        boolean active = !day.isBefore(created) && (dunning.endedOn() == null || !day.isAfter(dunning.endedOn()));
        if (active && u < 0.004) {
            // a question about "my bill" that customer service did not tie to an invoice
            facts.inquiry(new Inquiry(customer.profile().id(), day, Inquiry.INVOICE_TOPIC, null));
        } else if (active && u < 0.004 + 0.012) {
            facts.inquiry(new Inquiry(customer.profile().id(), day, OTHER_TOPICS[random.nextInt(3)], null));
        }
    }
}
