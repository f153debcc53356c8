package org.smartdunning.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.smartdunning.application.port.WorkflowBook;

/**
 * The creditor's uploaded workflow files (table {@code workflow_files}), or, with {@link #experiments}, its
 * experiments files (table {@code experiment_files}): each upload a new version.
 */
public final class JdbcWorkflowBook implements WorkflowBook {
    private final Database database;
    private final String table;

    public JdbcWorkflowBook(Database database) {
        this(database, "workflow_files");
    }

    private JdbcWorkflowBook(Database database, String table) {
        this.database = database;
        this.table = table;
    }

    /** The book of the creditor's experiments files. */
    public static JdbcWorkflowBook experiments(Database database) {
        return new JdbcWorkflowBook(database, "experiment_files");
    }

    @Override
    public StoredWorkflow save(String text, Instant at) {
        return database.inTransaction(c -> {
            int version;
            try (PreparedStatement ps = c.prepareStatement("select coalesce(max(version), 0) + 1 from " + table);
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                version = rs.getInt(1);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into " + table + " (version, content, uploaded_at) values (?,?,?)")) {
                ps.setInt(1, version);
                ps.setString(2, text);
                ps.setTimestamp(3, Timestamp.from(at));
                ps.executeUpdate();
            }
            return new StoredWorkflow(version, text, at);
        });
    }

    @Override
    public Optional<StoredWorkflow> current() {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("select version, content, uploaded_at from " + table
                    + " order by version desc limit 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new StoredWorkflow(rs.getInt(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant())) : Optional.empty();
            }
        });
    }
}
