package org.smartdunning.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartdunning.history.CreditorId;
import org.smartdunning.history.Money;

/**
 * Binary COPY rows read back from PostgreSQL as the text the server makes of them; and the
 * failures of a COPY or of a deferred key's build, which reach the caller and roll back cleanly.
 */
class PostgresCopyStreamIT {
    private PostgresSchema schema;
    private Database database;
    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        schema = new PostgresSchema();
        database = Database.open(schema.url(), CreditorId.DEFAULT);
        connection = database.connection();
        execute("CREATE TABLE copy_values (n INTEGER, amount DECIMAL(18,2), label VARCHAR, day DATE,"
                + " share DOUBLE PRECISION, id BIGINT)");
        execute("CREATE TABLE keyed (id VARCHAR NOT NULL PRIMARY KEY, n INTEGER NOT NULL)");
        execute("CREATE INDEX keyed_n_idx ON keyed (n)");
        connection.setAutoCommit(false);
    }

    @AfterEach
    void close() throws SQLException {
        connection.rollback();
        connection.setAutoCommit(true);
        database.close();
        schema.close();
    }

    @Test
    void everyFieldTypeReadsBackAsWritten() throws SQLException {
        PostgresCopyStream stream = new PostgresCopyStream(connection);
        row(stream, 1, new Money(0), "plain", LocalDate.of(2000, 1, 1), 0.1, Long.MAX_VALUE);
        row(stream, 2, new Money(1), "Åsa Öberg, \"quoted\"", LocalDate.of(1999, 12, 31), null, -1);
        row(stream, 3, new Money(-1), "emoji 😀 after", LocalDate.of(1900, 3, 1), 1.0, 0);
        row(stream, 4, new Money(-12_345_678), "", null, 2.5e-7, 7);
        row(stream, 5, new Money(1_000_000), null, LocalDate.of(2099, 12, 31), null, 8);
        row(stream, 6, new Money(999_999_999_999_999_999L), "x", LocalDate.of(2024, 2, 29), null, 9);
        row(stream, 7, new Money(10_000_000_001L), "y", LocalDate.of(2024, 3, 1), null, 10);
        row(stream, 8, null, "z", LocalDate.of(2024, 3, 1), null, 11);
        stream.finish();
        connection.commit();

        assertThat(strings("SELECT concat_ws('|', n, coalesce(amount::text, 'null'), coalesce(label, 'null'),"
                + " coalesce(day::text, 'null'), coalesce(share::text, 'null'), id) FROM copy_values ORDER BY n"))
                .containsExactly(
                        "1|0.00|plain|2000-01-01|0.1|9223372036854775807",
                        "2|0.01|Åsa Öberg, \"quoted\"|1999-12-31|null|-1",
                        "3|-0.01|emoji 😀 after|1900-03-01|1|0",
                        "4|-123456.78|null|null|2.5e-07|7",
                        "5|10000.00|null|2099-12-31|null|8",
                        "6|9999999999999999.99|x|2024-02-29|null|9",
                        "7|100000000.01|y|2024-03-01|null|10",
                        "8|null|z|2024-03-01|null|11");
    }

    @Test
    void keysOfAnEmptyTableAreBuiltAfterItsRowsAndADuplicateFailsTheBuild() throws SQLException {
        PostgresCopyStream stream = new PostgresCopyStream(connection);
        for (int i = 0; i < 50_000; i++) {
            keyed(stream, "K" + i, i);
        }
        keyed(stream, "K7", -7);

        assertThatThrownBy(stream::finish).isInstanceOf(SQLException.class).hasMessageContaining("keyed_pkey");
        connection.rollback();
        assertThat(strings("SELECT indexname FROM pg_indexes WHERE tablename = 'keyed' ORDER BY 1"))
                .containsExactly("keyed_n_idx", "keyed_pkey");
        assertThat(strings("SELECT count(*) FROM keyed")).containsExactly("0");
    }

    @Test
    void keysAreBuiltWithTheImportsSortSettingsWhichEndWithItsTransaction() throws SQLException {
        String settings = "SELECT current_setting('maintenance_work_mem') || ' '"
                + " || current_setting('max_parallel_maintenance_workers')";
        List<String> server = strings(settings);
        PostgresCopyStream stream = new PostgresCopyStream(connection);
        keyed(stream, "K1", 1);
        stream.finish();

        assertThat(strings(settings)).containsExactly("256MB 0");
        connection.rollback();
        assertThat(strings(settings)).isEqualTo(server);
    }

    @Test
    void aRowTheServerRefusesFailsTheCopyAndAnAbortCancelsIt() throws SQLException {
        PostgresCopyStream stream = new PostgresCopyStream(connection);
        keyed(stream, null, 1); // NOT NULL: refused when its chunk reaches the server
        assertThatThrownBy(() -> {
            for (int i = 0; i < 200_000; i++) {
                keyed(stream, "K" + i, i);
            }
            stream.finish();
        }).isInstanceOf(SQLException.class).hasMessageContaining("null value");
        stream.abort();
        connection.rollback();
        assertThat(strings("SELECT count(*) FROM keyed")).containsExactly("0");
        assertThat(strings("SELECT indexname FROM pg_indexes WHERE tablename = 'keyed' ORDER BY 1"))
                .containsExactly("keyed_n_idx", "keyed_pkey");
    }

    private static void keyed(PostgresCopyStream stream, String id, int n) throws SQLException {
        PostgresBinaryRows r = stream.row("keyed", "id, n", 2);
        r.text(id);
        r.integer(n);
        stream.endRow();
    }

    private static void row(PostgresCopyStream stream, int n, Money amount, String label, LocalDate day, Double share,
                            long id) throws SQLException {
        PostgresBinaryRows r = stream.row("copy_values", "n, amount, label, day, share, id", 6);
        r.integer(n);
        r.money(amount);
        r.text(label);
        r.date(day);
        r.float8(share);
        r.bigint(id);
        stream.endRow();
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
