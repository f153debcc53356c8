package org.smartdunning.simulation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smartdunning.history.BatchItem;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.Customer;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.history.Money;
import org.smartdunning.history.Payment;
import org.smartdunning.workflow.InvoiceBalances;
import org.smartdunning.world.TruthRow;
import org.smartdunning.world.WorldSink;

/**
 * The simulated creditor's history as it grows day by day: the world's facts and the engine's own
 * dunning events. Takes the world's rows as a {@link WorldSink}; a customer row seen again (its
 * end date) replaces the earlier one.
 */
public final class GrowingHistory implements WorldSink, InvoiceBalances {
    private final Map<CustomerId, Customer> customers = new HashMap<>();
    private final Map<InvoiceId, Invoice> invoices = new HashMap<>();
    private final Map<InvoiceId, Long> paidCents = new HashMap<>();
    private final List<Payment> payments = new ArrayList<>();
    private final List<DunningEvent> events = new ArrayList<>();
    private final List<Inquiry> inquiries = new ArrayList<>();

    @Override
    public void customer(Customer customer) {
        customers.put(customer.id(), customer);
    }

    @Override
    public void invoice(Invoice invoice) {
        invoices.put(invoice.id(), invoice);
    }

    @Override
    public void payment(Payment payment) {
        payments.add(payment);
        paidCents.merge(payment.invoiceId(), payment.amount().cents(), Long::sum);
    }

    @Override
    public void event(DunningEvent event) {
        events.add(event);
    }

    @Override
    public void inquiry(Inquiry inquiry) {
        inquiries.add(inquiry);
    }

    @Override
    public void batch(BatchItem item) {
        // the live world has no batch: the daily process finds its own invoices
    }

    @Override
    public void truth(TruthRow truth) {
        // truth is asked of the world directly
    }

    /** Everything known so far, as the aggregate the process reads. */
    public CreditorHistory snapshot() {
        return new CreditorHistory(customers.values(), invoices.values(), payments, events, inquiries);
    }

    @Override
    public Map<InvoiceId, Money> unpaid(Collection<InvoiceId> ids) {
        Map<InvoiceId, Money> unpaid = new HashMap<>();
        for (InvoiceId id : ids) {
            Invoice invoice = invoices.get(id);
            if (invoice != null) {
                unpaid.put(id, new Money(invoice.amount().cents() - paidCents.getOrDefault(id, 0L)));
            }
        }
        return unpaid;
    }

    public int customerCount() {
        return customers.size();
    }
}
