package org.smartdunning.world;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.smartdunning.history.BatchItem;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;

/**
 * The generator's view of one customer's future: invoices whose decision day is the run date form
 * the batch, with their truth; whatever happens later is not part of the folder and is dropped.
 */
final class RunDateBatch implements Future {
    private record Pending(Invoice invoice, DecisionState state) {
    }

    private final CustomerLife.Context cx;
    private final SimulatedCustomer customer;
    private final LocalDate asOf;
    private final List<Pending> batch = new ArrayList<>(1);

    RunDateBatch(CustomerLife.Context cx, SimulatedCustomer customer) {
        this.cx = cx;
        this.customer = customer;
        this.asOf = cx.calendar().asOf();
    }

    @Override
    public void decision(Invoice invoice, DecisionState state) {
        if (invoice.dueOn().plusDays(BillingCalendar.DECISION_DAYS).equals(asOf)) {
            cx.sink().batch(new BatchItem(invoice.id(), asOf));
            batch.add(new Pending(invoice, state));
        }
    }

    /** The truth needs the customer's monthly value, known only once its whole history is lived. */
    @Override
    public void historyLived(CustomerLife life) {
        for (Pending p : batch) {
            cx.sink().truth(cx.oracle().truth(customer, p.invoice(), p.state(), life.monthlyValue()));
        }
    }

    @Override
    public void invoice(Invoice invoice) {
    }

    @Override
    public void payment(Invoice invoice, LocalDate day, long cents) {
    }

    @Override
    public void inquiry(Inquiry inquiry) {
    }

    @Override
    public void invoiceInquiry(Invoice invoice, LocalDate day, RandomGenerator outcomes) {
    }
}
