package org.smartdunning.testing;

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

/** Builds small creditor histories in tests, one fact at a time. */
public final class HistoryBuilder {
    private final List<Customer> customers = new ArrayList<>();
    private final List<Invoice> invoices = new ArrayList<>();
    private final List<Payment> payments = new ArrayList<>();
    private final List<DunningEvent> events = new ArrayList<>();
    private final List<Inquiry> inquiries = new ArrayList<>();

    public HistoryBuilder customer(String id, LocalDate createdOn, boolean email, boolean phone, double fee) {
        customers.add(new Customer(new CustomerId(id), createdOn, null, CustomerType.PRIVATE, "SE", "sv", "11122",
                1980, "e_invoice", email ? id + "@example.org" : null, phone ? "+46701234567" : null, "plan",
                Money.of(fee)));
        return this;
    }

    public HistoryBuilder invoice(String id, String customer, LocalDate dueOn, double amount) {
        invoices.add(new Invoice(new InvoiceId(id), new CustomerId(customer), dueOn.minusDays(14), dueOn,
                Money.of(amount), "SEK"));
        return this;
    }

    public HistoryBuilder payment(String invoice, LocalDate paidOn, double amount) {
        payments.add(new Payment("P" + payments.size() + "-" + invoice, new InvoiceId(invoice), paidOn, Money.of(amount)));
        return this;
    }

    public HistoryBuilder event(String invoice, LocalDate on, DunningAction action) {
        events.add(new DunningEvent(new InvoiceId(invoice), on, action, Money.ZERO, null, null, 1.0));
        return this;
    }

    /** An action an experiment drew with the given propensity. */
    public HistoryBuilder randomisedEvent(String invoice, LocalDate on, DunningAction action, double propensity) {
        events.add(new DunningEvent(new InvoiceId(invoice), on, action, Money.ZERO, "test-experiment", action.key(),
                propensity));
        return this;
    }

    public HistoryBuilder inquiry(String customer, LocalDate on, String invoice) {
        inquiries.add(new Inquiry(new CustomerId(customer), on, Inquiry.INVOICE_TOPIC,
                invoice == null ? null : new InvoiceId(invoice)));
        return this;
    }

    public CreditorHistory build() {
        return new CreditorHistory(customers, invoices, payments, events, inquiries);
    }
}
