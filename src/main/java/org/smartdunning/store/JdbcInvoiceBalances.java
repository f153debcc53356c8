package org.smartdunning.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.history.Money;
import org.smartdunning.workflow.InvoiceBalances;

/** Unpaid amounts from the stored invoices and payments, one query per page of invoices. */
public final class JdbcInvoiceBalances implements InvoiceBalances {
    private final Database database;

    public JdbcInvoiceBalances(Database database) {
        this.database = database;
    }

    @Override
    public Map<InvoiceId, Money> unpaid(Collection<InvoiceId> invoices) {
        List<InvoiceId> ids = invoices.stream().distinct().toList();
        Map<InvoiceId, Money> unpaid = new HashMap<>();
        if (ids.isEmpty()) {
            return unpaid;
        }
        String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
        return database.inTransaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("select i.invoice_id,"
                    + " cast(round(i.amount * 100) as bigint) - coalesce((select cast(round(sum(p.amount) * 100) as bigint)"
                    + " from payments p where p.invoice_id = i.invoice_id), 0)"
                    + " from invoices i where i.invoice_id in (" + marks + ")")) {
                for (int i = 0; i < ids.size(); i++) {
                    ps.setString(i + 1, ids.get(i).value());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        unpaid.put(new InvoiceId(rs.getString(1)), new Money(rs.getLong(2)));
                    }
                }
            }
            return unpaid;
        });
    }
}
