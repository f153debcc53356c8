package org.smartdunning.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartdunning.history.CreditorId;
import org.smartdunning.history.Money;

/** Values written as binary COPY rows read back from PostgreSQL as the text the server makes of them. */
class PostgresBinaryRowsIT {

    @Test
    void everyFieldTypeReadsBackAsWritten() throws SQLException {
        List<String> rows;
        try (PostgresSchema schema = new PostgresSchema(); Database database = Database.open(schema.url(),
                CreditorId.DEFAULT)) {
            Connection connection = database.connection();
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE copy_values (n INTEGER, amount DECIMAL(18,2), label VARCHAR, day DATE,"
                        + " share DOUBLE PRECISION, id BIGINT)");
            }
            connection.setAutoCommit(false);
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
            rows = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT concat_ws('|', n, coalesce(amount::text, 'null'),"
                         + " coalesce(label, 'null'), coalesce(day::text, 'null'), coalesce(share::text, 'null'), id)"
                         + " FROM copy_values ORDER BY n")) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            connection.setAutoCommit(true);
        }
        assertThat(rows).containsExactly(
                "1|0.00|plain|2000-01-01|0.1|9223372036854775807",
                "2|0.01|Åsa Öberg, \"quoted\"|1999-12-31|null|-1",
                "3|-0.01|emoji 😀 after|1900-03-01|1|0",
                "4|-123456.78|null|null|2.5e-07|7",
                "5|10000.00|null|2099-12-31|null|8",
                "6|9999999999999999.99|x|2024-02-29|null|9",
                "7|100000000.01|y|2024-03-01|null|10",
                "8|null|z|2024-03-01|null|11");
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
}
