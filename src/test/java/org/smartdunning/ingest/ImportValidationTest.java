package org.smartdunning.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.smartdunning.ingest.TestFolder.AS_OF;
import static org.smartdunning.ingest.TestFolder.BATCH;
import static org.smartdunning.ingest.TestFolder.CUSTOMERS;
import static org.smartdunning.ingest.TestFolder.EVENTS;
import static org.smartdunning.ingest.TestFolder.INQUIRIES;
import static org.smartdunning.ingest.TestFolder.INVOICES;
import static org.smartdunning.ingest.TestFolder.PAYMENTS;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartdunning.history.Customer;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.CustomerType;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.history.Money;
import org.smartdunning.ingest.csv.CsvCreditorFolderSource;

/** The import rules on small folders, with an in-memory store: every bad input and its exact report. */
class ImportValidationTest {
    private static final String C1_LINE = "C1,2020-01-15,,private,SE,sv,111 22,1980,direct_debit,anna@example.com,"
            + "+46701234567,\"Basic, monthly\",99.00";

    @TempDir
    Path temp;

    private final InMemoryImportStore store = new InMemoryImportStore();

    private ImportReceipt importFolder(TestFolder folder, String name) {
        return new ImportCreditorFolder(new CsvCreditorFolderSource(), store).run(folder.writeTo(temp.resolve(name)));
    }

