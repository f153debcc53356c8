package org.smartdunning.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.smartdunning.ingest.TestFolder.AS_OF;
import static org.smartdunning.ingest.TestFolder.BATCH;
import static org.smartdunning.ingest.TestFolder.CUSTOMERS;
import static org.smartdunning.ingest.TestFolder.EVENTS;
import static org.smartdunning.ingest.TestFolder.INQUIRIES;
import static org.smartdunning.ingest.TestFolder.INVOICES;
import static org.smartdunning.ingest.TestFolder.PAYMENTS;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartdunning.history.CreditorId;
import org.smartdunning.history.BatchItem;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.Customer;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.CustomerType;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.history.Money;
import org.smartdunning.history.Payment;
import org.smartdunning.ingest.ImportCreditorFolder;
import org.smartdunning.ingest.ImportProblem;
import org.smartdunning.ingest.ImportReceipt;
import org.smartdunning.ingest.ImportRejectedException;
import org.smartdunning.ingest.RowCounts;
import org.smartdunning.ingest.TestFolder;
import org.smartdunning.ingest.csv.CsvCreditorFolderSource;

/**
 * The import against a real store. Run by one subclass per dialect: the same assertions hold for
 * DuckDB and PostgreSQL.
 */
abstract class ImportStoreContract {
    static final List<String> TABLES = List.of("customers", "invoices", "payments", "dunning_events", "inquiries",
            "imports", "batch_items");

    @TempDir
    Path temp;

    Database database;
    HistoryStore store;

    /** A URL of an existing, possibly non-empty store of the dialect under test. */
    abstract String url();

    abstract Dialect dialect();

    @BeforeEach
    void openEmptyStore() throws SQLException {
        database = Database.open(url(), CreditorId.DEFAULT);
        store = new HistoryStore(database);
        try (Statement statement = database.connection().createStatement()) {
            for (String table : TABLES) {
                statement.executeUpdate("DELETE FROM " + table);
            }
        }
    }

    @AfterEach
    void closeStore() {
        database.close();
    }

