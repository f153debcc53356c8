package org.smartdunning.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The next value of a sequence, the same SQL on DuckDB and PostgreSQL. */
final class SqlSequence {
    private SqlSequence() {
    }

    static long next(Connection connection, String sequence) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("select nextval('" + sequence + "')");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
