package org.smartdunning.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.smartdunning.history.BatchItem;
import org.smartdunning.history.Customer;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.Money;
import org.smartdunning.history.Payment;

/**
 * DuckDB appenders on the store's connection (auto-commit off): rows become part of the open
 * transaction when an appender is flushed, and disappear with a rollback. Values are appended in
 * the tables' column order (V1__history.sql); dates as epoch days, amounts as unscaled cents.
 */
final class DuckDbHistoryWriter implements HistoryWriter {
    private final DuckDBConnection connection;
    private final String schema;
    private DuckDBAppender appender;
    private String table;

    DuckDbHistoryWriter(Connection connection, String schema) throws SQLException {
        this.connection = connection.unwrap(DuckDBConnection.class);
        this.schema = schema;
    }

    private DuckDBAppender to(String name) throws SQLException {
        if (!name.equals(table)) {
            closeAppender();
            appender = connection.createAppender(schema, name);
            table = name;
        }
        return appender.beginRow();
    }

    private void closeAppender() throws SQLException {
        if (appender != null) {
            DuckDBAppender closing = appender;
            appender = null;
            table = null;
            closing.close();
        }
    }

    @Override
    public void customer(Customer c) throws SQLException {
        DuckDBAppender a = to("customers");
        a.append(c.id().value());
        date(a, c.createdOn());
        date(a, c.endedOn());
        a.append(c.type().code());
        a.append(c.country());
        text(a, c.language());
        text(a, c.postalCode());
        if (c.birthYear() == null) {
            a.appendNull();
        } else {
            a.append(c.birthYear().intValue());
        }
        text(a, c.paymentMethod());
        text(a, c.email());
        text(a, c.phone());
        text(a, c.plan());
        money(a, c.monthlyFee());
        a.endRow();
    }

    @Override
    public void invoice(Invoice i) throws SQLException {
        DuckDBAppender a = to("invoices");
        a.append(i.id().value());
        a.append(i.customerId().value());
        date(a, i.issuedOn());
        date(a, i.dueOn());
        money(a, i.amount());
        a.append(i.currency());
        a.endRow();
    }

    @Override
    public void payment(Payment p) throws SQLException {
        DuckDBAppender a = to("payments");
        a.append(p.id());
        a.append(p.invoiceId().value());
        date(a, p.paidOn());
        money(a, p.amount());
        a.endRow();
    }

    @Override
    public void event(DunningEvent e) throws SQLException {
        DuckDBAppender a = to("dunning_events");
        a.append(e.invoiceId().value());
        date(a, e.occurredOn());
        a.append(e.action().action());
        text(a, e.action().channel());
        money(a, e.fee());
        text(a, e.experiment());
        text(a, e.arm());
        if (e.propensity() == null) {
            a.appendNull();
        } else {
            a.append(e.propensity().doubleValue());
        }
        a.endRow();
    }

    @Override
    public void inquiry(Inquiry q) throws SQLException {
        DuckDBAppender a = to("inquiries");
        a.append(q.customerId().value());
        date(a, q.occurredOn());
        a.append(q.topic());
        text(a, q.invoiceId() == null ? null : q.invoiceId().value());
        a.endRow();
    }

    @Override
    public void batchItem(long importId, int position, BatchItem item) throws SQLException {
        DuckDBAppender a = to("batch_items");
        a.append(importId);
        a.append(position);
        a.append(item.invoiceId().value());
        date(a, item.decideOn());
        a.endRow();
    }

    @Override
    public void finish() throws SQLException {
        closeAppender();
    }

    @Override
    public void abort() {
        try {
            closeAppender();
        } catch (SQLException | RuntimeException ignored) {
            // the transaction is rolled back next
        }
    }

    private static void date(DuckDBAppender a, LocalDate date) throws SQLException {
        if (date == null) {
            a.appendNull();
        } else {
            a.appendEpochDays((int) date.toEpochDay());
        }
    }

    private static void money(DuckDBAppender a, Money money) throws SQLException {
        if (money == null) {
            a.appendNull();
        } else {
            a.appendDecimal(money.cents());
        }
    }

    private static void text(DuckDBAppender a, String text) throws SQLException {
        if (text == null || text.isEmpty()) {
            a.appendNull();
        } else {
            a.append(text);
        }
    }
}
