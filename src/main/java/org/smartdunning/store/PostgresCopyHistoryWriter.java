package org.smartdunning.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.smartdunning.history.BatchItem;
import org.smartdunning.history.Customer;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.Money;
import org.smartdunning.history.Payment;

/**
 * PostgreSQL {@code COPY ... FROM STDIN (FORMAT csv)} inside the store's open transaction. One
 * COPY runs at a time per connection, so a table switch ends the previous COPY. In CSV format an
 * unquoted empty field is NULL; text values are always quoted.
 */
final class PostgresCopyHistoryWriter implements HistoryWriter {
    private static final int FLUSH_CHARS = 1 << 16;

    private final CopyManager copyManager;
    private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 1024);
    private CopyIn copy;
    private String table;

    PostgresCopyHistoryWriter(Connection connection) throws SQLException {
        this.copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    private StringBuilder to(String name, String columns) throws SQLException {
        if (!name.equals(table)) {
            endCopy();
            copy = copyManager.copyIn("COPY " + name + " (" + columns + ") FROM STDIN (FORMAT csv)");
            table = name;
        }
        return buffer;
    }

    private void endRow() throws SQLException {
        buffer.setCharAt(buffer.length() - 1, '\n');
        if (buffer.length() >= FLUSH_CHARS) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (buffer.length() > 0) {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }
    }

    private void endCopy() throws SQLException {
        if (copy != null) {
            flush();
            CopyIn ending = copy;
            copy = null;
            table = null;
            ending.endCopy();
        }
    }

    @Override
    public void customer(Customer c) throws SQLException {
        StringBuilder b = to("customers", "customer_id, created_on, ended_on, type, country, language, postal_code, "
                + "birth_year, payment_method, email, phone, plan, monthly_fee");
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
        endRow();
    }

    @Override
    public void invoice(Invoice i) throws SQLException {
        StringBuilder b = to("invoices", "invoice_id, customer_id, issued_on, due_on, amount, currency");
        text(b, i.id().value());
        text(b, i.customerId().value());
        date(b, i.issuedOn());
        date(b, i.dueOn());
        money(b, i.amount());
        text(b, i.currency());
        endRow();
    }

    @Override
    public void payment(Payment p) throws SQLException {
        StringBuilder b = to("payments", "payment_id, invoice_id, paid_on, amount");
        text(b, p.id());
        text(b, p.invoiceId().value());
        date(b, p.paidOn());
        money(b, p.amount());
        endRow();
    }

    @Override
    public void event(DunningEvent e) throws SQLException {
        StringBuilder b = to("dunning_events",
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
        endRow();
    }

    @Override
    public void inquiry(Inquiry q) throws SQLException {
        StringBuilder b = to("inquiries", "customer_id, occurred_on, topic, invoice_id");
        text(b, q.customerId().value());
        date(b, q.occurredOn());
        text(b, q.topic());
        text(b, q.invoiceId() == null ? null : q.invoiceId().value());
        endRow();
    }

    @Override
    public void batchItem(long importId, int position, BatchItem item) throws SQLException {
        StringBuilder b = to("batch_items", "import_id, position, invoice_id, decide_on");
        b.append(importId).append(',').append(position).append(',');
        text(b, item.invoiceId().value());
        date(b, item.decideOn());
        endRow();
    }

    @Override
    public void finish() throws SQLException {
        endCopy();
    }

    @Override
    public void abort() {
        buffer.setLength(0);
        if (copy != null) {
            try {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            } catch (SQLException | RuntimeException ignored) {
                // the transaction is rolled back next
            }
            copy = null;
            table = null;
        }
    }

    /** A text field and its separator; null (and empty: the contract's "unknown") as NULL. */
    private static void text(StringBuilder b, String value) {
        if (value != null && !value.isEmpty()) {
            b.append('"');
            for (int i = 0, n = value.length(); i < n; i++) {
                char c = value.charAt(i);
                if (c == '"') {
                    b.append('"');
                }
                b.append(c);
            }
            b.append('"');
        }
        b.append(',');
    }

    private static void date(StringBuilder b, LocalDate date) {
        if (date != null) {
            b.append(date);
        }
        b.append(',');
    }

    private static void money(StringBuilder b, Money money) {
        if (money != null) {
            long cents = money.cents();
            if (cents < 0) {
                b.append('-');
                cents = -cents;
            }
            long fraction = cents % 100;
            b.append(cents / 100).append('.').append(fraction < 10 ? "0" : "").append(fraction);
        }
        b.append(',');
    }
}
