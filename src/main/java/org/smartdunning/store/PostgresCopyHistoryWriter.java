package org.smartdunning.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.smartdunning.history.BatchItem;
import org.smartdunning.history.Customer;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.Payment;

/**
 * PostgreSQL's history writer: each row as a binary COPY row of its table's
 * {@link PostgresCopyStream}, in the column order named there.
 */
final class PostgresCopyHistoryWriter implements HistoryWriter {
    private final PostgresCopyStream stream;

    PostgresCopyHistoryWriter(Connection connection) throws SQLException {
        this.stream = new PostgresCopyStream(connection);
    }

    @Override
    public void customer(Customer c) throws SQLException {
        PostgresBinaryRows r = stream.row("customers", "customer_id, created_on, ended_on, type, country, language,"
                + " postal_code, birth_year, payment_method, email, phone, plan, monthly_fee", 13);
        r.text(c.id().value());
        r.date(c.createdOn());
        r.date(c.endedOn());
        r.text(c.type().code());
        r.text(c.country());
        r.text(c.language());
        r.text(c.postalCode());
        r.integer(c.birthYear());
        r.text(c.paymentMethod());
        r.text(c.email());
        r.text(c.phone());
        r.text(c.plan());
        r.money(c.monthlyFee());
        stream.endRow();
    }

    @Override
    public void invoice(Invoice i) throws SQLException {
        PostgresBinaryRows r = stream.row("invoices", "invoice_id, customer_id, issued_on, due_on, amount, currency", 6);
        r.text(i.id().value());
        r.text(i.customerId().value());
        r.date(i.issuedOn());
        r.date(i.dueOn());
        r.money(i.amount());
        r.text(i.currency());
        stream.endRow();
    }

    @Override
    public void payment(Payment p) throws SQLException {
        PostgresBinaryRows r = stream.row("payments", "payment_id, invoice_id, paid_on, amount", 4);
        r.text(p.id());
        r.text(p.invoiceId().value());
        r.date(p.paidOn());
        r.money(p.amount());
        stream.endRow();
    }

    @Override
    public void event(DunningEvent e) throws SQLException {
        PostgresBinaryRows r = stream.row("dunning_events",
                "invoice_id, occurred_on, action, channel, fee, experiment, arm, propensity", 8);
        r.text(e.invoiceId().value());
        r.date(e.occurredOn());
        r.text(e.action().action());
        r.text(e.action().channel());
        r.money(e.fee());
        r.text(e.experiment());
        r.text(e.arm());
        r.float8(e.propensity());
        stream.endRow();
    }

    @Override
    public void inquiry(Inquiry q) throws SQLException {
        PostgresBinaryRows r = stream.row("inquiries", "customer_id, occurred_on, topic, invoice_id", 4);
        r.text(q.customerId().value());
        r.date(q.occurredOn());
        r.text(q.topic());
        r.text(q.invoiceId() == null ? null : q.invoiceId().value());
        stream.endRow();
    }

    @Override
    public void batchItem(long importId, int position, BatchItem item) throws SQLException {
        PostgresBinaryRows r = stream.row("batch_items", "import_id, position, invoice_id, decide_on", 4);
        r.bigint(importId);
        r.integer(position);
        r.text(item.invoiceId().value());
        r.date(item.decideOn());
        stream.endRow();
    }

    @Override
    public void finish() throws SQLException {
        stream.finish();
    }

    @Override
    public void abort() {
        stream.abort();
    }
}
