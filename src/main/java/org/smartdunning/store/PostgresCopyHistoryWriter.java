package org.smartdunning.store;

import static org.smartdunning.store.PostgresCsvFields.date;
import static org.smartdunning.store.PostgresCsvFields.money;
import static org.smartdunning.store.PostgresCsvFields.text;

import java.sql.Connection;
import java.sql.SQLException;
import org.smartdunning.history.BatchItem;
import org.smartdunning.history.Customer;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.Payment;

/**
 * PostgreSQL's history writer: each row as a CSV line of its table's {@link PostgresCopyStream},
 * in the column order named there.
 */
final class PostgresCopyHistoryWriter implements HistoryWriter {
    private final PostgresCopyStream stream;

    PostgresCopyHistoryWriter(Connection connection) throws SQLException {
        this.stream = new PostgresCopyStream(connection);
    }

    @Override
    public void customer(Customer c) throws SQLException {
        StringBuilder b = stream.to("customers", "customer_id, created_on, ended_on, type, country, language,"
                + " postal_code, birth_year, payment_method, email, phone, plan, monthly_fee");
        text(b, c.id().value());
        date(b, c.createdOn());
        date(b, c.endedOn());
        text(b, c.type().code());
        text(b, c.country());
        text(b, c.language());
        text(b, c.postalCode());
        if (c.birthYear() != null) {
            b.append(c.birthYear().intValue());
        }
        b.append(',');
        text(b, c.paymentMethod());
        text(b, c.email());
        text(b, c.phone());
        text(b, c.plan());
        money(b, c.monthlyFee());
        stream.endRow();
    }

    @Override
    public void invoice(Invoice i) throws SQLException {
        StringBuilder b = stream.to("invoices", "invoice_id, customer_id, issued_on, due_on, amount, currency");
        text(b, i.id().value());
        text(b, i.customerId().value());
        date(b, i.issuedOn());
        date(b, i.dueOn());
        money(b, i.amount());
        text(b, i.currency());
        stream.endRow();
    }

    @Override
    public void payment(Payment p) throws SQLException {
        StringBuilder b = stream.to("payments", "payment_id, invoice_id, paid_on, amount");
        text(b, p.id());
        text(b, p.invoiceId().value());
        date(b, p.paidOn());
        money(b, p.amount());
        stream.endRow();
    }

    @Override
    public void event(DunningEvent e) throws SQLException {
        StringBuilder b = stream.to("dunning_events",
                "invoice_id, occurred_on, action, channel, fee, experiment, arm, propensity");
        text(b, e.invoiceId().value());
        date(b, e.occurredOn());
        text(b, e.action().action());
        text(b, e.action().channel());
        money(b, e.fee());
        text(b, e.experiment());
        text(b, e.arm());
        if (e.propensity() != null) {
            b.append(e.propensity().doubleValue());
        }
        b.append(',');
        stream.endRow();
    }

    @Override
    public void inquiry(Inquiry q) throws SQLException {
        StringBuilder b = stream.to("inquiries", "customer_id, occurred_on, topic, invoice_id");
        text(b, q.customerId().value());
        date(b, q.occurredOn());
        text(b, q.topic());
        text(b, q.invoiceId() == null ? null : q.invoiceId().value());
        stream.endRow();
    }

    @Override
    public void batchItem(long importId, int position, BatchItem item) throws SQLException {
        StringBuilder b = stream.to("batch_items", "import_id, position, invoice_id, decide_on");
        b.append(importId).append(',').append(position).append(',');
        text(b, item.invoiceId().value());
        date(b, item.decideOn());
        stream.endRow();
    }

    @Override
    public void finish() throws SQLException {
        stream.endCopy();
    }

    @Override
    public void abort() {
        stream.abort();
    }
}
