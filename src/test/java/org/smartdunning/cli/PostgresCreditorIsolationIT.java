package org.smartdunning.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartdunning.cli.CliRun.dunning;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smartdunning.history.CreditorId;
import org.smartdunning.store.Database;
import org.smartdunning.store.PostgresSchema;
import org.smartdunning.testing.StoreHolder;

/**
 * Creditors kept apart on PostgreSQL, where the schema per creditor is a second wall: a query that
 * forgets the creditor still sees one creditor's rows. Two commands on one creditor: the second
 * stops at once naming the first; another creditor's command runs beside them.
 */
class PostgresCreditorIsolationIT extends CreditorIsolationContract {
    private final List<PostgresSchema> schemas = new ArrayList<>();

    @Override
    String freshStore() {
        PostgresSchema schema = new PostgresSchema();
        schemas.add(schema);
        return schema.url();
    }

    @AfterEach
    void dropSchemas() throws Exception {
        for (PostgresSchema schema : schemas) {
            schema.close();
        }
    }

    @Test
    void aQueryThatForgetsTheCreditorStillSeesOnlyOne() throws Exception {
        String store = freshStore();
        Path data = world("acme", 21);
        assertThat(dunning("import", "--data", data.toString(), "--db", store, "--creditor", "acme").exit()).isZero();
        assertThat(dunning("import", "--data", data.toString(), "--db", store, "--creditor", "bolt").exit()).isZero();
        String someCustomer = java.nio.file.Files.readAllLines(data.resolve("history/customers.csv")).get(1).split(",")[0];

        try (Database acme = Database.open(store, new CreditorId("acme"));
             Statement s = acme.connection().createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM customers")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(1200);
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM invoices i JOIN customers c"
                    + " ON c.customer_id = i.customer_id WHERE c.customer_id = '" + someCustomer + "'")) {
                rs.next();
                long invoices = rs.getLong(1);
                assertThat(invoices).isPositive();
                try (ResultSet all = s.executeQuery("SELECT count(*) FROM invoices WHERE customer_id = '" + someCustomer + "'")) {
                    all.next();
                    assertThat(all.getLong(1)).as("the same id of the other creditor is not there").isEqualTo(invoices);
                }
            }
        }
    }

    @Test
    void aSecondCommandOnABusyCreditorStopsAtOnceWhileAnotherCreditorRuns() throws Exception {
        String store = freshStore();
        Path data = world("acme", 21);
        try (StoreHolder holder = StoreHolder.start(store, "acme")) {
            CliRun second = dunning("decide", "--data", data.toString(), "--out", temp.resolve("a.csv").toString(),
                    "--db", store, "--creditor", "acme");
            assertThat(second.exit()).isEqualTo(StoreOptions.BUSY);
            assertThat(second.err().strip()).matches("decide failed: creditor 'acme' is in use by `dunning decide` \\(process "
                    + holder.pid() + " on .+, since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\); wait until it ends");
            assertThat(second.out()).as("no work began").isEmpty();

            CliRun other = dunning("decide", "--data", data.toString(), "--out", temp.resolve("b.csv").toString(),
                    "--db", store, "--creditor", "bolt");
            assertThat(other.exit()).as("another creditor is not blocked: " + other.err()).isZero();
        }
        CliRun after = dunning("import", "--data", data.toString(), "--db", store, "--creditor", "acme");
        assertThat(after.exit()).as("free again once the holder is gone: " + after.err()).isZero();
    }
}