    static Stream<Arguments> badFolders() {
        return Stream.of(
                bad("missing history file", f -> f.remove(PAYMENTS), "history/payments.csv: file is missing"),
                bad("missing batch", f -> f.remove(BATCH), "batch.csv: file is missing"),
                bad("missing as_of", f -> f.remove(AS_OF), "as_of: file is missing"),
                bad("malformed as_of", f -> f.put(AS_OF, "1 March 2024"),
                        "as_of:1:1 (as_of): not a date (YYYY-MM-DD): '1 March 2024'"),
                bad("phone number in as_of is masked", f -> f.put(AS_OF, "+46701234567"),
                        "as_of:1:1 (as_of): not a date (YYYY-MM-DD): '+4670*****67'"),
                bad("missing column", f -> f.line(INVOICES, 1, "invoice_id,customer_id,issued_on,due_on,amount"),
                        "history/invoices.csv:1 (currency): missing required column"),
                bad("empty required value", f -> f.line(CUSTOMERS, 2, C1_LINE.replace(",SE,", ",,")),
                        "history/customers.csv:2:5 (country): required value is empty"),
                bad("empty batch date", f -> f.line(BATCH, 2, "I2,"),
                        "batch.csv:2:2 (decide_on): required value is empty"),
                bad("impossible date", f -> f.line(INVOICES, 2, "I1,C1,2024-01-32,2024-01-15,99.00,SEK"),
                        "history/invoices.csv:2:3 (issued_on): not a valid date: '2024-01-32'"),
                bad("non-ISO date", f -> f.line(INVOICES, 3, "I2,C1,2024-02-01,15.02.2024,99,SEK"),
                        "history/invoices.csv:3:4 (due_on): not a date (YYYY-MM-DD): '15.02.2024'"),
                bad("decimal comma", f -> f.line(INVOICES, 2, "I1,C1,2024-01-01,2024-01-15,\"12,50\",SEK"),
                        "history/invoices.csv:2:5 (amount): not a decimal number: '12,50'"),
                bad("three decimals", f -> f.line(INVOICES, 2, "I1,C1,2024-01-01,2024-01-15,99.999,SEK"),
                        "history/invoices.csv:2:5 (amount): more than two decimals: '99.999'"),
                bad("exponent", f -> f.line(PAYMENTS, 2, "P1,I1,2024-01-14,1e2"),
                        "history/payments.csv:2:4 (amount): not a decimal number: '1e2'"),
                bad("negative invoice amount", f -> f.line(INVOICES, 2, "I1,C1,2024-01-01,2024-01-15,-99.00,SEK"),
                        "history/invoices.csv:2:5 (amount): must not be negative: '-99.00'"),
                bad("negative payment", f -> f.line(PAYMENTS, 2, "P1,I1,2024-01-14,-99.00"),
                        "history/payments.csv:2:4 (amount): must not be negative: '-99.00'"),
                bad("negative fee", f -> f.line(EVENTS, 2, "I2,2024-02-20,reminder,sms,-1,exp1,sms,0.2"),
                        "history/dunning_events.csv:2:5 (fee): must not be negative: '-1'"),
                bad("negative monthly fee", f -> f.line(CUSTOMERS, 2, C1_LINE.replace(",99.00", ",-99.00")),
                        "history/customers.csv:2:13 (monthly_fee): must not be negative: '-99.00'"),
                bad("bad type", f -> f.line(CUSTOMERS, 2, C1_LINE.replace("private", "person")),
                        "history/customers.csv:2:4 (type): type must be 'private' or 'business', was 'person'"),
                bad("bad action", f -> f.line(EVENTS, 2, "I2,2024-02-20,call,sms,0,exp1,sms,0.2"),
                        "history/dunning_events.csv:2:3 (action): action must be none, reminder or collection, was 'call'"),
                bad("bad channel", f -> f.line(EVENTS, 2, "I2,2024-02-20,reminder,fax,0,exp1,sms,0.2"),
                        "history/dunning_events.csv:2:4 (channel): reminder channel must be sms, email or letter, was 'fax'"),
                bad("bad collection channel", f -> f.line(EVENTS, 4, "I3,2023-06-15,collection,sms,0,,,"),
                        "history/dunning_events.csv:4:4 (channel): collection channel must be 'agency', was 'sms'"),
                bad("zero propensity", f -> f.line(EVENTS, 2, "I2,2024-02-20,reminder,sms,0,exp1,sms,0"),
                        "history/dunning_events.csv:2:8 (propensity): must be a probability in (0, 1]: '0'"),
                bad("propensity above one", f -> f.line(EVENTS, 2, "I2,2024-02-20,reminder,sms,0,exp1,sms,1.5"),
                        "history/dunning_events.csv:2:8 (propensity): must be a probability in (0, 1]: '1.5'"),
                bad("propensity not a number", f -> f.line(EVENTS, 2, "I2,2024-02-20,reminder,sms,0,exp1,sms,high"),
                        "history/dunning_events.csv:2:8 (propensity): not a number: 'high'"),
                bad("bad birth year", f -> f.line(CUSTOMERS, 2, C1_LINE.replace(",1980,", ",80,")),
                        "history/customers.csv:2:8 (birth_year): not a year (4 digits): '80'"),
                bad("duplicate customer", f -> f.append(CUSTOMERS, "C1,2021-01-01,,private,SE,,,,,,,,"),
                        "history/customers.csv:4:1 (customer_id): duplicate customer_id 'C1'"),
                bad("duplicate invoice", f -> f.append(INVOICES, "I1,C1,2024-01-01,2024-01-15,99.00,SEK"),
                        "history/invoices.csv:5:1 (invoice_id): duplicate invoice_id 'I1'"),
                bad("duplicate payment", f -> f.append(PAYMENTS, "P1,I1,2024-01-14,99.00"),
                        "history/payments.csv:5:1 (payment_id): duplicate payment_id 'P1'"),
                bad("duplicate batch item", f -> f.append(BATCH, "I2,2024-03-02"),
                        "batch.csv:3:1 (invoice_id): duplicate invoice_id 'I2' in the batch"),
                bad("invoice of unknown customer", f -> f.line(INVOICES, 2, "I1,C9,2024-01-01,2024-01-15,99.00,SEK"),
                        "history/invoices.csv:2:2 (customer_id): unknown customer_id 'C9': neither in customers.csv"
                                + " nor already stored"),
                bad("payment of unknown invoice", f -> f.line(PAYMENTS, 2, "P1,I9,2024-01-14,99.00"),
                        "history/payments.csv:2:2 (invoice_id): unknown invoice_id 'I9': neither in invoices.csv"
                                + " nor already stored"),
                bad("event of unknown invoice", f -> f.line(EVENTS, 3, "I9,2023-06-05,reminder,letter,60.00,,,1"),
                        "history/dunning_events.csv:3:1 (invoice_id): unknown invoice_id 'I9': neither in invoices.csv"
                                + " nor already stored"),
                bad("inquiry of unknown customer", f -> f.line(INQUIRIES, 2, "C9,2024-02-22,invoice,I2"),
                        "history/inquiries.csv:2:1 (customer_id): unknown customer_id 'C9': neither in customers.csv"
                                + " nor already stored"),
                bad("inquiry about unknown invoice", f -> f.line(INQUIRIES, 3, "C2,2023-04-01,other,I9"),
                        "history/inquiries.csv:3:4 (invoice_id): unknown invoice_id 'I9': neither in invoices.csv"
                                + " nor already stored"),
                bad("batch of unknown invoice", f -> f.line(BATCH, 2, "I9,2024-03-01"),
                        "batch.csv:2:1 (invoice_id): unknown invoice_id 'I9': neither in invoices.csv"
                                + " nor already stored"),
                bad("due before issue", f -> f.line(INVOICES, 2, "I1,C1,2024-01-01,2023-12-20,99.00,SEK"),
                        "history/invoices.csv:2:4 (due_on): due_on 2023-12-20 is before issued_on 2024-01-01"),
                bad("ended before created", f -> f.line(CUSTOMERS, 3, "C2,2019-05-01,2019-01-01,business,NO,,,,,,,,"),
                        "history/customers.csv:3:3 (ended_on): ended_on 2019-01-01 is before created_on 2019-05-01"),
                bad("short row", f -> f.line(PAYMENTS, 2, "P1,I1"),
                        "history/payments.csv:2:3 (paid_on): 2 fields, but the header has 4"),
                // the payment and the event of I1 are not reported as unknown: the row was not read
                bad("unquoted decimal comma", f -> f.line(INVOICES, 2, "I1,C1,2024-01-01,2024-01-15,12,50,SEK"),
                        "history/invoices.csv:2:7: 7 fields, but the header has 6: a value holding a ',' must be quoted"),
                bad("trailing comma", f -> f.line(BATCH, 2, "I2,2024-03-01,"),
                        "batch.csv:2:3: 3 fields, but the header has 2: a value holding a ',' must be quoted"),
                // I2 and I3 are swallowed by the open quote; their payments, events and batch item are not blamed
                bad("unterminated quote", f -> f.line(INVOICES, 3, "I2,C1,\"2024-02-01,2024-02-15,99,SEK"),
                        "history/invoices.csv:3:3 (issued_on): a quoted value runs on to the end of the file (line 4):"
                                + " a closing quote is missing, or the value holds a line break, which no value may"),
                // the later quotes, now off by one, keep the value open to the end
                bad("open quote before quoted values", f -> f.line(CUSTOMERS, 3, "C2,2019-05-01,2023-06-30,business,\"NO,,,,,,,,")
                                .append(CUSTOMERS, "C3,2024-03-10,,private,SE,sv,,,card,,,basic,49.00",
                                        "C4,2024-03-10,,private,SE,sv,,,card,,,\"basic\",49.00"),
                        "history/customers.csv:3:5 (country): a quoted value runs on to the end of the file (line 5):"
                                + " a closing quote is missing, or the value holds a line break, which no value may"),
                bad("e-mail with a header injected", f -> f.line(CUSTOMERS, 2,
                                C1_LINE.replace("anna@example.com", "\"anna@example.com\r\nBcc: all@example.com\"")),
                        "history/customers.csv:2:10 (email): a quoted value runs on to line 3: a closing quote is"
                                + " missing, or the value holds a line break, which no value may"),
                bad("unknown currency", f -> f.line(INVOICES, 2, "I1,C1,2024-01-01,2024-01-15,99.00,SEKK"),
                        "history/invoices.csv:2:6 (currency): not an ISO 4217 currency code: 'SEKK'"),
                bad("currency in lower case", f -> f.line(INVOICES, 2, "I1,C1,2024-01-01,2024-01-15,99.00,sek"),
                        "history/invoices.csv:2:6 (currency): not an ISO 4217 currency code: 'sek'"),
                bad("unknown country", f -> f.line(CUSTOMERS, 3, "C2,2019-05-01,2023-06-30,business,NOR,,,,,,,,"),
                        "history/customers.csv:3:5 (country): not an ISO 3166-1 alpha-2 country code: 'NOR'"),
                bad("e-mail without @", f -> f.line(CUSTOMERS, 2, C1_LINE.replace("anna@example.com", "x(at)gmail")),
                        "history/customers.csv:2:10 (email): not a valid e-mail address (invalid comment location)"),
                bad("e-mail without top-level domain", f -> f.line(CUSTOMERS, 2,
                                C1_LINE.replace("anna@example.com", "x@gmail")),
                        "history/customers.csv:2:10 (email): not a valid e-mail address (missing top level domain)"),
                bad("e-mail with a second header", f -> f.line(CUSTOMERS, 2,
                                C1_LINE.replace("anna@example.com", "anna@example.com Bcc: all@example.com")),
                        "history/customers.csv:2:10 (email): not a valid e-mail address (invalid whitespace)"),
                bad("phone too short", f -> f.line(CUSTOMERS, 2, C1_LINE.replace("+46701234567", "070-123 45")),
                        "history/customers.csv:2:11 (phone): not a valid phone number of SE"),
                bad("phone of no country", f -> f.line(CUSTOMERS, 2, C1_LINE.replace("+46701234567", "+99912345")),
                        "history/customers.csv:2:11 (phone): not a phone number of SE nor international (+...):"
                                + " invalid country code"),
                bad("phone in words", f -> f.line(CUSTOMERS, 2, C1_LINE.replace("+46701234567", "ask reception")),
                        "history/customers.csv:2:11 (phone): not a phone number of SE nor international (+...):"
                                + " not a number"),
                bad("phone of another country in national form", f -> f.line(CUSTOMERS, 2,
                                C1_LINE.replace("+46701234567", "0151 12345678")),
                        "history/customers.csv:2:11 (phone): not a valid phone number of SE"),
                bad("phone in a mislabelled column is masked", f -> f.line(CUSTOMERS, 2,
                                C1_LINE.replace(",1980,", ",+46701234567,")),
                        "history/customers.csv:2:8 (birth_year): not a year (4 digits): '+4670*****67'"),
                bad("e-mail in a mislabelled column is masked", f -> f.line(CUSTOMERS, 2,
                                C1_LINE.replace("private", "anna@example.org")),
                        "history/customers.csv:2:4 (type): type must be 'private' or 'business', was 'a***@e***.org'"),
                bad("e-mail as a duplicate id is masked", f -> f
                                .line(CUSTOMERS, 2, C1_LINE.replace("C1,", "anna@example.org,"))
                                .append(CUSTOMERS, "anna@example.org,2021-01-01,,private,SE,,,,,,,,")
                                .put(INVOICES, "invoice_id,customer_id,issued_on,due_on,amount,currency",
                                        "I2,C2,2024-02-01,2024-02-15,99,SEK")
                                .put(PAYMENTS, "payment_id,invoice_id,paid_on,amount")
                                .put(EVENTS, "invoice_id,occurred_on,action,channel,fee,experiment,arm,propensity")
                                .put(INQUIRIES, "customer_id,occurred_on,topic,invoice_id"),
                        "history/customers.csv:4:1 (customer_id): duplicate customer_id 'a***@e***.org'"));
    }

