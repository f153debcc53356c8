package org.smartdunning.ingest;

import java.util.Objects;
import java.util.function.Predicate;
import org.smartdunning.history.BatchItem;
import org.smartdunning.history.Customer;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.Payment;

/**
 * Passes on only a share of the customers' rows: the customers {@code keep} accepts, their invoices,
 * those invoices' payments and dunning events, their inquiries and the batch items of their invoices.
 * The import still reads and checks the whole folder; only what is written is the share, so one
 * part of a giant creditor holds its customers' history and nothing else.
 */
public final class CustomerShareSink implements HistorySink {
    private final HistorySink sink;
    private final Predicate<CustomerId> keep;
    /** The kept customers' invoices: payments, events and batch items name only the invoice. */
    private final IdSet invoices = new IdSet();

    public CustomerShareSink(HistorySink sink, Predicate<CustomerId> keep) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.keep = Objects.requireNonNull(keep, "keep");
    }

    @Override
    public long importId() {
        return sink.importId();
    }

    @Override
    public void customer(Customer customer) {
        if (keep.test(customer.id())) {
            sink.customer(customer);
        }
    }

    @Override
    public void customerChanged(Customer customer) {
        if (keep.test(customer.id())) {
            sink.customerChanged(customer);
        }
    }

    @Override
    public void invoice(Invoice invoice) {
        if (keep.test(invoice.customerId())) {
            invoices.add(invoice.id().value());
            sink.invoice(invoice);
        }
    }

    @Override
    public void payment(Payment payment) {
        if (invoices.contains(payment.invoiceId().value())) {
            sink.payment(payment);
        }
    }

    @Override
    public void event(DunningEvent event) {
        if (invoices.contains(event.invoiceId().value())) {
            sink.event(event);
        }
    }

    @Override
    public void inquiry(Inquiry inquiry) {
        if (keep.test(inquiry.customerId())) {
            sink.inquiry(inquiry);
        }
    }

    @Override
    public void batchItem(int position, BatchItem item) {
        if (invoices.contains(item.invoiceId().value())) {
            sink.batchItem(position, item);
        }
    }

    @Override
    public void flush() {
        sink.flush();
    }

    @Override
    public void commit(ImportReceipt receipt) {
        sink.commit(receipt);
    }

    @Override
    public void rollback() {
        sink.rollback();
    }

    @Override
    public void close() {
        sink.close();
    }
}
