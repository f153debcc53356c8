package org.smartdunning.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.smartdunning.economics.OutcomeProbabilities;
import org.smartdunning.features.FeatureExtractor;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.testing.HistoryBuilder;

class HistoryRulesModelTest {
    static final LocalDate D = LocalDate.of(2026, 6, 1);

    @Test
    void churnMultipliersFollowTheFieldResultsAndGoodPayersScoreHigher() {
        HistoryBuilder b = new HistoryBuilder()
                .customer("GOOD", LocalDate.of(2024, 1, 1), true, true, 100)
                .customer("BAD", LocalDate.of(2024, 1, 1), true, true, 100);
        for (int m = 1; m <= 10; m++) {
            LocalDate due = LocalDate.of(2025, m, 18);
            b.invoice("G" + m, "GOOD", due, 100).payment("G" + m, due, 100);
            b.invoice("B" + m, "BAD", due, 100);
        }
        b.invoice("GO", "GOOD", D.minusDays(14), 100).invoice("BO", "BAD", D.minusDays(14), 100);
        CreditorHistory h = b.build();
        PopulationRates rates = new PopulationRates(0.01, 0.9, 0.8, 0.5, java.util.Map.of(DunningAction.NONE, 0.01,
                DunningAction.SMS, 0.02, DunningAction.EMAIL, 0.02, DunningAction.LETTER, 0.05,
                DunningAction.COLLECTION, 0.1), 2, 0);
        HistoryRulesModel model = new HistoryRulesModel(rates, 6, LocalDate.of(2024, 1, 1), D);
        FeatureExtractor x = new FeatureExtractor(h);
        InvoiceFeatures good = x.extract(h.invoice(new InvoiceId("GO")), D);
        InvoiceFeatures bad = x.extract(h.invoice(new InvoiceId("BO")), D);

        OutcomeProbabilities none = model.predict(good, DunningAction.NONE);
        assertThat(none.churn()).isCloseTo(1 - Math.exp(-0.06), within(1e-12));
        assertThat(model.predict(good, DunningAction.SMS).churn()).isCloseTo(1 - Math.exp(-0.12), within(1e-12));
        assertThat(model.predict(good, DunningAction.COLLECTION).churn()).isCloseTo(1 - Math.exp(-0.30), within(1e-12));
        // (10 paid + 4 * 0.9) / (10 + 4) vs (0 + 3.6) / 14
        assertThat(model.payShare(good)).isCloseTo(13.6 / 14, within(1e-12));
        assertThat(model.payShare(bad)).isCloseTo(3.6 / 14, within(1e-12));
        assertThat(model.predict(good, DunningAction.NONE).pay()).isGreaterThan(model.predict(bad, DunningAction.NONE).pay());
        assertThat(model.predict(bad, DunningAction.COLLECTION).pay()).isGreaterThan(model.predict(bad, DunningAction.SMS).pay());
        assertThat(model.provenance().label()).isEqualTo("history-rules@1");
        assertThat(model.provenance().parametersLine()).contains("monthly_churn_hazard=0.01000");
    }

    @Test
    void unchasedPayShareTakesOffWhatChasingAddedAcrossTheCreditor() {
        HistoryBuilder b = new HistoryBuilder().customer("C", LocalDate.of(2025, 1, 1), true, true, 100);
        LocalDate due = LocalDate.of(2025, 3, 1);
        b.invoice("I1", "C", due, 100).payment("I1", due, 100)
                .invoice("I2", "C", due, 100).payment("I2", due.minusDays(3), 100)
                .invoice("I3", "C", due, 100).event("I3", due.plusDays(14), DunningAction.NONE)
                .invoice("I4", "C", due, 100).event("I4", due.plusDays(14), DunningAction.COLLECTION)
                .payment("I4", due.plusDays(30), 100);
        CreditorHistory h = b.invoice("O", "C", D.minusDays(14), 100).build();
        PopulationRates rates = PopulationRates.measure(h, D, 90);
        HistoryRulesModel model = new HistoryRulesModel(rates, 6, LocalDate.of(2025, 1, 1), D);
        InvoiceFeatures f = new FeatureExtractor(h).extract(h.invoice(new InvoiceId("O")), D);

        // 3 of 4 paid, 2 by the due date; the one left alone stayed unpaid: unchased 2/4 + 2/4 * 0
        assertThat(rates.payShare()).isCloseTo(0.75, within(1e-12));
        assertThat(rates.onTimeShare()).isCloseTo(0.5, within(1e-12));
        assertThat(rates.unchasedPayShare()).isCloseTo(0.5, within(1e-12));
        assertThat(model.unchasedPayShare(f)).isCloseTo(model.payShare(f) - 0.25, within(1e-12));
    }

