package org.smartdunning.world;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smartdunning.economics.OutcomeProbabilities;
import org.smartdunning.history.BatchItem;
import org.smartdunning.history.Customer;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.Payment;

/** Keeps every generated row in memory, for checks on small worlds. */
final class CollectingSink implements WorldSink {
    final List<Customer> customers = new ArrayList<>();
    final List<Invoice> invoices = new ArrayList<>();
    final List<Payment> payments = new ArrayList<>();
    final List<DunningEvent> events = new ArrayList<>();
    final List<Inquiry> inquiries = new ArrayList<>();
    final List<BatchItem> batch = new ArrayList<>();
    final List<TruthRow> truth = new ArrayList<>();
    final Map<DunningEvent, OutcomeProbabilities> ifNothing = new LinkedHashMap<>();

    static CollectingSink generate(String world, int customers, long seed) {
        CollectingSink sink = new CollectingSink();
        new WorldSimulator(WorldPresets.named(world), java.time.LocalDate.parse("2026-06-01"), seed).run(customers, sink);
        return sink;
    }

    @Override
    public void customer(Customer customer) {
        customers.add(customer);
    }

    @Override
    public void invoice(Invoice invoice) {
        invoices.add(invoice);
    }

    @Override
    public void payment(Payment payment) {
        payments.add(payment);
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
        batch.add(item);
    }

    @Override
    public void truth(TruthRow row) {
        truth.add(row);
    }

    @Override
    public void eventTruth(DunningEvent event, OutcomeProbabilities probabilities) {
        ifNothing.put(event, probabilities);
    }
}