    ImportReceipt importFolder(TestFolder folder, String name) {
        return new ImportCreditorFolder(new CsvCreditorFolderSource(), store).run(folder.writeTo(temp.resolve(name)));
    }

    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        database.inTransaction(connection -> {
            for (String table : TABLES) {
                try (Statement statement = connection.createStatement();
                     ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
            return null;
        });
        return counts;
    }

    static Map<String, Long> counts(long customers, long invoices, long payments, long events, long inquiries,
                                    long imports, long batchItems) {
        Map<String, Long> counts = new LinkedHashMap<>();
        long[] values = {customers, invoices, payments, events, inquiries, imports, batchItems};
        for (int i = 0; i < TABLES.size(); i++) {
            counts.put(TABLES.get(i), values[i]);
        }
        return counts;
    }

    @Test
    void opensTheDialectOfTheUrl() {
        assertThat(database.dialect()).isEqualTo(dialect());
    }

    @Test
    void importsValidFolder() {
        ImportReceipt receipt = importFolder(TestFolder.valid(), "ok");

        assertThat(receipt.added()).isEqualTo(new RowCounts(2, 3, 3, 3, 2, 1));
        assertThat(counts()).isEqualTo(counts(2, 3, 3, 3, 2, 1, 1));
        assertThat(store.latestImport()).hasValueSatisfying(latest -> {
            assertThat(latest.importId()).isEqualTo(receipt.importId());
            assertThat(latest.fingerprint()).isEqualTo(receipt.fingerprint());
            assertThat(latest.asOf()).isEqualTo(LocalDate.of(2024, 3, 1));
            assertThat(latest.read()).isEqualTo(receipt.read());
            assertThat(latest.added()).isEqualTo(receipt.added());
            assertThat(latest.alreadyImported()).isFalse();
        });
        assertThat(store.findImport(receipt.fingerprint())).map(ImportReceipt::importId).hasValue(receipt.importId());
        assertThat(store.findImport("sha256:unknown")).isEmpty();
        assertThat(store.batch(receipt.importId()))
                .containsExactly(new BatchItem(new InvoiceId("I2"), LocalDate.of(2024, 3, 1)));
    }

    static Stream<Arguments> badFolders() {
        return Stream.of(
                bad(f -> f.remove(PAYMENTS), "history/payments.csv: file is missing"),
                bad(f -> f.line(INVOICES, 2, "I1,C1,2024-01-01,2024-01-15,\"12,50\",SEK"),
                        "history/invoices.csv:2:5 (amount): not a decimal number: '12,50'"),
                bad(f -> f.line(INQUIRIES, 3, "C2,2023-04-01,other,I9"),
                        "history/inquiries.csv:3:4 (invoice_id): unknown invoice_id 'I9': neither in invoices.csv"
                                + " nor already stored"),
                // the last file: every history row has been streamed to the store before the problem shows
                bad(f -> f.line(BATCH, 2, "I2,2024-03-32"), "batch.csv:2:2 (decide_on): not a valid date: '2024-03-32'"),
                bad(f -> f.put(AS_OF, "2024-03"), "as_of:1:1 (as_of): not a date (YYYY-MM-DD): '2024-03'"),
                // strict input: each refused with its real cause, after rows of earlier files went to the store
                bad(f -> f.line(INVOICES, 2, "I1,C1,2024-01-01,2024-01-15,12,50,SEK"),
                        "history/invoices.csv:2:7: 7 fields, but the header has 6: a value holding a ',' must be quoted"),
                bad(f -> f.line(INVOICES, 3, "I2,C1,\"2024-02-01,2024-02-15,99,SEK"),
                        "history/invoices.csv:3:3 (issued_on): a quoted value runs on to the end of the file (line 4):"
                                + " a closing quote is missing, or the value holds a line break, which no value may"),
                bad(f -> f.line(BATCH, 2, "I2,2024-03-01,"),
                        "batch.csv:2:3: 3 fields, but the header has 2: a value holding a ',' must be quoted"),
                bad(f -> f.line(INVOICES, 4, "I3,C2,2023-05-01,2023-05-31,1250.5,NKR"),
                        "history/invoices.csv:4:6 (currency): not an ISO 4217 currency code: 'NKR'"),
                bad(f -> f.line(CUSTOMERS, 3, "C2,2019-05-01,2023-06-30,business,NO,,,,,x(at)gmail,,,"),
                        "history/customers.csv:3:10 (email): not a valid e-mail address (invalid comment location)"),
                bad(f -> f.line(CUSTOMERS, 3, "C2,2019-05-01,2023-06-30,business,NO,,,,,,070-123 45 67,,"),
                        "history/customers.csv:3:11 (phone): not a valid phone number of NO"));
    }

    private static Arguments bad(UnaryOperator<TestFolder> edit, String problem) {
        return Arguments.of(edit, problem);
    }

    @ParameterizedTest
    @MethodSource("badFolders")
    void badInputIsRejectedAndLeavesEveryTableEmpty(UnaryOperator<TestFolder> edit, String problem) {
        assertThatThrownBy(() -> importFolder(edit.apply(TestFolder.valid()), "bad"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e ->
                        assertThat(e.problems()).map(ImportProblem::render).containsExactly(problem));

        assertThat(counts()).isEqualTo(counts(0, 0, 0, 0, 0, 0, 0));
        // and the store is still usable
        assertThat(importFolder(TestFolder.valid(), "ok").added().total()).isEqualTo(14);
    }

    @Test
    void storesPhoneNumbersInE164AndRecognisesThemInTheNextExport() {
        TestFolder national = TestFolder.valid().line(CUSTOMERS, 3,
                "C2,2019-05-01,2023-06-30,business,NO,,,,,,41 23 45 67,,");
        importFolder(national, "national");

        assertThat(store.loadHistory().customer(new CustomerId("C2")).phone()).isEqualTo("+4741234567");
        // the same customer in the next export, now written in E.164: the same contact, nothing replaced or added
        TestFolder next = national.copy().put(AS_OF, "2024-04-01")
                .line(CUSTOMERS, 3, "C2,2019-05-01,2023-06-30,business,NO,,,,,,+4741234567,,");
        assertThat(importFolder(next, "e164").added()).isEqualTo(new RowCounts(0, 0, 0, 0, 0, 1));
        assertThat(counts()).isEqualTo(counts(2, 3, 3, 3, 2, 2, 2));
    }

    @Test
    void reimportOfTheSameFolderAddsNothing() {
        Path folder = TestFolder.valid().writeTo(temp.resolve("f"));
        ImportCreditorFolder useCase = new ImportCreditorFolder(new CsvCreditorFolderSource(), store);
        ImportReceipt first = useCase.run(folder);

        ImportReceipt again = useCase.run(folder);

        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.importId()).isEqualTo(first.importId());
        assertThat(again.added()).isEqualTo(RowCounts.ZERO);
        assertThat(counts()).isEqualTo(counts(2, 3, 3, 3, 2, 1, 1));
    }

    @Test
    void overlappingFolderAddsOnlyNewRows() {
        ImportReceipt first = importFolder(TestFolder.valid(), "january");
        TestFolder next = TestFolder.nextExport().put(BATCH, "invoice_id,decide_on", "I4,2024-04-01", "I2,2024-04-01");

        ImportReceipt second = importFolder(next, "february");

        assertThat(second.importId()).isGreaterThan(first.importId());
        assertThat(second.added()).isEqualTo(new RowCounts(1, 1, 1, 2, 1, 2));
        assertThat(counts()).isEqualTo(counts(3, 4, 4, 5, 3, 2, 3));
        assertThat(store.latestImport()).map(ImportReceipt::importId).hasValue(second.importId());
        assertThat(store.batch(second.importId())).extracting(b -> b.invoiceId().value()).containsExactly("I4", "I2");
        assertThat(store.batch(first.importId())).extracting(b -> b.invoiceId().value()).containsExactly("I2");

        // a stored invoice with other content is refused, and nothing of that folder is written
        TestFolder changedInvoice = next.copy().put(AS_OF, "2024-05-01")
                .line(INVOICES, 2, "I1,C1,2024-01-01,2024-01-15,98.00,SEK")
                .append(INVOICES, "I5,C3,2024-04-10,2024-04-24,49.00,SEK");
        assertThatThrownBy(() -> importFolder(changedInvoice, "march"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .map(ImportProblem::render).containsExactly("history/invoices.csv:2:1 (invoice_id):"
                                + " invoice_id 'I1' is already stored with different content"));
        assertThat(counts()).isEqualTo(counts(3, 4, 4, 5, 3, 2, 3));

        // a customer row is a snapshot: the export's newer version (here: ended, another plan) replaces the stored one
        TestFolder churned = next.copy().put(AS_OF, "2024-05-01")
                .line(CUSTOMERS, 4, "C3,2024-03-10,2024-04-30,private,SE,sv,,,card,,,premium,49.00")
                .append(INVOICES, "I5,C3,2024-04-10,2024-04-24,49.00,SEK");
        importFolder(churned, "march");
        assertThat(counts()).isEqualTo(counts(3, 5, 4, 5, 3, 3, 5));
        Customer c3 = store.loadHistory().customer(new CustomerId("C3"));
        assertThat(c3.endedOn()).isEqualTo(LocalDate.of(2024, 4, 30));
        assertThat(c3.plan()).isEqualTo("premium");
    }

    @Test
    void loadHistoryRoundTripsAllFields() {
        importFolder(TestFolder.valid(), "ok");

        CreditorHistory history = store.loadHistory();

        assertThat(history.customers()).containsExactlyInAnyOrder(
                new Customer(new CustomerId("C1"), LocalDate.of(2020, 1, 15), null, CustomerType.PRIVATE, "SE", "sv",
                        "111 22", 1980, "direct_debit", "anna@example.com", "+46701234567", "Basic, monthly",
                        new Money(9900)),
                new Customer(new CustomerId("C2"), LocalDate.of(2019, 5, 1), LocalDate.of(2023, 6, 30),
                        CustomerType.BUSINESS, "NO", null, null, null, null, null, null, null, null));
        assertThat(history.invoices()).containsExactlyInAnyOrder(
                new Invoice(new InvoiceId("I1"), new CustomerId("C1"), LocalDate.of(2024, 1, 1),
                        LocalDate.of(2024, 1, 15), new Money(9900), "SEK"),
                new Invoice(new InvoiceId("I2"), new CustomerId("C1"), LocalDate.of(2024, 2, 1),
                        LocalDate.of(2024, 2, 15), new Money(9900), "SEK"),
                new Invoice(new InvoiceId("I3"), new CustomerId("C2"), LocalDate.of(2023, 5, 1),
                        LocalDate.of(2023, 5, 31), new Money(125050), "NOK"));
        assertThat(history.invoicesOf(new CustomerId("C1"))).extracting(i -> i.id().value()).containsExactly("I1", "I2");
        assertThat(history.paymentsOf(new InvoiceId("I3"))).containsExactlyInAnyOrder(
                new Payment("P2", new InvoiceId("I3"), LocalDate.of(2023, 6, 10), new Money(100000)),
                new Payment("P3", new InvoiceId("I3"), LocalDate.of(2023, 6, 20), new Money(25050)));
        assertThat(history.paymentCount()).isEqualTo(3);
        assertThat(history.events()).containsExactly(
                new DunningEvent(new InvoiceId("I3"), LocalDate.of(2023, 6, 5), DunningAction.LETTER, new Money(6000),
                        null, null, 1.0),
                new DunningEvent(new InvoiceId("I3"), LocalDate.of(2023, 6, 15), DunningAction.COLLECTION, Money.ZERO,
                        null, null, null),
                new DunningEvent(new InvoiceId("I2"), LocalDate.of(2024, 2, 20), DunningAction.SMS, Money.ZERO,
                        "exp1", "sms", 0.2));
        assertThat(history.inquiriesOf(new CustomerId("C1")))
                .containsExactly(new Inquiry(new CustomerId("C1"), LocalDate.of(2024, 2, 22), "invoice",
                        new InvoiceId("I2")));
        assertThat(history.inquiriesOf(new CustomerId("C2")))
                .containsExactly(new Inquiry(new CustomerId("C2"), LocalDate.of(2023, 4, 1), "other", null));
    }

    @Test
    void loadHistoryOfBatchHoldsTheBatchCustomersRowsAsTheWholeHistoryDoesAndNoOtherCustomers() {
        ImportReceipt receipt = importFolder(TestFolder.valid(), "ok");
        CreditorHistory whole = store.loadHistory();

        CreditorHistory batch = store.loadHistoryOfBatch(receipt.importId()); // the batch is I2, of C1

        CustomerId c1 = new CustomerId("C1");
        assertThat(batch.customers()).containsExactly(whole.customer(c1));
        assertThat(batch.invoicesOf(c1)).isEqualTo(whole.invoicesOf(c1)).hasSize(2);
        for (Invoice invoice : whole.invoicesOf(c1)) {
            assertThat(batch.paymentsOf(invoice.id())).isEqualTo(whole.paymentsOf(invoice.id()));
        }
        assertThat(batch.events()).containsExactly(new DunningEvent(new InvoiceId("I2"), LocalDate.of(2024, 2, 20),
                DunningAction.SMS, Money.ZERO, "exp1", "sms", 0.2));
        assertThat(batch.inquiriesOf(c1)).isEqualTo(whole.inquiriesOf(c1)).hasSize(1);
        assertThat(batch.customer(new CustomerId("C2"))).isNull();
        assertThat(batch.invoice(new InvoiceId("I3"))).isNull();
        assertThat(batch.paymentCount()).isEqualTo(1);
        assertThat(batch.inquiryCount()).isEqualTo(1);
    }

    @Test
    void countsTheActionsOnOverdueInvoicesOutsideExperiments() {
        importFolder(TestFolder.valid(), "ok");

        // I3's letter and collection came after its due date; I2's SMS was an experiment's
        assertThat(store.overdueActionsOutsideExperiments())
                .isEqualTo(Map.of(DunningAction.LETTER, 1, DunningAction.COLLECTION, 1));
    }

    @Test
    void loadHistoryKeepsRowsWhoseReferenceIsNotStored() {
        importFolder(TestFolder.valid(), "ok");
        database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO payments (payment_id, invoice_id, paid_on, amount)"
                        + " VALUES ('PX', 'I404', DATE '2024-01-02', 5.25)");
            }
            return null;
        });

        CreditorHistory history = store.loadHistory();

        assertThat(history.paymentsOf(new InvoiceId("I404")))
                .containsExactly(new Payment("PX", new InvoiceId("I404"), LocalDate.of(2024, 1, 2), new Money(525)));
        assertThat(history.paymentCount()).isEqualTo(4);
    }


    @Test
    void inTransactionRollsBackOnFailure() {
        assertThatThrownBy(() -> database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO batch_items (import_id, position, invoice_id, decide_on)"
                        + " VALUES (99, 1, 'I1', DATE '2024-01-01')");
            }
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(counts().get("batch_items")).isZero();
    }
}
