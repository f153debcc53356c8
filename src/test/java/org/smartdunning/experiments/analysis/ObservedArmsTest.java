package org.smartdunning.experiments.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartdunning.economics.BusinessSettings;
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
import org.smartdunning.kpi.CustomerLifetimes;
import org.smartdunning.models.PopulationRates;

/**
 * Observed outcomes on a hand-written history, analysed on 2026-03-01 with the contract's defaults
 * (horizon 90 days, churn window 6 months, SMS 0.60, letter 11, collection 40, inquiry 80):
 * <pre>
 * I1 C1 due 2025-06-01 100  sms (t, p 0.25) 06-15, paid 06-20, invoice inquiry 06-20    closed 2025-12-16
 * I2 C2 due 2025-06-01 200  collection (t, p 0.5) 06-15, never paid; C2 left 2025-09-10  closed
 * I4 C3 due 2025-05-01  50  collection (t) 05-15 then letter (t, p 0.2, fee 60) 05-20, paid 06-01  closed
 * I3 C3 due 2025-12-01      sms (t) 12-15: the churn window runs to 2026-06-15            open
 * I7 C4 due 2025-12-01      sms (t) 12-15; C4 left 2026-01-20: known churned, window open  open
 * I6 C1 due 2025-07-01 100  none 07-15 outside any experiment, unpaid                      dunned, not randomised
 * I5 C1 due 2025-04-01 100  paid on time, never dunned
 * </pre>
 */
class ObservedArmsTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
    final List<Customer> customers = new ArrayList<>();
    final List<Invoice> invoices = new ArrayList<>();
    final List<Payment> payments = new ArrayList<>();
    final List<DunningEvent> events = new ArrayList<>();
    final List<Inquiry> inquiries = new ArrayList<>();

    CreditorHistory history() {
        customer("C1", null, 100.0);
        customer("C2", "2025-09-10", 200.0);
        customer("C3", null, 100.0);
        customer("C4", "2026-01-20", 100.0);
        invoice("I1", "C1", "2025-06-01", 100);
        event("I1", "2025-06-15", DunningAction.SMS, 0, "sms", 0.25);
        payment("I1", "2025-06-20", 100);
        inquiries.add(new Inquiry(new CustomerId("C1"), d("2025-06-20"), "invoice", new InvoiceId("I1")));
        invoice("I2", "C2", "2025-06-01", 200);
        event("I2", "2025-06-15", DunningAction.COLLECTION, 0, "collection", 0.5);
        invoice("I4", "C3", "2025-05-01", 50);
        event("I4", "2025-05-15", DunningAction.COLLECTION, 0, "collection", 0.5);
        event("I4", "2025-05-20", DunningAction.LETTER, 60, "letter", 0.2);
        payment("I4", "2025-06-01", 50);
        invoice("I3", "C3", "2025-12-01", 100);
        event("I3", "2025-12-15", DunningAction.SMS, 0, "sms", 0.25);
        invoice("I7", "C4", "2025-12-01", 100);
        event("I7", "2025-12-15", DunningAction.SMS, 0, "sms", 0.25);
        invoice("I6", "C1", "2025-07-01", 100);
        events.add(new DunningEvent(new InvoiceId("I6"), d("2025-07-15"), DunningAction.NONE, Money.ZERO, null, null, 1.0));
        invoice("I5", "C1", "2025-04-01", 100);
        payment("I5", "2025-03-30", 100);
        return new CreditorHistory(customers, invoices, payments, events, inquiries);
    }

    @Test
    void eachRandomisedInvoiceCountsOnceEveryWindowHasClosed() {
        CreditorHistory history = history();
        ObservedArms observed = ObservedArms.of(history, BusinessSettings.DEFAULTS, AS_OF);
        Map<String, ArmObservation> byInvoice = new LinkedHashMap<>();
        observed.randomised().forEach(o -> byInvoice.put(o.invoiceId().value(), o));
        assertThat(byInvoice).containsOnlyKeys("I1", "I2", "I4");
        assertThat(observed.open()).isEqualTo(Map.of("t", Map.of("sms", 2)));

        ArmObservation i1 = byInvoice.get("I1");
        assertThat(i1.arm()).isEqualTo("sms");
        assertThat(i1.propensity()).isEqualTo(0.25);
        assertThat(i1.knownOn()).as("the churn window's end, 2025-12-15, plus a day").isEqualTo(d("2025-12-16"));
        assertThat(i1.paidWithinHorizon()).isTrue();
        assertThat(i1.paidOnTime()).isFalse();
        assertThat(i1.inquiry()).isTrue();
        assertThat(i1.churned()).isFalse();
        assertThat(i1.value()).isCloseTo(100 - 0.60 - 80, within(1e-9));

        ArmObservation i2 = byInvoice.get("I2");
        assertThat(i2.churned()).isTrue();
        assertThat(i2.paidWithinHorizon()).isFalse();
        double clv = new CustomerLifetimes(history, BusinessSettings.DEFAULTS).of(history.customer(new CustomerId("C2")),
                d("2025-06-15"), PopulationRates.measure(history, d("2025-06-01"), 90));
        assertThat(clv).as("C2's fee 200 and clean record make it worth keeping").isPositive();
        assertThat(i2.value()).isCloseTo(-40 - clv, within(1e-9));

        ArmObservation i4 = byInvoice.get("I4");
        assertThat(i4.arm()).as("the latest randomised action").isEqualTo("letter");
        assertThat(i4.feeIncome()).isEqualTo(60);
        assertThat(i4.cost()).isEqualTo(11);
        assertThat(i4.value()).isCloseTo(50 + 60 - 11, within(1e-9));

        assertThat(observed.dunned()).extracting(o -> o.invoiceId().value()).containsExactlyInAnyOrder("I1", "I2", "I4",
                "I6");
    }

    @Test
    void theControlIsTheStandardProcessArmUnlessOneIsNamedOrAHoldoutExists() {
        ObservedArms observed = ObservedArms.of(history(), BusinessSettings.DEFAULTS, AS_OF);
        ExperimentResult t = ExperimentAnalysis.of(observed, null).get(0);
        assertThat(t.experiment()).isEqualTo("t");
        assertThat(t.control()).isEqualTo("collection");
        assertThat(t.controlChoice()).isEqualTo("standard process");
        assertThat(t.arms()).extracting(ArmResult::arm).containsExactly("collection", "letter", "sms");
        assertThat(t.arms()).extracting(ArmResult::invoices).containsExactly(1, 1, 1);
        assertThat(t.arms()).extracting(ArmResult::open).containsExactly(0, 0, 2);
        assertThat(t.invoices()).isEqualTo(3);
        assertThat(t.open()).isEqualTo(2);
        ArmResult sms = t.arms().get(2);
        assertThat(sms.figures().value()).isEqualTo(new Interval(100 - 0.60 - 80, null, null));
        assertThat(sms.figures().inquiry().estimate()).isEqualTo(1.0);
        assertThat(t.comparisons()).extracting(ArmComparison::arm).containsExactly("letter", "sms");
        assertThat(t.comparisons().get(1).difference().paidWithinHorizon().estimate()).isEqualTo(1.0);
        assertThat(t.comparisons().get(1).value().verdict()).startsWith("not yet resolved");
        assertThat(t.firstAction()).isEqualTo(d("2025-05-20"));
        assertThat(t.lastAction()).isEqualTo(d("2025-06-15"));

        assertThat(ExperimentAnalysis.of(observed, "sms").get(0).control()).isEqualTo("sms");
        assertThat(ExperimentAnalysis.of(observed, "sms").get(0).controlChoice()).isEqualTo("named");
        assertThat(ExperimentAnalysis.of(observed, "no-such-arm").get(0).control()).isEqualTo("collection");
        assertThat(ExperimentAnalysis.control(Map.of("a", "sms", "Holdout", "none", "c", "collection"), null))
                .isEqualTo(new ExperimentAnalysis.Control("Holdout", "holdout"));
        assertThat(ExperimentAnalysis.control(new java.util.TreeMap<>(Map.of("b", "sms", "a", "letter")), null))
                .isEqualTo(new ExperimentAnalysis.Control("a", "first arm"));
    }

    @Test
    void earlierOnlyTheWindowsClosedByThenCountAndLaterActionsAreUnknown() {
        ObservedArms early = ObservedArms.of(history(), BusinessSettings.DEFAULTS, d("2025-12-01"));
        assertThat(early.randomised()).extracting(o -> o.invoiceId().value()).as("I4's windows ended 2025-11-20")
                .containsExactly("I4");
        assertThat(early.open().get("t")).as("I1 and I2 until 2025-12-15; I3 and I7 not yet dunned")
                .isEqualTo(Map.of("collection", 1, "sms", 1));
    }

    private void customer(String id, String ended, double fee) {
        customers.add(new Customer(new CustomerId(id), d("2024-01-01"), ended == null ? null : d(ended),
                CustomerType.PRIVATE, "SE", null, null, null, null, null, null, null, Money.of(fee)));
    }

    private void invoice(String id, String customer, String due, double amount) {
        invoices.add(new Invoice(new InvoiceId(id), new CustomerId(customer), d(due).minusDays(14), d(due),
                Money.of(amount), "SEK"));
    }

    private void payment(String invoice, String day, double amount) {
        payments.add(new Payment("P" + payments.size(), new InvoiceId(invoice), d(day), Money.of(amount)));
    }

    private void event(String invoice, String day, DunningAction action, double fee, String arm, double propensity) {
        events.add(new DunningEvent(new InvoiceId(invoice), d(day), action, Money.of(fee), "t", arm, propensity));
    }

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }
}
