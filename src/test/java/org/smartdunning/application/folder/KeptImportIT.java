package org.smartdunning.application.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartdunning.bootstrap.Engine;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.CreditorId;
import org.smartdunning.ingest.ImportProgress;
import org.smartdunning.store.Database;
import org.smartdunning.world.WorldPresets;
import org.smartdunning.world.files.WorldFolder;

/**
 * A folder imported into an empty store is decided from the rows the import kept: the same history, list
 * for list and value for value, as the store reads back, on every preset world.
 */
class KeptImportIT {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T06:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    @Test
    void theKeptRowsAreTheHistoryTheStoreReadsBack() throws Exception {
        for (String world : List.of("nordic-telecom", "email-first", "costly-collection", "mixed-credit")) {
            Path data = temp.resolve(world);
            WorldFolder.generate(data, WorldPresets.named(world), LocalDate.of(2026, 6, 1), 7, 400);
            try (Database database = Database.open("jdbc:duckdb:" + temp.resolve(world + ".duckdb"), CreditorId.DEFAULT)) {
                LoadFolder loader = Engine.on(database, CLOCK).loadFolder(ImportProgress.NONE, new FolderListener() { });
                CreditorHistory kept = loader.load(data).history();
                // the same folder again is recognised as imported: its history is read back from the store
                CreditorHistory stored = loader.load(data).history();

                assertThat(kept).isNotSameAs(stored);
                assertThat(List.copyOf(kept.customers())).as(world).isEqualTo(List.copyOf(stored.customers()));
                assertThat(List.copyOf(kept.invoices())).as(world).isEqualTo(List.copyOf(stored.invoices()));
                assertThat(kept.events()).as(world).isEqualTo(stored.events()).isNotEmpty();
                kept.invoices().forEach(i -> assertThat(kept.paymentsOf(i.id())).isEqualTo(stored.paymentsOf(i.id())));
                kept.customers().forEach(c -> {
                    assertThat(kept.invoicesOf(c.id())).isEqualTo(stored.invoicesOf(c.id()));
                    assertThat(kept.inquiriesOf(c.id())).isEqualTo(stored.inquiriesOf(c.id()));
                });
                // an invoice's payments and events are handed out with the id they were asked for: no id string is made
                kept.invoices().forEach(i -> {
                    kept.paymentsOf(i.id()).forEach(p -> assertThat(p.invoiceId()).isSameAs(i.id()));
                    kept.eventsOf(i.id()).forEach(e -> assertThat(e.invoiceId()).isSameAs(i.id()));
                });
                assertThat(kept.paymentCount()).isEqualTo(stored.paymentCount()).isPositive();
                assertThat(kept.inquiryCount()).isEqualTo(stored.inquiryCount()).isPositive();
            }
        }
    }
}
