package org.smartdunning.world;

import java.time.LocalDate;
import java.util.random.RandomGenerator;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.Money;
import org.smartdunning.history.Payment;

/** Sends a customer's dated facts where they belong: before the run date to the history sink, from it on to its future. */
final class FactRouter {
    private final WorldSink sink;
    private final RowIds ids;
    private final LocalDate asOf;
    private final Future future;

    FactRouter(CustomerLife.Context cx, Future future) {
        this.sink = cx.sink();
        this.ids = cx.ids();
        this.asOf = cx.calendar().asOf();
        this.future = future;
    }

    Future future() {
        return future;
    }

    void invoice(Invoice invoice) {
        if (invoice.issuedOn().isBefore(asOf)) {
            sink.invoice(invoice);
        } else {
            future.invoice(invoice);
        }
    }

    void payment(Invoice invoice, LocalDate day, long cents) {
        if (day.isBefore(asOf)) {
            sink.payment(new Payment(ids.nextPayment(), invoice.id(), day, new Money(cents)));
        } else {
            future.payment(invoice, day, cents);
        }
    }

    void inquiry(Inquiry inquiry) {
        if (inquiry.occurredOn().isBefore(asOf)) {
            sink.inquiry(inquiry);
        } else {
            future.inquiry(inquiry);
        }
    }

    /** @param random the stream the action's outcomes are drawn from */
    void invoiceInquiry(Invoice invoice, LocalDate day, RandomGenerator random) {
        if (day.isBefore(asOf)) {
            boolean known = random.nextDouble() < 0.9;
            sink.inquiry(new Inquiry(invoice.customerId(), day, Inquiry.INVOICE_TOPIC, known ? invoice.id() : null));
        } else {
            future.invoiceInquiry(invoice, day, random);
        }
    }
}
