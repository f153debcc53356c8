package org.smartdunning.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartdunning.history.CreditorId;

/** Both dialects' migrations describe one logical schema: same tables, columns, types and nullability. */
class SchemaParityIT {
    @TempDir
    Path temp;

    @Test
    void duckDbAndPostgresHaveTheSameTablesAndColumns() throws Exception {
        Set<String> duck;
        try (Database database = Database.open("jdbc:duckdb:" + temp.resolve("parity.duckdb"), CreditorId.DEFAULT)) {
            duck = columns(database, database.schema());
        }
        Set<String> postgres;
        try (PostgresSchema schema = new PostgresSchema(); Database database = Database.open(schema.url(), CreditorId.DEFAULT)) {
            postgres = columns(database, database.schema());
        }
        assertThat(duck).contains("customers.monthly_fee decimal(18,2) YES", "imports.import_id bigint NO",
                "dunning_events.propensity double YES", "invoices.due_on date NO");
        assertThat(postgres).isEqualTo(duck);
    }

    @Test
    void postgresSchemaFromUrlNamesTheCreditorsSchemas() throws Exception {
        try (PostgresSchema schema = new PostgresSchema(); Database database = Database.open(schema.url(), CreditorId.DEFAULT)) {
            assertThat(database.schema()).isEqualTo(schema.name() + "_creditor_1");
            try (ResultSet rs = database.connection().createStatement().executeQuery("SELECT current_schema()")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(database.schema());
            }
            assertThat(columns(database, database.schema())).isNotEmpty();
            // the base schema holds the registry alone: no creditor's rows
            try (PreparedStatement tables = database.connection().prepareStatement(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = ? ORDER BY 1")) {
                tables.setString(1, schema.name());
                List<String> names = new ArrayList<>();
                try (ResultSet rs = tables.executeQuery()) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
                assertThat(names).containsExactly("admin_idempotency_keys", "api_keys", "creditor_work", "creditors",
                        "flyway_registry_history");
            }
        }
    }

    @Test
    void otherDatabasesAreRefusedClearly() {
        assertThatThrownBy(() -> Database.open("jdbc:h2:mem:x", CreditorId.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unsupported database URL 'jdbc:h2:mem:x'");
    }

    private static Set<String> columns(Database database, String schema) throws Exception {
        Set<String> columns = new TreeSet<>();
        try (PreparedStatement statement = database.connection().prepareStatement(
                "SELECT table_name, column_name, data_type, is_nullable, numeric_precision, numeric_scale"
                        + " FROM information_schema.columns WHERE table_schema = ?"
                        + " AND table_name <> 'flyway_schema_history'")) {
            statement.setString(1, schema);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String type = normalise(rs.getString(3));
                    if (type.equals("decimal")) {
                        type += "(" + rs.getInt(5) + "," + rs.getInt(6) + ")";
                    }
                    columns.add(rs.getString(1) + "." + rs.getString(2) + " " + type + " " + rs.getString(4));
                }
            }
        }
        return columns;
    }

    /** The two catalogs' spellings of the same SQL types. */
    private static String normalise(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        if (t.startsWith("decimal") || t.equals("numeric")) {
            return "decimal";
        }
        return switch (t) {
            case "character varying", "varchar", "text" -> "varchar";
            case "double precision", "double" -> "double";
            case "timestamp without time zone", "timestamp" -> "timestamp";
            case "bytea", "blob" -> "binary";
            default -> t;
        };
    }
}
