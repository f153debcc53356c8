package org.smartdunning.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.Customer;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.testing.HistoryBuilder;

class OutcomeLabelsTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    static DunningEvent first(CreditorHistory h) {
        return h.events().get(0);
    }

    @Test
    void openWindowsAreUnknownNotNegative() {
        HistoryBuilder b = new HistoryBuilder().customer("C", LocalDate.of(2024, 1, 1), true, true, 100);
        b.invoice("I", "C", LocalDate.of(2026, 5, 1), 100).event("I", LocalDate.of(2026, 5, 15), DunningAction.SMS);
        CreditorHistory h = b.build();

        OutcomeLabels l = OutcomeLabels.of(h, first(h), AS_OF, 90, 6);

        assertThat(l.paid()).isNull();
        assertThat(l.inquiry()).isNull();
        assertThat(l.churnedInWindow()).isNull();
        assertThat(l.churned()).isFalse();
        assertThat(l.exposureMonths()).isCloseTo(17 / 30.44, within(1e-9));
        assertThat(l.complete()).isFalse();
    }

    @Test
    void closedWindowsGiveKnownOutcomes() {
        HistoryBuilder b = new HistoryBuilder().customer("C", LocalDate.of(2024, 1, 1), true, true, 100);
        b.invoice("I", "C", LocalDate.of(2025, 6, 1), 100).event("I", LocalDate.of(2025, 6, 15), DunningAction.LETTER)
                .payment("I", LocalDate.of(2025, 7, 1), 100).inquiry("C", LocalDate.of(2025, 6, 20), "I");
        CreditorHistory h = b.build();

        OutcomeLabels l = OutcomeLabels.of(h, first(h), AS_OF, 90, 6);

        assertThat(l.paid()).isTrue();
        assertThat(l.inquiry()).isTrue();
        assertThat(l.churnedInWindow()).isFalse();
        assertThat(l.complete()).isTrue();
        assertThat(l.exposureMonths()).isCloseTo(ChronoUnit.DAYS.between(LocalDate.of(2025, 6, 15),
                LocalDate.of(2025, 12, 15)) / 30.44, within(1e-9));
    }

    @Test
    void churnExposureStopsAtTheNextActionAndAtTheChurn() {
        HistoryBuilder b = new HistoryBuilder().customer("C", LocalDate.of(2024, 1, 1), true, true, 100);
        b.invoice("I1", "C", LocalDate.of(2025, 6, 1), 100).event("I1", LocalDate.of(2025, 6, 15), DunningAction.NONE);
        b.invoice("I2", "C", LocalDate.of(2025, 7, 1), 100).event("I2", LocalDate.of(2025, 7, 15), DunningAction.COLLECTION);
        CreditorHistory open = b.build();
        OutcomeLabels beforeNext = OutcomeLabels.of(open, first(open), AS_OF, 90, 6);
        assertThat(beforeNext.exposureMonths()).isCloseTo(30 / 30.44, within(1e-9));
        assertThat(beforeNext.churned()).isFalse();

        Customer churned = open.customer(open.invoice(first(open).invoiceId()).customerId());
        Customer ended = new Customer(churned.id(), churned.createdOn(), LocalDate.of(2025, 7, 1), churned.type(),
                churned.country(), churned.language(), churned.postalCode(), churned.birthYear(), churned.paymentMethod(),
                churned.email(), churned.phone(), churned.plan(), churned.monthlyFee());
        CreditorHistory h = new CreditorHistory(List.of(ended), open.invoices(), List.of(), open.events(), List.of());
        OutcomeLabels l = OutcomeLabels.of(h, first(h), AS_OF, 90, 6);
        assertThat(l.churned()).isTrue();
        assertThat(l.churnedInWindow()).isTrue();
        assertThat(l.exposureMonths()).isCloseTo(16 / 30.44, within(1e-9));
    }

    @Test
    void aCustomerGoneBeforeTheActionIsNotAtRisk() {
        HistoryBuilder b = new HistoryBuilder().customer("C", LocalDate.of(2024, 1, 1), true, true, 100);
        b.invoice("I", "C", LocalDate.of(2025, 6, 1), 100).event("I", LocalDate.of(2025, 6, 15), DunningAction.COLLECTION);
        CreditorHistory open = b.build();
        Customer c = open.customer(open.invoice(first(open).invoiceId()).customerId());
        Customer gone = new Customer(c.id(), c.createdOn(), LocalDate.of(2025, 6, 10), c.type(), c.country(),
                c.language(), c.postalCode(), c.birthYear(), c.paymentMethod(), c.email(), c.phone(), c.plan(),
                c.monthlyFee());
        CreditorHistory h = new CreditorHistory(List.of(gone), open.invoices(), List.of(), open.events(), List.of());

        OutcomeLabels l = OutcomeLabels.of(h, first(h), AS_OF, 90, 6);

        assertThat(l.churned()).isFalse();
        assertThat(l.exposureMonths()).isZero();
    }
}
