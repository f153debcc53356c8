package org.smartdunning.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CreditorHistoryTest {
    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    /** Random rows: few customers, many invoices with equal due days, payments and events for absent invoices too. */
    private record Rows(List<Customer> customers, List<Invoice> invoices, List<Payment> payments,
                        List<DunningEvent> events, List<Inquiry> inquiries) {
        static Rows random(long seed) {
            Random random = new Random(seed);
            Rows rows = new Rows(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>());
            for (int c = 0; c < 40; c++) {
                rows.customers.add(new Customer(new CustomerId("C" + c), START, null, CustomerType.PRIVATE, "SE", null,
                        null, null, null, null, null, null, null));
            }
            for (int i = 0; i < 700; i++) {
                rows.invoices.add(new Invoice(new InvoiceId("I" + random.nextInt(1_000_000) + "-" + i + "é".repeat(i % 2)),
                        new CustomerId("C" + random.nextInt(45)), START.plusDays(random.nextInt(50)),
                        START.plusDays(random.nextInt(30)), new Money(random.nextInt(100_000)), i % 3 == 0 ? "EUR" : "SEK"));
            }
            for (int p = 0; p < 900; p++) {
                rows.payments.add(new Payment("P" + random.nextInt(1_000_000), invoiceId(rows, random),
                        START.plusDays(random.nextInt(90)), new Money(random.nextInt(50_000))));
            }
            for (int e = 0; e < 300; e++) {
                rows.events.add(new DunningEvent(invoiceId(rows, random), START.plusDays(random.nextInt(90)),
                        DunningAction.values()[random.nextInt(5)], new Money(random.nextInt(3) * 500),
                        e % 4 == 0 ? "x1" : null, e % 4 == 0 ? "sms" : null, e % 8 == 0 ? 0.25 : null));
            }
            for (int q = 0; q < 100; q++) {
                rows.inquiries.add(new Inquiry(new CustomerId("C" + random.nextInt(45)), START.plusDays(random.nextInt(90)),
                        q % 2 == 0 ? "invoice" : "other", q % 3 == 0 ? null : invoiceId(rows, random)));
            }
            return rows;
        }

        CreditorHistory history() {
            return new CreditorHistory(customers, invoices, payments, events, inquiries);
        }

        /** Mostly an invoice's id (a new object of it), sometimes one no invoice has. */
        private static InvoiceId invoiceId(Rows rows, Random random) {
            return random.nextInt(20) == 0 ? new InvoiceId("absent" + random.nextInt(10))
                    : new InvoiceId(new String(rows.invoices.get(random.nextInt(rows.invoices.size())).id().value()));
        }
    }

    @Test
    void answersAsMapsOfTheRowsDo() {
        for (long seed = 1; seed <= 5; seed++) {
            Rows rows = Rows.random(seed);
            CreditorHistory history = rows.history();
            Map<InvoiceId, Invoice> byId = new HashMap<>(rows.invoices.size() * 2);
            rows.invoices.forEach(i -> byId.put(i.id(), i));
            Map<CustomerId, Customer> customers = new HashMap<>(rows.customers.size() * 2);
            rows.customers.forEach(c -> customers.put(c.id(), c));

            // the order of a hash map of the invoices, which the readers' sums and seeded draws follow
            assertThat(List.copyOf(history.invoices())).isEqualTo(List.copyOf(byId.values()));
            assertThat(List.copyOf(history.customers())).isEqualTo(List.copyOf(customers.values()));
            assertThat(history.events()).isEqualTo(rows.events);
            for (int c = 0; c < 46; c++) {
                CustomerId id = new CustomerId("C" + c);
                assertThat(history.invoicesOf(id)).isEqualTo(rows.invoices.stream()
                        .filter(i -> i.customerId().equals(id)).sorted(Comparator.comparing(Invoice::dueOn)).toList());
                assertThat(history.inquiriesOf(id))
                        .isEqualTo(rows.inquiries.stream().filter(q -> q.customerId().equals(id)).toList());
                assertThat(history.customer(id)).isEqualTo(customers.get(id));
            }
            List<InvoiceId> ids = new ArrayList<>(byId.keySet());
            for (int k = 0; k < 10; k++) {
                ids.add(new InvoiceId("absent" + k));
            }
            for (InvoiceId id : ids) {
                assertThat(history.invoice(id)).isEqualTo(byId.get(id));
                assertThat(history.paymentsOf(id))
                        .isEqualTo(rows.payments.stream().filter(p -> p.invoiceId().equals(id)).toList());
                assertThat(history.eventsOf(id))
                        .isEqualTo(rows.events.stream().filter(e -> e.invoiceId().equals(id)).toList());
                if (byId.containsKey(id)) {
                    LocalDate day = START.plusDays(40);
                    long paid = rows.payments.stream().filter(p -> p.invoiceId().equals(id) && p.paidOn().isBefore(day))
                            .mapToLong(p -> p.amount().cents()).sum();
                    assertThat(history.unpaidBefore(id, day).cents()).isEqualTo(byId.get(id).amount().cents() - paid);
                }
            }
            List<InvoiceFacts> facts = history.invoiceFacts();
            assertThat(facts.stream().map(InvoiceFacts::invoice).toList())
                    .isEqualTo(List.copyOf(history.invoices()));
            facts.forEach(f -> {
                assertThat(f.payments()).isEqualTo(history.paymentsOf(f.invoice().id()));
                assertThat(f.events()).isEqualTo(history.eventsOf(f.invoice().id()));
            });
            assertThat(history.invoiceCount()).isEqualTo(byId.size());
            assertThat(history.paymentCount()).isEqualTo(rows.payments.size());
            assertThat(history.inquiryCount()).isEqualTo(rows.inquiries.size());
        }
    }

    /** The ledger reads in place what the record lists give: the same rows, values and order, customer by customer. */
    @Test
    void aCustomersLedgerReadsWhatTheListsGive() {
        for (long seed = 1; seed <= 5; seed++) {
            Rows rows = Rows.random(seed);
            CreditorHistory history = rows.history();
            for (int c = 0; c < 46; c++) {
                CustomerId id = new CustomerId("C" + c);
                InvoiceLedger ledger = history.ledgerOf(id);
                List<Invoice> invoices = history.invoicesOf(id);
                assertThat(ledger.invoices()).isEqualTo(invoices.size());
                for (int k = 0; k < invoices.size(); k++) {
                    Invoice invoice = invoices.get(k);
                    assertThat(ledger.isInvoice(k, new InvoiceId(new String(invoice.id().value())))).isTrue();
                    assertThat(ledger.isInvoice(k, new InvoiceId(invoice.id().value() + "x"))).isFalse();
                    assertThat(ledger.issuedOn(k)).isEqualTo(invoice.issuedOn().toEpochDay());
                    assertThat(ledger.dueOn(k)).isEqualTo(invoice.dueOn().toEpochDay());
                    assertThat(ledger.cents(k)).isEqualTo(invoice.amount().cents());
                    List<Payment> payments = history.paymentsOf(invoice.id());
                    assertThat(ledger.payments(k)).isEqualTo(payments.size());
                    for (int j = 0; j < payments.size(); j++) {
                        assertThat(ledger.paidOn(k, j)).isEqualTo(payments.get(j).paidOn().toEpochDay());
                        assertThat(ledger.paidCents(k, j)).isEqualTo(payments.get(j).amount().cents());
                    }
                    assertEvents(ledger, k, history.eventsOf(invoice.id()));
                }
                List<Inquiry> inquiries = history.inquiriesOf(id);
                assertThat(ledger.inquiries()).isEqualTo(inquiries.size());
                for (int q = 0; q < inquiries.size(); q++) {
                    Inquiry inquiry = inquiries.get(q);
                    assertThat(ledger.inquiryDay(q)).isEqualTo(inquiry.occurredOn().toEpochDay());
                    assertThat(ledger.inquiryAboutInvoices(q)).isEqualTo(inquiry.aboutInvoices());
                    InvoiceId other = new InvoiceId("absent-from-every-inquiry");
                    assertThat(ledger.inquiryNamesNoneOr(q, other)).isEqualTo(inquiry.invoiceId() == null);
                    if (inquiry.invoiceId() != null) {
                        assertThat(ledger.inquiryNamesNoneOr(q, inquiry.invoiceId())).isTrue();
                    }
                }
            }
        }
    }

    /** The creditor's ledger holds every invoice in the order of {@code invoices()}, with its payments and events. */
    @Test
    void theCreditorsLedgerReadsEveryInvoice() {
        for (long seed = 1; seed <= 5; seed++) {
            CreditorHistory history = Rows.random(seed).history();
            InvoiceLedger ledger = history.ledger();
            List<InvoiceFacts> facts = history.invoiceFacts();
            assertThat(ledger.invoices()).isEqualTo(facts.size());
            for (int k = 0; k < facts.size(); k++) {
                Invoice invoice = facts.get(k).invoice();
                assertThat(ledger.isInvoice(k, invoice.id())).isTrue();
                assertThat(ledger.dueOn(k)).isEqualTo(invoice.dueOn().toEpochDay());
                assertThat(ledger.cents(k)).isEqualTo(invoice.amount().cents());
                assertThat(ledger.payments(k)).isEqualTo(facts.get(k).payments().size());
                assertEvents(ledger, k, facts.get(k).events());
            }
            assertThat(ledger.inquiries()).isEqualTo(history.inquiryCount());
        }
    }

    private static void assertEvents(InvoiceLedger ledger, int k, List<DunningEvent> events) {
        assertThat(ledger.events(k)).isEqualTo(events.size());
        for (int j = 0; j < events.size(); j++) {
            DunningEvent event = events.get(j);
            assertThat(ledger.eventDay(k, j)).isEqualTo(event.occurredOn().toEpochDay());
            assertThat(ledger.eventAction(k, j)).isEqualTo(event.action());
            assertThat(ledger.eventInExperiment(k, j)).isEqualTo(event.experiment() != null);
        }
    }

    @Test
    void inIdOrderListsPaymentsByTheirIdsAndCustomersInvoicesByIdAmongEqualDueDays() {
        Rows rows = Rows.random(7);
        HistoryBuilder builder = HistoryBuilder.inIdOrder();
        rows.invoices.forEach(builder::invoice);
        rows.payments.forEach(builder::payment);
        CreditorHistory history = builder.build(rows.customers, rows.events, rows.inquiries);
        // code point order of the ids is the order of their strings here (no surrogates)
        List<Invoice> byId = rows.invoices.stream().sorted(Comparator.comparing(i -> i.id().value())).toList();
        CreditorHistory expected = new CreditorHistory(rows.customers, byId,
                rows.payments.stream().sorted(Comparator.comparing(Payment::id)).toList(), rows.events, rows.inquiries);

        assertThat(List.copyOf(history.invoices())).isEqualTo(List.copyOf(expected.invoices()));
        byId.forEach(i -> assertThat(history.paymentsOf(i.id())).isEqualTo(expected.paymentsOf(i.id())));
        rows.customers.forEach(c -> assertThat(history.invoicesOf(c.id())).isEqualTo(expected.invoicesOf(c.id())));
        assertThat(history.paymentsOf(byId.get(0).id())).isSortedAccordingTo(Comparator.comparing(Payment::id));
    }

    /** A store's loader hands payments over by their invoice's position among the invoices added: the same history. */
    @Test
    void paymentsByInvoicePositionAreThePaymentsByInvoiceId() {
        Rows rows = Rows.random(3);
        HistoryBuilder byPosition = HistoryBuilder.inArrivalOrder();
        rows.invoices.forEach(byPosition::invoice);
        Map<InvoiceId, Integer> position = new HashMap<>();
        for (int k = 0; k < rows.invoices.size(); k++) {
            InvoiceId id = rows.invoices.get(k).id();
            position.put(id, k);
            assertThat(byPosition.invoiceId(k)).isEqualTo(id);
        }
        for (Payment p : rows.payments) {
            Integer k = position.get(p.invoiceId());
            if (k == null) {
                byPosition.payment(p);
            } else {
                byPosition.payment(k, p.id(), p.paidOn(), p.amount());
            }
        }
        CreditorHistory history = byPosition.build(rows.customers, rows.events, rows.inquiries);
        CreditorHistory expected = rows.history();

        List<InvoiceId> ids = new ArrayList<>(position.keySet());
        ids.add(new InvoiceId("absent1"));
        ids.forEach(id -> assertThat(history.paymentsOf(id)).isEqualTo(expected.paymentsOf(id)));
        assertThat(history.paymentCount()).isEqualTo(rows.payments.size());
        assertThatThrownBy(() -> byPosition.invoiceId(0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anInvoiceIdTwiceIsRefused() {
        Invoice invoice = Rows.random(1).invoices.get(0);
        assertThatThrownBy(() -> new CreditorHistory(List.of(), List.of(invoice, invoice), List.of(), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
