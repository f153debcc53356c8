package org.smartdunning.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smartdunning.history.BatchItem;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.CreditorId;
import org.smartdunning.history.Customer;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.Payment;

/** Test double of the store: transactional lists in memory. */
final class InMemoryImportStore implements ImportStore {
    final List<Customer> customers = new ArrayList<>();
    final List<Invoice> invoices = new ArrayList<>();
    final List<Payment> payments = new ArrayList<>();
    final List<DunningEvent> events = new ArrayList<>();
    final List<Inquiry> inquiries = new ArrayList<>();
    final List<BatchItem> batchItems = new ArrayList<>();
    final Map<String, ImportReceipt> imports = new HashMap<>();

    long rowCount() {
        return customers.size() + invoices.size() + payments.size() + events.size() + inquiries.size()
                + batchItems.size() + imports.size();
    }

    @Override
    public CreditorId creditor() {
        return CreditorId.DEFAULT;
    }

    @Override
    public Optional<ImportReceipt> findImport(String fingerprint) {
        return Optional.ofNullable(imports.get(fingerprint));
    }

    @Override
    public CreditorHistory loadHistory() {
        return new CreditorHistory(customers, invoices, payments, events, inquiries);
    }

    @Override
    public HistorySink begin() {
        InMemoryImportStore pending = new InMemoryImportStore();
        List<Customer> changed = new ArrayList<>();
        long importId = imports.size() + 1;
        return new HistorySink() {
            private boolean open = true;

            @Override
            public long importId() {
                return importId;
            }

            @Override
            public void customer(Customer customer) {
                pending.customers.add(customer);
            }

            @Override
            public void customerChanged(Customer customer) {
                changed.add(customer);
            }

            @Override
            public void invoice(Invoice invoice) {
                pending.invoices.add(invoice);
            }

            @Override
            public void payment(Payment payment) {
                pending.payments.add(payment);
            }

            @Override
            public void event(DunningEvent event) {
                pending.events.add(event);
            }

            @Override
            public void inquiry(Inquiry inquiry) {
                pending.inquiries.add(inquiry);
            }

            @Override
            public void batchItem(int position, BatchItem item) {
                pending.batchItems.add(item);
            }

            @Override
            public void commit(ImportReceipt receipt) {
                changed.forEach(c -> customers.removeIf(old -> old.id().equals(c.id())));
                customers.addAll(changed);
                customers.addAll(pending.customers);
                invoices.addAll(pending.invoices);
                payments.addAll(pending.payments);
                events.addAll(pending.events);
                inquiries.addAll(pending.inquiries);
                batchItems.addAll(pending.batchItems);
                imports.put(receipt.fingerprint(), receipt);
                open = false;
            }

            @Override
            public void rollback() {
                open = false;
            }

            @Override
            public void close() {
                if (open) {
                    rollback();
                }
            }
        };
    }
}
