package org.smartdunning.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartdunning.history.BatchItem;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.CreditorId;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.Payment;
import org.smartdunning.ingest.csv.CsvCreditorFolderSource;

/**
 * A share of the customers through the whole import: the customer's rows, its invoices' payments and
 * events (which name only the invoice) and its batch items are kept, another customer's are not.
 */
class CustomerShareSinkTest {
    @TempDir
    Path temp;

    @Test
    void keepsTheSharedCustomersRowsAndTheirInvoicesRowsOnly() {
        InMemoryImportStore c1 = share(id -> id.value().equals("C1"), "c1");
        CreditorHistory history = c1.loadHistory();
        assertThat(history.customers()).extracting(c -> c.id().value()).containsExactly("C1");
        assertThat(c1.invoices).extracting(i -> i.id().value()).containsExactlyInAnyOrder("I1", "I2");
        assertThat(c1.payments).extracting(Payment::id).containsExactly("P1");
        assertThat(c1.events).extracting(e -> e.invoiceId().value()).containsExactly("I2");
        assertThat(c1.inquiries).extracting(q -> q.topic()).containsExactly("invoice");
        assertThat(c1.batchItems).extracting(b -> b.invoiceId().value()).containsExactly("I2");

        InMemoryImportStore c2 = share(id -> id.value().equals("C2"), "c2");
        assertThat(c2.invoices).extracting(Invoice::customerId).containsOnly(new CustomerId("C2"));
        assertThat(c2.payments).extracting(Payment::id).containsExactlyInAnyOrder("P2", "P3");
        assertThat(c2.events).extracting(DunningEvent::invoiceId).extracting(i -> i.value()).containsOnly("I3").hasSize(2);
        assertThat(c2.batchItems).extracting(BatchItem::invoiceId).isEmpty();
    }

    /** The valid test folder imported through a store that keeps the customers {@code keep} accepts. */
    private InMemoryImportStore share(Predicate<CustomerId> keep, String name) {
        InMemoryImportStore kept = new InMemoryImportStore();
        ImportStore store = new ImportStore() {
            @Override
            public CreditorId creditor() {
                return kept.creditor();
            }

            @Override
            public Optional<ImportReceipt> findImport(String fingerprint) {
                return kept.findImport(fingerprint);
            }

            @Override
            public CreditorHistory loadHistory() {
                return kept.loadHistory();
            }

            @Override
            public HistorySink begin() {
                return new CustomerShareSink(kept.begin(), keep);
            }
        };
        new ImportCreditorFolder(new CsvCreditorFolderSource(), store).run(TestFolder.valid().writeTo(temp.resolve(name)));
        return kept;
    }
}
