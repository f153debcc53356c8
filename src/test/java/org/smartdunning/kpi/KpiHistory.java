package org.smartdunning.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.Customer;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.CustomerType;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.history.Money;
import org.smartdunning.history.Payment;

/**
 * The small hand-written history the KPI tests work out by hand (period March 2026, horizon 90 days):
 * <pre>
 * C1 private, since 2025-01-01, fee 100      C2 business, since 2025-01-01, fee 200, ended 2026-03-20
 * C3 private, since 2026-03-10, no fee
 * I0   C1 due 2025-11-01 100  left alone (none 2025-11-15), never paid
 * I00  C2 due 2025-11-01 200  collection 2025-11-15, paid 2025-11-20
 * I000 C2 due 2025-12-01 200  paid 2025-11-28 (on time)
 * I5   C1 due 2026-02-15 100  paid 2026-03-03 (overdue: cash recovered in March)
 * I1   C1 due 2026-03-05 100  paid 2026-03-04 (on time)
 * I2   C1 due 2026-03-15 100  sms 03-20, letter 03-29 (fee 60), paid 2026-04-20 (within the horizon)
 * I3   C2 due 2026-03-10 200  30 paid 03-08 (before due), email 03-17, collection 03-24 (fee 25); paid 50 on
 *                             03-25, 20 reversed 03-28
 * I4   C3 due 2026-03-31  80  paid 2026-06-15 (within the horizon)
 * I6   C1 due 2026-04-05 100  issued 2026-03-22, unpaid
 * inquiries: C1 03-02 invoice (no invoice named), C1 03-03 other, C2 03-18 invoice about I3
 * </pre>
 * Invoices are issued 14 days before their due date.
 */
final class KpiHistory {
    static final LocalDate KNOWN_THROUGH = LocalDate.of(2026, 7, 15);

    final List<Customer> customers = new ArrayList<>();
    final List<Invoice> invoices = new ArrayList<>();
    final List<Payment> payments = new ArrayList<>();
    final List<DunningEvent> events = new ArrayList<>();
    final List<Inquiry> inquiries = new ArrayList<>();
    final List<DecisionFact> decisions = new ArrayList<>();
    final List<StageFact> stages = new ArrayList<>();

    static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    static KpiHistory march() {
        KpiHistory h = new KpiHistory();
        h.customer("C1", "2025-01-01", null, CustomerType.PRIVATE, 100.0);
        h.customer("C2", "2025-01-01", "2026-03-20", CustomerType.BUSINESS, 200.0);
        h.customer("C3", "2026-03-10", null, CustomerType.PRIVATE, null);
        h.invoice("I0", "C1", "2025-11-01", 100).event("I0", "2025-11-15", DunningAction.NONE, 0);
        h.invoice("I00", "C2", "2025-11-01", 200).event("I00", "2025-11-15", DunningAction.COLLECTION, 0)
                .payment("I00", "2025-11-20", 200);
        h.invoice("I000", "C2", "2025-12-01", 200).payment("I000", "2025-11-28", 200);
        h.invoice("I5", "C1", "2026-02-15", 100).payment("I5", "2026-03-03", 100);
        h.invoice("I1", "C1", "2026-03-05", 100).payment("I1", "2026-03-04", 100);
        h.invoice("I2", "C1", "2026-03-15", 100).event("I2", "2026-03-20", DunningAction.SMS, 0)
                .event("I2", "2026-03-29", DunningAction.LETTER, 60).payment("I2", "2026-04-20", 100);
        h.invoice("I3", "C2", "2026-03-10", 200).event("I3", "2026-03-17", DunningAction.EMAIL, 0)
                .event("I3", "2026-03-24", DunningAction.COLLECTION, 25).payment("I3", "2026-03-08", 30)
                .payment("I3", "2026-03-25", 50)
                .payment("I3", "2026-03-28", -20);
        h.invoice("I4", "C3", "2026-03-31", 80).payment("I4", "2026-06-15", 80);
        h.invoice("I6", "C1", "2026-04-05", 100);
        h.inquiry("C1", "2026-03-02", "invoice", null).inquiry("C1", "2026-03-03", "other", null)
                .inquiry("C2", "2026-03-18", "invoice", "I3");
        return h;
    }

    KpiHistory customer(String id, String created, String ended, CustomerType type, Double fee) {
        customers.add(new Customer(new CustomerId(id), d(created), ended == null ? null : d(ended), type, "SE", null, null,
                null, null, null, null, null, fee == null ? null : Money.of(fee)));
        return this;
    }

    KpiHistory invoice(String id, String customer, String due, double amount) {
        invoices.add(new Invoice(new InvoiceId(id), new CustomerId(customer), d(due).minusDays(14), d(due),
                Money.of(amount), "SEK"));
        return this;
    }

    KpiHistory payment(String invoice, String day, double amount) {
        payments.add(new Payment("P" + payments.size(), new InvoiceId(invoice), d(day), Money.of(amount)));
        return this;
    }

    KpiHistory event(String invoice, String day, DunningAction action, double fee) {
        return event(invoice, day, action, fee, null, null);
    }

    KpiHistory event(String invoice, String day, DunningAction action, double fee, String experiment, String arm) {
        events.add(new DunningEvent(new InvoiceId(invoice), d(day), action, Money.of(fee), experiment, arm,
                experiment == null ? null : 0.5));
        return this;
    }

    KpiHistory inquiry(String customer, String day, String topic, String invoice) {
        inquiries.add(new Inquiry(new CustomerId(customer), d(day), topic, invoice == null ? null : new InvoiceId(invoice)));
        return this;
    }

    KpiHistory decision(String invoice, String day, String policy, String version) {
        decisions.add(new DecisionFact(new InvoiceId(invoice), d(day), policy, version));
        return this;
    }

    KpiHistory stage(String invoice, String day, String stage) {
        return stage(invoice, day, stage, null);
    }

    KpiHistory stage(String invoice, String day, String stage, DunningAction action) {
        stages.add(new StageFact(new InvoiceId(invoice), d(day), stage, action));
        return this;
    }

    CreditorHistory history() {
        List<DunningEvent> ordered = new ArrayList<>(events);
        ordered.sort(java.util.Comparator.comparing(DunningEvent::occurredOn)); // as the store reads them
        return new CreditorHistory(customers, invoices, payments, ordered, inquiries);
    }

    KpiFacts facts(LocalDate knownThrough) {
        return new KpiFacts(history(), decisions, stages, knownThrough);
    }

    KpiFacts facts() {
        return facts(KNOWN_THROUGH);
    }
}
