package org.smartdunning.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartdunning.features.FeatureExtractor;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.testing.HistoryBuilder;

/** One half of the cross-fitting prices a customer's lifetime value from its own predictions, not the other half's. */
class LearnedOutcomeModelHalfTest {
    private static final LocalDate D = LocalDate.of(2026, 6, 1);

    /** A tree model that answers the same margin for every row. */
    private record Constant(double margin) implements TreeModel {
        @Override
        public double[] margins(float[][] rows) {
            double[] m = new double[rows.length];
            Arrays.fill(m, margin);
            return m;
        }

        @Override
        public double[][] contributions(float[][] rows) {
            return new double[rows.length][1];
        }

        @Override
        public double[] gainImportance(int features) {
            return new double[features];
        }

        @Override
        public byte[] bytes() {
            return new byte[0];
        }
    }

    private static CrossFittedModel halves(Objective objective, double first, double second) {
        return CrossFittedModel.restore(objective, new TreeModel[] {new Constant(first), new Constant(second)},
                PlattScaling.IDENTITY);
    }

    @Test
    void eachHalfReadsItsOwnLeftAlonePaymentAndChurn() {
        HistoryBuilder b = new HistoryBuilder().customer("C", LocalDate.of(2025, 1, 1), true, true, 100);
        b.invoice("I1", "C", LocalDate.of(2026, 3, 1), 100).invoice("OPEN", "C", D.minusDays(14), 100);
        CreditorHistory h = b.build();
        InvoiceFeatures f = new FeatureExtractor(h).extract(h.invoice(new InvoiceId("OPEN")), D);
        PopulationRates rates = new PopulationRates(0.01, 0.9, 0.8, 0.5, Map.of(DunningAction.NONE, 0.01,
                DunningAction.SMS, 0.02, DunningAction.EMAIL, 0.02, DunningAction.LETTER, 0.05,
                DunningAction.COLLECTION, 0.1), 2, 0);
        HistoryRulesModel rules = new HistoryRulesModel(rates, 6, LocalDate.of(2025, 1, 1), D);
        Map<DunningAction, Boolean> learned = new EnumMap<>(DunningAction.class);
        for (DunningAction a : DunningAction.values()) {
            learned.put(a, true);
        }
        // half 0: paid when left alone with probability ~0.12, churn rate e^-4; half 1: ~0.88, e^-2
        PooledChurn churn = PooledChurn.restore(halves(Objective.POISSON, -4, -2), learned, Map.of(DunningAction.NONE, 1.0));
        ArmModels none = new ArmModels(DunningAction.NONE, halves(Objective.BINARY, -2, 2), churn,
                halves(Objective.BINARY, -3, -3), 500);
        LearnedOutcomeModel model = new LearnedOutcomeModel(Map.of(DunningAction.NONE, none), rules, 6, rules.provenance());

        double pay0 = model.half(0).predict(f, DunningAction.NONE).pay();
        double pay1 = model.half(1).predict(f, DunningAction.NONE).pay();
        assertThat(pay0).isLessThan(0.2);
        assertThat(pay1).isGreaterThan(0.8);
        assertThat(model.half(0).payShare(f)).isCloseTo(rules.unchasedPayShare(f, pay0), within(1e-12));
        assertThat(model.half(1).payShare(f)).isCloseTo(rules.unchasedPayShare(f, pay1), within(1e-12));
        assertThat(model.half(0).payShare(f)).isLessThan(model.half(1).payShare(f));
        // lower churn rate, longer outlook: e^4 against e^2 months
        assertThat(model.half(0).remainingMonths(f)).isCloseTo(Math.exp(4), within(1e-6));
        assertThat(model.half(1).remainingMonths(f)).isCloseTo(Math.exp(2), within(1e-6));
        assertThat(model.remainingMonths(f)).isBetween(Math.exp(2), Math.exp(4));
    }
}
