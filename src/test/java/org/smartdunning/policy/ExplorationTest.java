package org.smartdunning.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartdunning.policy.HalvesModel.p;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.DunningAction;

class ExplorationTest {
    /** Two halves that disagree on e-mail and SMS (uncertain, close to none) and agree that collection is bad. */
    static HalvesModel twoHalves() {
        return new HalvesModel(Map.of(
                DunningAction.NONE, List.of(p(0.80, 0.050, 0.02), p(0.80, 0.050, 0.02)),
                DunningAction.EMAIL, List.of(p(0.86, 0.052, 0.02), p(0.84, 0.060, 0.02)),
                DunningAction.SMS, List.of(p(0.85, 0.054, 0.02), p(0.83, 0.062, 0.02)),
                DunningAction.LETTER, List.of(p(0.84, 0.150, 0.02), p(0.84, 0.150, 0.02)),
                DunningAction.COLLECTION, List.of(p(0.95, 0.250, 0.02), p(0.95, 0.250, 0.02))), 36);
    }

    static InvoiceFeatures invoice(String id) {
        return OverdueInvoice.features(id, true, true);
    }

    @Test
    void exploresOnlyAmongActionsThatMayBeBestAndLogsTheirPropensity() {
        ExpectedValuePolicy policy = new ExpectedValuePolicy(twoHalves(), BusinessSettings.DEFAULTS, new Exploration(1, 7));
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
            String taken = String.format(java.util.Locale.ROOT, "%.4f", d.propensity());
            if (d.action() == DunningAction.EMAIL) {
                assertThat(d.reason()).as("the models' best, with its probability when below 1")
                        .startsWith("email has the highest expected value (")
                        .contains(d.propensity() < 1 ? "taken with probability " + taken : ")");
            } else {
                assertThat(d.reason()).as("another action is explored, and says so with the best's value")
                        .startsWith(d.action().key() + " explored with probability " + taken + " (expected value ")
                        .contains(String.format(java.util.Locale.ROOT, "; best email %.2f", best));
            }
        }
        assertThat(explored).as("uncertain close calls are randomised").isGreaterThan(100);
    }

    @Test
    void sameSeedReplaysTheSameDecisionsAndExploreZeroTakesTheBest() {
        Exploration on = new Exploration(1, 11);
        ExpectedValuePolicy a = new ExpectedValuePolicy(twoHalves(), BusinessSettings.DEFAULTS, on);
        ExpectedValuePolicy b = new ExpectedValuePolicy(twoHalves(), BusinessSettings.DEFAULTS, on);
        ExpectedValuePolicy off = new ExpectedValuePolicy(twoHalves(), BusinessSettings.DEFAULTS, Exploration.NONE);
        for (int i = 0; i < 50; i++) {
            InvoiceFeatures f = invoice("R" + i);
            assertThat(a.decide(f)).isEqualTo(b.decide(f));
            Decision best = off.decide(f);
            assertThat(best.propensity()).isEqualTo(1.0);
            assertThat(best.action()).isEqualTo(DunningAction.EMAIL);
        }
    }
}
