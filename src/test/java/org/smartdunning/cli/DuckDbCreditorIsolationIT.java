package org.smartdunning.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartdunning.cli.CliRun.dunning;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.smartdunning.testing.StoreHolder;

/** Creditors kept apart in one embedded DuckDB file; a second process on the file stops at once. */
class DuckDbCreditorIsolationIT extends CreditorIsolationContract {
    private final AtomicInteger stores = new AtomicInteger();

    @Override
    String freshStore() {
        return "jdbc:duckdb:" + temp.resolve("store-" + stores.incrementAndGet() + ".duckdb");
    }

    @Test
    void aSecondProcessOnTheStoreStopsAtOnceNamingTheFirst() throws Exception {
        String store = freshStore();
        Path data = world("acme", 21);
        try (StoreHolder holder = StoreHolder.start(store, "acme")) {
            CliRun second = dunning("decide", "--data", data.toString(), "--out", temp.resolve("d.csv").toString(),
                    "--db", store, "--creditor", "bolt");

            assertThat(second.exit()).isEqualTo(StoreOptions.BUSY);
            assertThat(second.err().strip()).isEqualTo("decide failed: the store " + Path.of(store.substring(12)).getFileName()
                    + " is in use by process " + holder.pid() + "; wait until it ends (an embedded store takes one"
                    + " process at a time; PostgreSQL takes one per creditor)");
            assertThat(second.out()).as("no work began").isEmpty();
        }
        CliRun after = dunning("import", "--data", data.toString(), "--db", store, "--creditor", "acme");
        assertThat(after.exit()).as("free again once the holder is gone: " + after.err()).isZero();
    }
}
