package org.smartdunning.ingest;

import java.time.LocalDate;
import org.smartdunning.history.Customer;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.CustomerType;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.history.Money;
import org.smartdunning.history.Payment;

/**
 * The rules of the files whose rows have an id (customers, invoices, payments): an id appears once
 * per folder, and a row already stored under its id is skipped if equal and a problem if not —
 * except a customer row, a snapshot whose newer version replaces the stored one.
 * Each method returns whether the row went to the sink.
 */
final class RowsById {
    private final RowValues values;
    private final ReferenceChecks references;
    private final StoredRows stored;
    private final HistorySink sink;
    private final IdSet paymentIds = new IdSet(1 << 18);

    RowsById(RowValues values, ReferenceChecks references, StoredRows stored, HistorySink sink) {
        this.values = values;
        this.references = references;
        this.stored = stored;
        this.sink = sink;
    }

    boolean customer(SourceRow row) {
        String id = values.required(row, 0);
        LocalDate createdOn = values.date(row, 1, true);
        LocalDate endedOn = values.date(row, 2, false);
        CustomerType type = values.parsed(row, 3, true, CustomerType::parse);
        String country = values.parsed(row, 4, true, Fields::country);
        Integer birthYear = values.parsed(row, 7, false, Fields::year);
        String email = values.parsed(row, 9, false, ContactFields::email);
        // a phone is read in the customer's country: without a known country it is not checked (that is the problem)
        String phone = country == null ? values.optional(row, 10)
                : values.parsed(row, 10, false, text -> ContactFields.phone(text, country));
        Money monthlyFee = values.amount(row, 12, false);
        if (createdOn != null && endedOn != null && endedOn.isBefore(createdOn)) {
            values.problem(row, 2, "ended_on " + endedOn + " is before created_on " + createdOn);
        }
        if (id == null || isDuplicate(row, references.addCustomer(id), "customer_id", id) || values.rowHasProblems()) {
            return false;
        }
        Customer customer = new Customer(new CustomerId(id), createdOn, endedOn, type, country,
                values.optional(row, 5), values.optional(row, 6), birthYear, values.optional(row, 8),
                email, phone, values.optional(row, 11), monthlyFee);
        Customer before = stored.customer(customer.id());
        if (before != null) {
            if (!before.equals(customer) && values.noProblems()) {
                sink.customerChanged(customer);
            }
            return false;
        }
        if (!values.noProblems()) {
            return false;
        }
        sink.customer(customer);
        return true;
    }

    boolean invoice(SourceRow row) {
        String id = values.required(row, 0);
        String customerId = references.customer(row, 1, true);
        LocalDate issuedOn = values.date(row, 2, true);
        LocalDate dueOn = values.date(row, 3, true);
        Money amount = values.amount(row, 4, true);
        String currency = values.parsed(row, 5, true, Fields::currency);
        if (issuedOn != null && dueOn != null && dueOn.isBefore(issuedOn)) {
            values.problem(row, 3, "due_on " + dueOn + " is before issued_on " + issuedOn);
        }
        if (id == null || isDuplicate(row, references.addInvoice(id), "invoice_id", id) || values.rowHasProblems()) {
            return false;
        }
        Invoice invoice = new Invoice(new InvoiceId(id), new CustomerId(customerId), issuedOn, dueOn, amount, currency);
        if (!isNew(row, "invoice_id", id, invoice, stored.invoice(invoice.id()))) {
            return false;
        }
        sink.invoice(invoice);
        return true;
    }

    boolean payment(SourceRow row) {
        String id = values.required(row, 0);
        String invoiceId = references.invoice(row, 1, true);
        LocalDate paidOn = values.date(row, 2, true);
        Money amount = values.amount(row, 3, true);
        if (id == null || isDuplicate(row, paymentIds.add(id), "payment_id", id) || values.rowHasProblems()) {
            return false;
        }
        Payment payment = new Payment(id, new InvoiceId(invoiceId), paidOn, amount);
        if (!isNew(row, "payment_id", id, payment, stored.payment(payment.id()))) {
            return false;
        }
        sink.payment(payment);
        return true;
    }

    private boolean isDuplicate(SourceRow row, boolean added, String idColumn, String id) {
        if (!added) {
            values.problem(row, 0, "duplicate " + idColumn + " '" + id + "'");
        }
        return !added;
    }

    /** Whether the row is to be added: not stored yet, and the import still clean. */
    private boolean isNew(SourceRow row, String idColumn, String id, Object fresh, Object before) {
        if (before != null) {
            if (!before.equals(fresh)) {
                values.problem(row, 0, idColumn + " '" + id + "' is already stored with different content");
            }
            return false;
        }
        return values.noProblems();
    }
}
