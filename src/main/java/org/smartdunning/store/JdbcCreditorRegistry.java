package org.smartdunning.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.smartdunning.application.port.CreditorRegistry;
import org.smartdunning.history.CreditorId;

/** The registry of creditors in the store's base schema, for the service. */
public final class JdbcCreditorRegistry implements CreditorRegistry {
    private final ServiceDatabases databases;

    public JdbcCreditorRegistry(ServiceDatabases databases) {
        this.databases = databases;
    }

    @Override
    public boolean register(CreditorId creditor) {
        return databases.register(creditor);
    }

    @Override
    public boolean exists(CreditorId creditor) {
        return databases.withConnection(c -> CreditorSchemas.find(c, databases.baseSchema(), creditor)).isPresent();
    }

    @Override
    public List<CreditorId> all() {
        return databases.withConnection(c -> {
            List<CreditorId> all = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select creditor_id from "
                    + Database.quoted(databases.baseSchema()) + ".creditors order by creditor_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    all.add(new CreditorId(rs.getString(1)));
                }
            }
            return all;
        });
    }
}
