package org.smartdunning.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.smartdunning.history.Customer;

/** Replaces stored customer rows by an export's newer versions, inside the import's transaction. */
final class ChangedCustomers {
    private static final MultiRowInsert<Customer> INSERT = new MultiRowInsert<>("insert into customers (customer_id,"
            + " created_on, ended_on, type, country, language, postal_code, birth_year, payment_method, email, phone,"
            + " plan, monthly_fee)", 13, "", (ps, i, c) -> {
                ps.setString(i, c.id().value());
                ps.setDate(i + 1, Date.valueOf(c.createdOn()));
                ps.setDate(i + 2, c.endedOn() == null ? null : Date.valueOf(c.endedOn()));
                ps.setString(i + 3, c.type().code());
                ps.setString(i + 4, c.country());
                ps.setString(i + 5, c.language());
                ps.setString(i + 6, c.postalCode());
                if (c.birthYear() == null) {
                    ps.setNull(i + 7, Types.INTEGER);
                } else {
                    ps.setInt(i + 7, c.birthYear());
                }
                ps.setString(i + 8, c.paymentMethod());
                ps.setString(i + 9, c.email());
                ps.setString(i + 10, c.phone());
                ps.setString(i + 11, c.plan());
                ps.setBigDecimal(i + 12, c.monthlyFee() == null ? null : c.monthlyFee().toBigDecimal());
            });

    private ChangedCustomers() {
    }

    static void replace(Connection connection, List<Customer> changed) throws SQLException {
        if (changed.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("delete from customers where customer_id = ?")) {
            for (Customer c : changed) {
                ps.setString(1, c.id().value());
                ps.executeUpdate();
            }
        }
        INSERT.insert(connection, changed);
    }
}
