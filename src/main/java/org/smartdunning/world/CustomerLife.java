package org.smartdunning.world;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.smartdunning.history.BatchItem;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.Money;

/** The history of one customer, month by month: ability drifts, invoices are issued, paid or dunned, it may leave. */
final class CustomerLife {
    /** Everything shared by all customers of one world. */
    record Context(WorldParameters world, BillingCalendar calendar, RandomGenerator random, WorldSink sink,
                   RowIds ids, TrueOutcomes outcomes, LoggingPolicy policy, TruthOracle oracle) {
    }

    private record Pending(Invoice invoice, DecisionState state) {
    }

    private static final String[] OTHER_TOPICS = {"other", "technical", "plan_change"};

    private final Context cx;
    private final SimulatedCustomer customer;
    private final HiddenTraits traits;
    private final RandomGenerator random;
    private final LocalDate asOf;
    private final DunningOutcomes dunning;
    private final List<Pending> batch = new ArrayList<>(1);
    private long invoicedLastYearCents;
    private double ability;

    CustomerLife(Context cx, SimulatedCustomer customer) {
        this.cx = cx;
        this.customer = customer;
        this.traits = customer.traits();
        this.random = cx.random();
        this.asOf = cx.calendar().asOf();
        this.dunning = new DunningOutcomes(cx, customer);
    }

    void live() {
        BillingCalendar cal = cx.calendar();
        LocalDate created = customer.profile().createdOn();
        ability = traits.stationaryAbility(random);
        for (int k = cal.cycles() - 1; k >= 0; k--) {
            LocalDate issue = cal.cycleDue(k).minusDays(BillingCalendar.CYCLE_TERMS);
            LocalDate periodEnd = k == 0 ? asOf : cal.cycleDue(k - 1).minusDays(BillingCalendar.CYCLE_TERMS);
            ability = traits.nextAbility(ability, random);
            if (dunning.endedOn() != null && !issue.isBefore(dunning.endedOn())) {
                break;
            }
            if (!periodEnd.isAfter(created)) {
                continue;
            }
            if (!issue.isBefore(created) && !dunning.churnAlreadyDrawn(issue)
                    && random.nextDouble() < 1 - Math.exp(-traits.baseHazard())) {
                // ordinary churn: this month's invoice is the last one
                dunning.end(issue.plusDays(random.nextInt(28)));
            }
            if (customer.perDelivery()) {
                deliveries(issue, periodEnd, created);
            } else if (!issue.isBefore(created)) {
                long cents = customer.profile().monthlyFee().cents()
                        + (random.nextDouble() < 0.1 ? 100L * (10 + random.nextInt(140)) : 0);
                bill(issue, cal.cycleDue(k), cents);
            }
            otherInquiries(issue, created);
        }
        for (Pending p : batch) {
            cx.sink().truth(cx.oracle().truth(customer, p.invoice(), p.state(), monthlyValue()));
        }
        LocalDate ended = dunning.endedOn();
        cx.sink().customer(customer.withEnd(ended != null && ended.isBefore(asOf) ? ended : null));
    }

    private void deliveries(LocalDate from, LocalDate to, LocalDate created) {
        int days = (int) ChronoUnit.DAYS.between(from, to);
        int count = poisson(1.0);
        for (int i = 0; i < count; i++) {
            LocalDate issue = from.plusDays(random.nextInt(days));
            long cents = Math.round(customer.deliveryAmount() * Math.exp(0.4 * random.nextGaussian()) * 100);
            if (!issue.isBefore(created) && (dunning.endedOn() == null || !issue.isAfter(dunning.endedOn()))) {
                bill(issue, issue.plusDays(BillingCalendar.DELIVERY_TERMS), Math.max(10000, cents));
            }
        }
    }

    private void bill(LocalDate issue, LocalDate due, long cents) {
        Invoice invoice = new Invoice(cx.ids().nextInvoice(), customer.profile().id(), issue, due, new Money(cents), "SEK");
        cx.sink().invoice(invoice);
        if (!issue.isBefore(asOf.minusMonths(12))) {
            invoicedLastYearCents += cents;
        }
        boolean able = random.nextDouble() < HiddenTraits.sigmoid(ability);
        boolean forgot = able && random.nextDouble() < traits.forgetfulness();
        if (able && !forgot) {
            LocalDate early = due.minusDays(random.nextInt(10));
            dunning.pay(invoice, early.isBefore(issue) ? issue : early);
            return;
        }
        // overdue: some pay on their own within the first two weeks
        if (random.nextDouble() < (able ? 0.45 : 0.08)) {
            dunning.pay(invoice, due.plusDays(1 + random.nextInt(BillingCalendar.DECISION_DAYS - 1)));
            return;
        }
        LocalDate decisionDay = due.plusDays(BillingCalendar.DECISION_DAYS);
        DecisionState state = new DecisionState(able, ability);
        if (decisionDay.equals(asOf)) {
            cx.sink().batch(new BatchItem(invoice.id(), asOf));
            batch.add(new Pending(invoice, state));
        } else if (decisionDay.isBefore(asOf)) {
            dunning.act(invoice, decisionDay, state);
        }
    }

    private void otherInquiries(LocalDate monthStart, LocalDate created) {
        double u = random.nextDouble();
        LocalDate day = monthStart.plusDays(random.nextInt(28));
        boolean active = !day.isBefore(created) && day.isBefore(asOf)
                && (dunning.endedOn() == null || !day.isAfter(dunning.endedOn()));
        if (active && u < 0.004) {
            // a question about "my bill" that customer service did not tie to an invoice
            cx.sink().inquiry(new Inquiry(customer.profile().id(), day, Inquiry.INVOICE_TOPIC, null));
        } else if (active && u < 0.004 + 0.012) {
            cx.sink().inquiry(new Inquiry(customer.profile().id(), day, OTHER_TOPICS[random.nextInt(3)], null));
        }
    }

    /** Monthly fee, or the average invoiced amount per month of the last 12 months. */
    private double monthlyValue() {
        Money fee = customer.profile().monthlyFee();
        return fee != null ? fee.toDouble() : invoicedLastYearCents / 100.0 / 12;
    }

    private int poisson(double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= random.nextDouble();
            n++;
        }
        return n;
    }
}