    private static Arguments bad(String name, UnaryOperator<TestFolder> edit, String... problems) {
        return Arguments.of(name, edit, List.of(problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFolders")
    void rejectsBadInputWithExactLocationAndWritesNothing(String name, UnaryOperator<TestFolder> edit,
                                                          List<String> expected) {
        TestFolder folder = edit.apply(TestFolder.valid());

        assertThatThrownBy(() -> importFolder(folder, "bad"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.problems()).map(ImportProblem::render).containsExactlyElementsOf(expected);
                    assertThat(e.total()).isEqualTo(expected.size());
                });
        assertThat(store.rowCount()).isZero();
    }

    @Test
    void importsValidFolder() {
        ImportReceipt receipt = importFolder(TestFolder.valid(), "ok");

        assertThat(receipt.alreadyImported()).isFalse();
        assertThat(receipt.asOf()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(receipt.read()).isEqualTo(new RowCounts(2, 3, 3, 3, 2, 1));
        assertThat(receipt.added()).isEqualTo(new RowCounts(2, 3, 3, 3, 2, 1));
        assertThat(receipt.fingerprint()).startsWith("sha256:").hasSize(7 + 64);
        assertThat(store.customers).containsExactly(
                new Customer(new CustomerId("C1"), LocalDate.of(2020, 1, 15), null, CustomerType.PRIVATE, "SE", "sv",
                        "111 22", 1980, "direct_debit", "anna@example.com", "+46701234567", "Basic, monthly",
                        new Money(9900)),
                new Customer(new CustomerId("C2"), LocalDate.of(2019, 5, 1), LocalDate.of(2023, 6, 30),
                        CustomerType.BUSINESS, "NO", null, null, null, null, null, null, null, null));
        assertThat(store.invoices).extracting(i -> i.amount().cents()).containsExactly(9900L, 9900L, 125050L);
        assertThat(store.events).containsExactly(
                new DunningEvent(new InvoiceId("I2"), LocalDate.of(2024, 2, 20), DunningAction.SMS, Money.ZERO,
                        "exp1", "sms", 0.2),
                new DunningEvent(new InvoiceId("I3"), LocalDate.of(2023, 6, 5), DunningAction.LETTER, new Money(6000),
                        null, null, 1.0),
                new DunningEvent(new InvoiceId("I3"), LocalDate.of(2023, 6, 15), DunningAction.COLLECTION, Money.ZERO,
                        null, null, null));
        assertThat(store.inquiries).extracting(q -> q.invoiceId() == null ? null : q.invoiceId().value())
                .containsExactly("I2", null);
    }

    @Test
    void refusesBytesThatAreNotUtf8AtTheirLineAndColumn() throws IOException {
        Path folder = TestFolder.valid().writeTo(temp.resolve("latin1"));
        String line = "C1,2020-01-15,,private,SE,sv,111 22,1980,direct_debit,anna@example.com,+46701234567,Malm\u00f6,99.00";
        Files.write(folder.resolve(CUSTOMERS), (TestFolder.valid().line(CUSTOMERS, 1) + "\n" + line + "\n")
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> new ImportCreditorFolder(new CsvCreditorFolderSource(), store).run(folder))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .map(ImportProblem::render)
                        // nothing about C1 being unknown to the invoices: the file was not read
                        .containsExactly("history/customers.csv:2:12 (plan): byte 0xF6 (character "
                                + (line.indexOf('\u00f6') + 1) + " of the line) is not UTF-8: the file must be saved"
                                + " as UTF-8"));
        assertThat(store.rowCount()).isZero();
    }

    @Test
    void refusesAnAsOfThatIsNotUtf8() throws IOException {
        Path folder = TestFolder.valid().writeTo(temp.resolve("as-of"));
        Files.write(folder.resolve(AS_OF), new byte[] {'2', '0', '2', '4', (byte) 0xFF, '\n'});

        assertThatThrownBy(() -> new ImportCreditorFolder(new CsvCreditorFolderSource(), store).run(folder))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .map(ImportProblem::render).containsExactly("as_of:1:1 (as_of): not UTF-8 text"));
        assertThat(store.rowCount()).isZero();
    }

    @Test
    void anUnterminatedQuoteIsOneProblemNotACascade() {
        TestFolder folder = TestFolder.valid();
        folder.line(INVOICES, 2, "I1,C1,2024-01-01,\"2024-01-15,99.00,SEK");
        for (int i = 0; i < 5_000; i++) {
            folder.append(INVOICES, "J" + i + ",C1,2024-01-01,2024-01-15,99.00,SEK");
            folder.append(PAYMENTS, "Q" + i + ",J" + i + ",2024-01-14,99.00");
        }

        assertThatThrownBy(() -> importFolder(folder, "bad"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.problems()).map(ImportProblem::render).containsExactly(
                            "history/invoices.csv:2:4 (due_on): a quoted value runs on to the end of the file (line"
                                    + " 5004): a closing quote is missing, or the value holds a line break, which no"
                                    + " value may");
                    assertThat(e.total()).isEqualTo(1);
                });
        assertThat(store.rowCount()).isZero();
    }

