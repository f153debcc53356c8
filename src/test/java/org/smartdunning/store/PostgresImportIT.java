package org.smartdunning.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.smartdunning.ingest.TestFolder.BATCH;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smartdunning.ingest.ImportRejectedException;
import org.smartdunning.ingest.TestFolder;

/**
 * The import contract on PostgreSQL, in a fresh schema for this class; and the keys and indexes an
 * import into empty tables drops and builds again.
 */
class PostgresImportIT extends ImportStoreContract {
    private static PostgresSchema schema;

    @BeforeAll
    static void createSchema() {
        schema = new PostgresSchema();
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        schema.close();
    }

    @Override
    String url() {
        return schema.url();
    }

    @Override
    Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    @Test
    void firstImportEndsWithEveryKeyAndIndexOfTheMigration() throws SQLException {
        List<String> before = indexes();

        importFolder(TestFolder.valid(), "ok");

        assertThat(before).contains("customers_pkey", "invoices_pkey", "payments_invoice_idx",
                "dunning_events_experiment_idx", "inquiries_customer_idx", "batch_items_pkey");
        assertThat(indexes()).isEqualTo(before);
        assertThatThrownBy(() -> database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate("INSERT INTO customers (customer_id, created_on, type, country)"
                        + " VALUES ('C1', DATE '2020-01-01', 'private', 'SE')");
            }
        })).hasMessageContaining("customers_pkey");
    }

    @Test
    void rejectedFirstImportLeavesEveryKeyAndIndex() throws SQLException {
        List<String> before = indexes();

        // every history row has been copied when the batch's problem shows
        assertThatThrownBy(() -> importFolder(TestFolder.valid().line(BATCH, 2, "I2,2024-03-32"), "bad"))
                .isInstanceOf(ImportRejectedException.class);

        assertThat(indexes()).isEqualTo(before);
        assertThat(counts().values()).containsOnly(0L);
    }

    /** Each index of the creditor's schema with its definition, keys included. */
    private List<String> indexes() throws SQLException {
        List<String> definitions = new ArrayList<>();
        try (PreparedStatement statement = database.connection().prepareStatement(
                "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = ? ORDER BY 1")) {
            statement.setString(1, database.schema());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    definitions.add(rs.getString(1));
                    definitions.add(rs.getString(2));
                }
            }
        }
        return definitions;
    }
}
