package org.smartdunning.store;

import static org.smartdunning.store.JdbcBillingEvents.exists;
import static org.smartdunning.store.JdbcBillingEvents.refused;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import org.smartdunning.history.Customer;
import org.smartdunning.history.Invoice;
import org.smartdunning.ingest.events.BillingEvent;

/**
 * What one billing event changes in the history, inside the caller's transaction: a customer row
 * replaced (customers are snapshots), an invoice or payment added (facts: never changed), an inquiry
 * added, a hold placed or lifted. References are checked against the creditor's own rows.
 */
final class BillingEventEffects {
    private final Connection connection;
    private final Dialect dialect;

    BillingEventEffects(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    void apply(BillingEvent event) throws SQLException {
        if (event instanceof BillingEvent.CustomerChanged changed) {
            customer(changed);
        } else if (event instanceof BillingEvent.CustomerEnded ended) {
            requireCustomer(ended.customerId().value());
            update("update customers set ended_on = ? where customer_id = ?", ended.endedOn(),
                    ended.customerId().value());
        } else if (event instanceof BillingEvent.InvoiceIssued issued) {
            invoice(issued.invoice());
        } else if (event instanceof BillingEvent.PaymentReceived received) {
            requireInvoice(received.payment().invoiceId().value());
            payment(received.payment().id(), received.payment().invoiceId().value(), received.payment().paidOn(),
                    received.payment().amount().toBigDecimal());
        } else if (event instanceof BillingEvent.PaymentReversed reversed) {
            reversal(reversed);
        } else if (event instanceof BillingEvent.InquiryReceived inquiry) {
            inquiry(inquiry);
        } else if (event instanceof BillingEvent.DisputeOpened opened) {
            requireInvoice(opened.invoiceId().value());
            hold(opened.invoiceId().value(), "dispute", opened.openedOn(), null, opened.eventId());
        } else if (event instanceof BillingEvent.DisputeClosed closed) {
            requireInvoice(closed.invoiceId().value());
            update("update holds set lifted_on = ? where scope = 'invoice' and target_id = ? and reason = 'dispute'"
                    + " and lifted_on is null", closed.closedOn(), closed.invoiceId().value());
        } else if (event instanceof BillingEvent.PaymentPlanAgreed plan) {
            requireInvoice(plan.invoiceId().value());
            hold(plan.invoiceId().value(), "payment_plan", plan.agreedOn(), plan.lastInstalmentOn(), plan.eventId());
        }
    }

    private void customer(BillingEvent.CustomerChanged changed) throws SQLException {
        Customer c = changed.customer();
        boolean known = exists(connection, "customers", "customer_id", c.id().value());
        if (changed.type() == org.smartdunning.ingest.events.EventType.CUSTOMER_UPDATED && !known) {
            throw refused("data.customer_id", "no customer '" + c.id().value() + "' to update");
        }
        try (PreparedStatement delete = connection.prepareStatement("delete from customers where customer_id = ?")) {
            delete.setString(1, c.id().value());
            delete.executeUpdate();
        }
        try (PreparedStatement ps = connection.prepareStatement("insert into customers (customer_id, created_on,"
                + " ended_on, type, country, language, postal_code, birth_year, payment_method, email, phone, plan,"
                + " monthly_fee) values (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, c.id().value());
            ps.setDate(2, Date.valueOf(c.createdOn()));
            ps.setDate(3, c.endedOn() == null ? null : Date.valueOf(c.endedOn()));
            ps.setString(4, c.type().code());
            ps.setString(5, c.country());
            ps.setString(6, c.language());
            ps.setString(7, c.postalCode());
            if (c.birthYear() == null) {
                ps.setNull(8, Types.INTEGER);
            } else {
                ps.setInt(8, c.birthYear());
            }
            ps.setString(9, c.paymentMethod());
            ps.setString(10, c.email());
            ps.setString(11, c.phone());
            ps.setString(12, c.plan());
            ps.setBigDecimal(13, c.monthlyFee() == null ? null : c.monthlyFee().toBigDecimal());
            ps.executeUpdate();
        }
    }

    private void invoice(Invoice invoice) throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            // one round trip for the common case: the customer is known and the invoice new
            try (PreparedStatement ps = connection.prepareStatement("insert into invoices (invoice_id, customer_id,"
                    + " issued_on, due_on, amount, currency) select ?,?,?,?,?,? where exists (select 1 from customers"
                    + " where customer_id = ?) on conflict do nothing")) {
                bind(ps, invoice);
                ps.setString(7, invoice.customerId().value());
                if (ps.executeUpdate() == 1) {
                    return;
                }
            }
            requireCustomer(invoice.customerId().value());
        } else {
            // DuckDB's tables have no key to ask "stored before?" with the insert itself
            requireCustomer(invoice.customerId().value());
            if (!exists(connection, "invoices", "invoice_id", invoice.id().value())) {
                try (PreparedStatement ps = connection.prepareStatement("insert into invoices (invoice_id, customer_id,"
                        + " issued_on, due_on, amount, currency) values (?,?,?,?,?,?)")) {
                    bind(ps, invoice);
                    ps.executeUpdate();
                    return;
                }
            }
        }
        // stored before: the same invoice again is fine, another one under its id is not
        try (PreparedStatement ps = connection.prepareStatement("select customer_id, issued_on, due_on, amount,"
                + " currency from invoices where invoice_id = ?")) {
            ps.setString(1, invoice.id().value());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                boolean same = rs.getString(1).equals(invoice.customerId().value())
                        && rs.getDate(2).toLocalDate().equals(invoice.issuedOn())
                        && rs.getDate(3).toLocalDate().equals(invoice.dueOn())
                        && rs.getBigDecimal(4).compareTo(invoice.amount().toBigDecimal()) == 0
                        && rs.getString(5).equals(invoice.currency());
                if (!same) {
                    throw refused("data.invoice_id", "invoice '" + invoice.id().value()
                            + "' is stored with other content; an issued invoice is a fact and does not change");
                }
            }
        }
    }

    private static void bind(PreparedStatement ps, Invoice invoice) throws SQLException {
        ps.setString(1, invoice.id().value());
        ps.setString(2, invoice.customerId().value());
        ps.setDate(3, Date.valueOf(invoice.issuedOn()));
        ps.setDate(4, Date.valueOf(invoice.dueOn()));
        ps.setBigDecimal(5, invoice.amount().toBigDecimal());
        ps.setString(6, invoice.currency());
    }

    private void reversal(BillingEvent.PaymentReversed reversed) throws SQLException {
        String invoice;
        BigDecimal amount;
        try (PreparedStatement ps = connection.prepareStatement(
                "select invoice_id, amount from payments where payment_id = ?")) {
            ps.setString(1, reversed.reverses());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw refused("data.reverses", "no payment '" + reversed.reverses() + "'");
                }
                invoice = rs.getString(1);
                amount = rs.getBigDecimal(2);
            }
        }
        if (amount.signum() <= 0) {
            throw refused("data.reverses", "payment '" + reversed.reverses() + "' is itself a reversal");
        }
        payment(reversed.reversalId(), invoice, reversed.reversedOn(), amount.negate());
    }

    private void payment(String id, String invoice, LocalDate on, BigDecimal amount) throws SQLException {
        if (exists(connection, "payments", "payment_id", id)) {
            throw refused("data.payment_id", "payment '" + id + "' is stored already");
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "insert into payments (payment_id, invoice_id, paid_on, amount) values (?,?,?,?)")) {
            ps.setString(1, id);
            ps.setString(2, invoice);
            ps.setDate(3, Date.valueOf(on));
            ps.setBigDecimal(4, amount);
            ps.executeUpdate();
        }
    }

    private void inquiry(BillingEvent.InquiryReceived event) throws SQLException {
        var inquiry = event.inquiry();
        requireCustomer(inquiry.customerId().value());
        if (inquiry.invoiceId() != null) {
            requireInvoice(inquiry.invoiceId().value());
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "insert into inquiries (customer_id, occurred_on, topic, invoice_id) values (?,?,?,?)")) {
            ps.setString(1, inquiry.customerId().value());
            ps.setDate(2, Date.valueOf(inquiry.occurredOn()));
            ps.setString(3, inquiry.topic());
            ps.setString(4, inquiry.invoiceId() == null ? null : inquiry.invoiceId().value());
            ps.executeUpdate();
        }
    }

    private void hold(String invoice, String reason, LocalDate from, LocalDate until, String eventId)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("insert into holds (hold_id, scope, target_id, reason,"
                + " placed_on, until_on, lifted_on, note) values (nextval('hold_ids'),'invoice',?,?,?,?,null,?)")) {
            ps.setString(1, invoice);
            ps.setString(2, reason);
            ps.setDate(3, Date.valueOf(from));
            ps.setDate(4, until == null ? null : Date.valueOf(until));
            ps.setString(5, "billing event " + eventId);
            ps.executeUpdate();
        }
    }

    private void requireCustomer(String id) throws SQLException {
        if (!exists(connection, "customers", "customer_id", id)) {
            throw refused("data.customer_id", "no customer '" + id + "'");
        }
    }

    private void requireInvoice(String id) throws SQLException {
        if (!exists(connection, "invoices", "invoice_id", id)) {
            throw refused("data.invoice_id", "no invoice '" + id + "'");
        }
    }

    private void update(String sql, LocalDate day, String id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setDate(1, Date.valueOf(day));
            ps.setString(2, id);
            ps.executeUpdate();
        }
    }
}
