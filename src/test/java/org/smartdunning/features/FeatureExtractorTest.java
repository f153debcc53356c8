package org.smartdunning.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.testing.HistoryBuilder;

class FeatureExtractorTest {
    static final LocalDate D = LocalDate.of(2026, 6, 1);

    /** Twelve monthly invoices before D: 9 on time, 2 late (5 and 20 days), 1 unpaid; one SMS answered. */
    static HistoryBuilder record() {
        HistoryBuilder b = new HistoryBuilder().customer("C1", LocalDate.of(2024, 1, 10), true, false, 299);
        for (int m = 1; m <= 12; m++) {
            LocalDate due = LocalDate.of(2025, m, 18);
            b.invoice("I" + m, "C1", due, 299);
            if (m <= 9) {
                b.payment("I" + m, due.minusDays(1), 299);
            }
        }
        b.payment("I10", LocalDate.of(2025, 10, 23), 299);          // 5 days late
        b.event("I11", LocalDate.of(2025, 12, 2), DunningAction.SMS);
        b.payment("I11", LocalDate.of(2025, 12, 8), 100);           // paid in two parts,
        b.payment("I11", LocalDate.of(2025, 12, 8), 199);           // 20 days late in all
        b.inquiry("C1", LocalDate.of(2026, 1, 5), "I12");
        b.invoice("OPEN", "C1", LocalDate.of(2026, 5, 18), 350);
        return b;
    }

    @Test
    void countsPaymentBehaviourActionsAndInquiries() {
        CreditorHistory h = record().build();
        InvoiceFeatures f = new FeatureExtractor(h).extract(h.invoice(new InvoiceId("OPEN")), D);

        assertThat(f.earlierInvoices()).isEqualTo(12);
        assertThat(f.paidOnTime()).isEqualTo(9);
        assertThat(f.paidLate()).isEqualTo(2);
        assertThat(f.unpaidNow()).isEqualTo(1);
        assertThat(f.meanDaysLate()).isEqualTo(12.5);
        assertThat(f.daysOverdue()).isEqualTo(14);
        assertThat(f.earlier(DunningAction.SMS)).isEqualTo(new ActionResponse(1, 1));
        assertThat(f.earlier(DunningAction.COLLECTION)).isEqualTo(ActionResponse.NEVER);
        assertThat(f.invoiceInquiries()).isEqualTo(1);
        assertThat(f.hasEmail()).isTrue();
        assertThat(f.hasPhone()).isFalse();
        assertThat(f.amountToMonthly()).isCloseTo(350 / 299.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(f.tenureMonths()).isEqualTo(28);
    }

    @Test
    void factsDatedOnOrAfterTheDecisionDayChangeNothing() {
        CreditorHistory before = record().build();
        InvoiceFeatures expected = new FeatureExtractor(before).extract(before.invoice(new InvoiceId("OPEN")), D);

        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 20; trial++) {
            HistoryBuilder later = record();
            for (int i = 0; i < 10; i++) {
                LocalDate day = D.plusDays(random.nextInt(0, 200));
                switch (random.nextInt(5)) {
                    case 0 -> later.payment("OPEN", day, 350);
                    case 1 -> later.payment("I12", day, 299);
                    case 2 -> later.event("OPEN", day, DunningAction.values()[random.nextInt(5)]);
                    case 3 -> later.inquiry("C1", day, random.nextBoolean() ? "OPEN" : null);
                    default -> later.invoice("L" + trial + "-" + i, "C1", day, 299);
                }
            }
            CreditorHistory h = later.build();
            assertThat(new FeatureExtractor(h).extract(h.invoice(new InvoiceId("OPEN")), D)).isEqualTo(expected);
        }
    }

    @Test
    void anActionWhoseResponseWindowIsStillOpenIsNotCountedAsUnanswered() {
        HistoryBuilder b = new HistoryBuilder().customer("C1", LocalDate.of(2024, 1, 10), true, true, 299);
        b.invoice("I1", "C1", LocalDate.of(2026, 5, 1), 299);
        b.event("I1", LocalDate.of(2026, 5, 15), DunningAction.EMAIL);  // 17 days before D: window open
        b.invoice("OPEN", "C1", LocalDate.of(2026, 5, 18), 299);
        CreditorHistory h = b.build();

        InvoiceFeatures f = new FeatureExtractor(h).extract(h.invoice(new InvoiceId("OPEN")), D);

        assertThat(f.earlier(DunningAction.EMAIL)).isEqualTo(ActionResponse.NEVER);
        assertThat(f.unpaidNow()).isEqualTo(1);
    }
}
