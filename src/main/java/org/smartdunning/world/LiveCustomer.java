package org.smartdunning.world;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.smartdunning.economics.OutcomeProbabilities;
import org.smartdunning.history.Customer;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;

/**
 * A customer of the live world: its life, its own seeded random stream, and the agenda that takes
 * every fact it will produce from the start day on. Keeps the agenda told of its end date.
 */
final class LiveCustomer implements Future {
    private final SimulatedCustomer customer;
    private final Agenda agenda;
    private final RandomGenerator random;
    private final Consumer<LiveCustomer> living;
    private CustomerLife life;
    private boolean endReported;

    /** @param living takes the customer once its history is lived, when it is still a customer on the start day */
    LiveCustomer(SimulatedCustomer customer, Agenda agenda, RandomGenerator random, Consumer<LiveCustomer> living) {
        this.customer = customer;
        this.agenda = agenda;
        this.random = random;
        this.living = living;
    }

    @Override
    public void invoice(Invoice invoice) {
        agenda.invoice(this, invoice);
    }

    @Override
    public void payment(Invoice invoice, LocalDate day, long cents) {
        agenda.payment(invoice, day, cents);
    }

    @Override
    public void inquiry(Inquiry inquiry) {
        agenda.inquiry(this, inquiry, true);
    }

    @Override
    public void invoiceInquiry(Invoice invoice, LocalDate day, RandomGenerator outcomes) {
        // live, the decision's own stream draws it; while the history is lived the shared stream must stay untouched
        boolean known = (life == null ? random : outcomes).nextDouble() < 0.9;
        agenda.inquiry(this, new Inquiry(invoice.customerId(), day, Inquiry.INVOICE_TOPIC, known ? invoice.id() : null), false);
    }

    @Override
    public void decision(Invoice invoice, DecisionState state) {
        agenda.decision(new PendingDecision(invoice, state, this, random.nextLong()));
    }

    @Override
    public void historyLived(CustomerLife lived) {
        this.life = lived;
        lived.continueLive(random);
        LocalDate end = lived.endedOn();
        if (end == null || !end.isBefore(agenda.today())) {
            living.accept(this);
            noteEnd(null);
        }
    }

    /** Lives one live billing period; false once the customer has left. */
    boolean month(LocalDate start, LocalDate due, LocalDate end) {
        LocalDate before = life.endedOn();
        boolean alive = life.month(start, due, end);
        noteEnd(before);
        return alive;
    }

    void follow(Invoice invoice, LocalDate day, DunningAction action, DecisionState state, RandomGenerator stream) {
        LocalDate before = life.endedOn();
        life.follow(invoice, day, action, state, stream);
        noteEnd(before);
    }

    SimulatedCustomer customer() {
        return customer;
    }

    OutcomeProbabilities outcomes(DunningAction action, DecisionState state) {
        return life.outcomes(action, state);
    }

    /** Monthly fee, or average invoiced amount per month of the last 12 months, for the true lifetime value. */
    double monthlyValue() {
        return life.monthlyValue();
    }

    /** Whether the relationship ended before {@code day}. */
    boolean endedBefore(LocalDate day) {
        return life.endedOn() != null && life.endedOn().isBefore(day);
    }

    /** The customers.csv row of a customer whose relationship ends on {@code day}, once; null otherwise. */
    Customer endingOn(LocalDate day) {
        if (endReported || !day.equals(life.endedOn())) {
            return null;
        }
        endReported = true;
        return customer.withEnd(day);
    }

    /** An end date drawn or moved is put on the agenda; one superseded is skipped there when its day comes. */
    private void noteEnd(LocalDate before) {
        LocalDate now = life.endedOn();
        if (now != null && !now.equals(before)) {
            agenda.end(this, now);
        }
    }
}