    @Test
    void unchasedPayShareWithALeftAlonePaymentChanceCountsOnlyTheOnTimeRecordAsTheCustomersOwn() {
        HistoryBuilder b = new HistoryBuilder().customer("C", LocalDate.of(2025, 1, 1), true, true, 100);
        LocalDate due = LocalDate.of(2025, 3, 1);
        b.invoice("I1", "C", due, 100).payment("I1", due, 100);
        for (int i = 2; i <= 4; i++) {
            // paid every time, but only after collection: chasing, not the customer, got these paid
            b.invoice("I" + i, "C", due, 100).event("I" + i, due.plusDays(14), DunningAction.COLLECTION)
                    .payment("I" + i, due.plusDays(30), 100);
        }
        CreditorHistory h = b.invoice("O", "C", D.minusDays(14), 100).build();
        PopulationRates rates = new PopulationRates(0.01, 0.9, 0.8, 0.5, java.util.Map.of(), 1, 3);
        HistoryRulesModel model = new HistoryRulesModel(rates, 6, LocalDate.of(2025, 1, 1), D);
        InvoiceFeatures f = new FeatureExtractor(h).extract(h.invoice(new InvoiceId("O")), D);

        // on time: (1 + 2 * 0.8) / (4 earlier + this late one + 2) = 2.6 / 7; the rest paid with the left-alone chance
        assertThat(model.unchasedPayShare(f, 0.4)).isCloseTo(2.6 / 7 + (1 - 2.6 / 7) * 0.4, within(1e-12));
        assertThat(model.unchasedPayShare(f, 0.0)).isCloseTo(2.6 / 7, within(1e-12));
        // the record of invoices paid at all, (4 + 3.6) / 8, less the creditor's chasing uplift 0.9 - (0.8 + 0.2 * 0.5)
        assertThat(model.unchasedPayShare(f)).isCloseTo(0.95, within(1e-12));
        assertThat(model.unchasedPayShare(f, 0.4)).isLessThan(model.unchasedPayShare(f) - 0.2);
    }

    @Test
    void populationRatesIgnoreFactsFromTheDecisionDayOn() {
        HistoryBuilder b = new HistoryBuilder().customer("C", LocalDate.of(2025, 1, 1), true, true, 100);
        b.invoice("I1", "C", LocalDate.of(2025, 3, 1), 100).event("I1", LocalDate.of(2025, 3, 15), DunningAction.LETTER)
                .inquiry("C", LocalDate.of(2025, 3, 20), "I1");
        PopulationRates before = PopulationRates.measure(b.build(), D, 90);
        b.invoice("I2", "C", D.minusDays(40), 100).event("I2", D.minusDays(5), DunningAction.LETTER)
                .inquiry("C", D.minusDays(2), "I2").event("I1", D, DunningAction.COLLECTION);
        PopulationRates after = PopulationRates.measure(b.build(), D, 90);

        // the letter of D-5 has an open inquiry window and the collection is dated D: neither counts
        assertThat(after.inquiryRate()).isEqualTo(before.inquiryRate());
        assertThat(before.onTimeShare()).isZero();
        // nothing was left alone: no measure of what chasing added
        assertThat(before.unchasedPayShare()).isEqualTo(before.payShare());
        assertThat(before.inquiryRate().get(DunningAction.LETTER)).isCloseTo((1 + 50 * 0.06) / 51, within(1e-12));
    }
}
