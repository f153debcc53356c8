package org.smartdunning.world;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.random.RandomGenerator;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.Money;

/**
 * Issues one customer's invoices and draws how each is settled: paid by the due date, paid late on
 * its own within two weeks, or unpaid at its decision day, where dunning takes over.
 */
final class Billing {
    private final CustomerLife.Context cx;
    private final SimulatedCustomer customer;
    private final FactRouter facts;
    private final DunningOutcomes dunning;
    private final LocalDate asOf;
    private long invoicedLastYearCents;

    Billing(CustomerLife.Context cx, SimulatedCustomer customer, FactRouter facts, DunningOutcomes dunning) {
        this.cx = cx;
        this.customer = customer;
        this.facts = facts;
        this.dunning = dunning;
        this.asOf = cx.calendar().asOf();
    }

    /** Monthly fee, or the average invoiced amount per month of the last 12 months before the run date. */
    double monthlyValue() {
        Money fee = customer.profile().monthlyFee();
        return fee != null ? fee.toDouble() : invoicedLastYearCents / 100.0 / 12;
    }

    /** A customer billed per delivery gets a Poisson number of deliveries in the period [from, to). */
    void deliveries(LocalDate from, LocalDate to, LocalDate created, double ability, RandomGenerator random) {
        int days = (int) ChronoUnit.DAYS.between(from, to);
        int count = poisson(1.0, random);
        for (int i = 0; i < count; i++) {
            LocalDate issue = from.plusDays(random.nextInt(days));
            long cents = Math.round(customer.deliveryAmount() * Math.exp(0.4 * random.nextGaussian()) * 100);
            if (!issue.isBefore(created) && (dunning.endedOn() == null || !issue.isAfter(dunning.endedOn()))) {
                bill(issue, issue.plusDays(BillingCalendar.DELIVERY_TERMS), Math.max(10000, cents), ability, random);
            }
        }
    }

    /** @param ability the customer's ability logit this month */
    void bill(LocalDate issue, LocalDate due, long cents, double ability, RandomGenerator random) {
        Invoice invoice = new Invoice(cx.ids().nextInvoice(), customer.profile().id(), issue, due, new Money(cents), "SEK");
        facts.invoice(invoice);
        if (!issue.isBefore(asOf.minusMonths(12))) {
            invoicedLastYearCents += cents;
        }
        boolean able = random.nextDouble() < HiddenTraits.sigmoid(ability);
        boolean forgot = able && random.nextDouble() < customer.traits().forgetfulness();
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
        if (decisionDay.isBefore(asOf)) {
            dunning.logged(invoice, decisionDay, state, random);
        } else {
            facts.future().decision(invoice, state);
        }
    }

    private static int poisson(double mean, RandomGenerator random) {
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