    @Test
    void storesPhoneNumbersInE164ReadInTheCustomersCountry() {
        TestFolder folder = TestFolder.valid()
                .line(CUSTOMERS, 2, C1_LINE.replace("+46701234567", "070-123 45 67"))
                .line(CUSTOMERS, 3, "C2,2019-05-01,2023-06-30,business,NO,,,,,,41 23 45 67,,");

        importFolder(folder, "national");

        assertThat(store.customers).extracting(Customer::phone).containsExactly("+46701234567", "+4741234567");
    }

    @Test
    void readsColumnsByHeaderNameIgnoresExtraColumnsAndReportsFileColumnNumbers() {
        TestFolder folder = TestFolder.valid().put(PAYMENTS,
                "amount,note,paid_on,invoice_id,payment_id",
                "99.00,first,2024-01-14,I1,P1",
                "1000,,2023-06-10,I3,P2");
        assertThat(importFolder(folder, "ok").added().payments()).isEqualTo(2);
        assertThat(store.payments).extracting(p -> p.id() + "/" + p.amount()).containsExactly("P1/99.00", "P2/1000.00");

        TestFolder broken = TestFolder.valid().put(PAYMENTS,
                "amount,note,paid_on,invoice_id,payment_id",
                "99.0x,first,2024-01-14,I1,P1");
        assertThatThrownBy(() -> new ImportCreditorFolder(new CsvCreditorFolderSource(), new InMemoryImportStore())
                .run(broken.writeTo(temp.resolve("broken"))))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .map(ImportProblem::render)
                        .containsExactly("history/payments.csv:2:1 (amount): not a decimal number: '99.0x'"));
    }

    @Test
    void toleratesByteOrderMarkAndBlankLines() {
        TestFolder folder = TestFolder.valid();
        folder.line(CUSTOMERS, 1, "\uFEFF" + folder.line(CUSTOMERS, 1));
        folder.append(PAYMENTS, "");
        assertThat(importFolder(folder, "ok").added().customers()).isEqualTo(2);
    }

    @Test
    void listsFiftyProblemsAndCountsAll() {
        TestFolder folder = TestFolder.valid();
        for (int i = 0; i < 60; i++) {
            folder.append(PAYMENTS, "X" + i + ",I9,2024-01-14,1.00");
        }
        assertThatThrownBy(() -> importFolder(folder, "bad"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.problems()).hasSize(50);
                    assertThat(e.total()).isEqualTo(60);
                    assertThat(e.problems().get(0).render()).startsWith("history/payments.csv:5:2 (invoice_id): ");
                    assertThat(e.report()).endsWith("... and 10 more problems\n60 problems, nothing imported for creditor 'default'\n");
                });
        assertThat(store.rowCount()).isZero();
    }

    @Test
    void reimportOfTheSameFolderAddsNothing() {
        Path folder = TestFolder.valid().writeTo(temp.resolve("f"));
        ImportCreditorFolder useCase = new ImportCreditorFolder(new CsvCreditorFolderSource(), store);
        ImportReceipt first = useCase.run(folder);
        long rows = store.rowCount();

        ImportReceipt second = useCase.run(folder);

        assertThat(second.alreadyImported()).isTrue();
        assertThat(second.importId()).isEqualTo(first.importId());
        assertThat(second.added()).isEqualTo(RowCounts.ZERO);
        assertThat(store.rowCount()).isEqualTo(rows);
    }

    @Test
    void overlappingFolderAddsOnlyNewRows() {
        importFolder(TestFolder.valid(), "january");
        TestFolder next = TestFolder.nextExport();

        ImportReceipt receipt = importFolder(next, "february");

        assertThat(receipt.alreadyImported()).isFalse();
        assertThat(receipt.read()).isEqualTo(new RowCounts(3, 4, 4, 5, 3, 1));
        assertThat(receipt.added()).isEqualTo(new RowCounts(1, 1, 1, 2, 1, 1));
        assertThat(store.customers).hasSize(3);
        assertThat(store.events).hasSize(5);
        assertThat(store.events.stream().filter(e -> e.action() == DunningAction.LETTER)).hasSize(2);
    }

    @Test
    void storedIdWithDifferentContentIsAProblem() {
        importFolder(TestFolder.valid(), "january");
        long rows = store.rowCount();
        TestFolder changed = TestFolder.valid().put(AS_OF, "2024-04-01")
                .line(INVOICES, 2, "I1,C1,2024-01-01,2024-01-15,98.00,SEK");

        assertThatThrownBy(() -> importFolder(changed, "changed"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .map(ImportProblem::render)
                        .containsExactly("history/invoices.csv:2:1 (invoice_id): invoice_id 'I1' is already stored"
                                + " with different content"));
        assertThat(store.rowCount()).isEqualTo(rows);
    }

    @Test
    void referencesMayPointAtRowsStoredBefore() {
        importFolder(TestFolder.valid(), "january");
        TestFolder onlyNew = TestFolder.valid().put(AS_OF, "2024-04-01")
                .put(CUSTOMERS, TestFolder.valid().line(CUSTOMERS, 1))
                .put(INVOICES, "invoice_id,customer_id,issued_on,due_on,amount,currency",
                        "I5,C1,2024-03-01,2024-03-15,99,SEK")
                .put(PAYMENTS, "payment_id,invoice_id,paid_on,amount", "P5,I2,2024-03-02,99")
                .put(EVENTS, "invoice_id,occurred_on,action,channel,fee,experiment,arm,propensity")
                .put(INQUIRIES, "customer_id,occurred_on,topic,invoice_id", "C2,2024-03-03,invoice,I3")
                .put(BATCH, "invoice_id,decide_on", "I5,2024-04-01");

        ImportReceipt receipt = importFolder(onlyNew, "march");

        assertThat(receipt.added()).isEqualTo(new RowCounts(0, 1, 1, 0, 1, 1));
    }

    @Test
    void rendersProblemsLikeACompiler() {
        assertThat(new ImportProblem("history/invoices.csv", 17, 5, "amount", "not a decimal number: '12,50'").render())
                .isEqualTo("history/invoices.csv:17:5 (amount): not a decimal number: '12,50'");
        assertThat(ImportProblem.ofFile("batch.csv", "file is missing").render()).isEqualTo("batch.csv: file is missing");
        assertThat(new ImportProblem("as_of", 1, 1, "as_of", "not a date: '\u001b[2J\r\n'").render())
                .isEqualTo("as_of:1:1 (as_of): not a date: '\uFFFD[2J\uFFFD\uFFFD'");
    }
}
