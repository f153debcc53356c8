package org.smartdunning.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.economics.OutcomeProbabilities;
import org.smartdunning.features.FeatureExtractor;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.models.ModelProvenance;
import org.smartdunning.models.OutcomeModel;
import org.smartdunning.testing.HistoryBuilder;

class ExplorationTest {
    static final LocalDate D = LocalDate.of(2026, 6, 1);

    /** Two halves that disagree on e-mail and SMS (uncertain, close to none) and agree that collection is bad. */
    static final class TwoHalves implements OutcomeModel {
        public OutcomeProbabilities predict(InvoiceFeatures f, DunningAction a) {
            List<OutcomeProbabilities> h = predictions(f, a);
            return new OutcomeProbabilities((h.get(0).pay() + h.get(1).pay()) / 2,
                    (h.get(0).churn() + h.get(1).churn()) / 2, (h.get(0).inquiry() + h.get(1).inquiry()) / 2);
        }

        public List<OutcomeProbabilities> predictions(InvoiceFeatures f, DunningAction a) {
            return switch (a) {
                case NONE -> List.of(p(0.80, 0.050), p(0.80, 0.050));
                case EMAIL -> List.of(p(0.86, 0.052), p(0.84, 0.060));
                case SMS -> List.of(p(0.85, 0.054), p(0.83, 0.062));
                case LETTER -> List.of(p(0.84, 0.150), p(0.84, 0.150));
                case COLLECTION -> List.of(p(0.95, 0.250), p(0.95, 0.250));
            };
        }

        static OutcomeProbabilities p(double pay, double churn) {
            return new OutcomeProbabilities(pay, churn, 0.02);
        }

        public double payShare(InvoiceFeatures f) {
            return 0.95;
        }

        public double remainingMonths(InvoiceFeatures f) {
            return 36;
        }

        public ModelProvenance provenance() {
            return new ModelProvenance("two-halves", "1", null, null, 0, Map.of());
        }
    }

    static InvoiceFeatures invoice(String id) {
        CreditorHistory h = new HistoryBuilder().customer("C", LocalDate.of(2024, 1, 1), true, true, 100)
                .invoice(id, "C", D.minusDays(14), 500).build();
        return new FeatureExtractor(h).extract(h.invoice(new InvoiceId(id)), D);
    }

    @Test
    void exploresOnlyAmongActionsThatMayBeBestAndLogsTheirPropensity() {
        ExpectedValuePolicy policy = new ExpectedValuePolicy(new TwoHalves(), BusinessSettings.DEFAULTS, new Exploration(1, 7));
        int explored = 0;
        for (int i = 0; i < 200; i++) {
            InvoiceFeatures f = invoice("I" + i);
            Map<DunningAction, Double> p = policy.probabilities(f);
            assertThat(p.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(p.get(DunningAction.COLLECTION)).as("far worse and certain: never tried").isZero();
            assertThat(p.get(DunningAction.LETTER)).isZero();
            Decision d = policy.decide(f);
            assertThat(d.propensity()).isEqualTo(p.get(d.action()));
            assertThat(d.propensity()).isPositive();
            double regret = 0;
            double best = d.candidates().stream().mapToDouble(CandidateValue::value).max().orElseThrow();
            for (CandidateValue c : d.candidates()) {
                regret += p.get(c.action()) * (best - c.value());
            }
            assertThat(regret).as("within the regret budget").isLessThanOrEqualTo(0.01 * 500 + 1e-9);
            explored += d.propensity() < 1 ? 1 : 0;
        }
        assertThat(explored).as("uncertain close calls are randomised").isGreaterThan(100);
    }

    @Test
    void sameSeedReplaysTheSameDecisionsAndExploreZeroTakesTheBest() {
        Exploration on = new Exploration(1, 11);
        ExpectedValuePolicy a = new ExpectedValuePolicy(new TwoHalves(), BusinessSettings.DEFAULTS, on);
        ExpectedValuePolicy b = new ExpectedValuePolicy(new TwoHalves(), BusinessSettings.DEFAULTS, on);
        ExpectedValuePolicy off = new ExpectedValuePolicy(new TwoHalves(), BusinessSettings.DEFAULTS, Exploration.NONE);
        for (int i = 0; i < 50; i++) {
            InvoiceFeatures f = invoice("R" + i);
            assertThat(a.decide(f)).isEqualTo(b.decide(f));
            Decision best = off.decide(f);
            assertThat(best.propensity()).isEqualTo(1.0);
            assertThat(best.action()).isEqualTo(DunningAction.EMAIL);
        }
    }
}
