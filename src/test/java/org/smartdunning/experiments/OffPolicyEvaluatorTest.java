package org.smartdunning.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.smartdunning.history.DunningAction.COLLECTION;
import static org.smartdunning.history.DunningAction.EMAIL;
import static org.smartdunning.history.DunningAction.LETTER;
import static org.smartdunning.history.DunningAction.NONE;
import static org.smartdunning.history.DunningAction.SMS;

import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.smartdunning.history.DunningAction;

/** The estimators' formulas on hand-checked rows, and the guards. */
class OffPolicyEvaluatorTest {
    private static final Offset<Double> EXACT = within(1e-9);
    private static final double Z = Estimate.Z95;

    /*
     * target: sms, collection, collection, none
     * row  logged      p    r   q(target)  q(logged)  w   w*r   DR term
     *  1   sms        1/5  10      8          8        5   50    8 + 5*(10-8)  = 18
     *  2   letter     1/3  -5    -10         -2        0    0   -10 + 0        = -10
     *  3   collection 1/5  30     20         20        5  150    20 + 5*(30-20) = 70
     *  4   none       1/2   0   (none)     (none)      2    0     0 + 2*(0-0)   = 0
     * IPS 200/4 = 50; SNIPS 200/12; DR 78/4 = 19.5; ESS 12^2/54
     */
    static final List<LoggedDecision> ROWS = List.of(
            new LoggedDecision(SMS, 0.2, 10, Map.of(NONE, 0.0, SMS, 8.0, EMAIL, 5.0, LETTER, 6.0, COLLECTION, 2.0)),
            new LoggedDecision(LETTER, 1.0 / 3, -5, Map.of(NONE, 1.0, LETTER, -2.0, COLLECTION, -10.0)),
            new LoggedDecision(COLLECTION, 0.2, 30, Map.of(NONE, 5.0, SMS, 6.0, EMAIL, 7.0, LETTER, 8.0, COLLECTION, 20.0)),
            new LoggedDecision(NONE, 0.5, 0));

    @Test
    void computesTheHandCheckedFigures() {
        PolicyEstimate e = OffPolicyEvaluator.evaluate("hand",
                TargetPolicy.deterministic(List.of(SMS, COLLECTION, COLLECTION, NONE)), ROWS);

        assertThat(e.ips().value()).isCloseTo(50, EXACT);
        // IPS terms 50, 0, 150, 0: squared deviations 0 + 2500 + 10000 + 2500 over (n-1) n
        assertThat(e.ips().standardError()).isCloseTo(Math.sqrt(15000.0 / 3 / 4), within(1e-9));
        assertThat(e.ips().low()).isCloseTo(50 - Z * Math.sqrt(1250), EXACT);
        assertThat(e.ips().high()).isCloseTo(50 + Z * Math.sqrt(1250), EXACT);

        double snips = 200.0 / 12;
        assertThat(e.snips().value()).isCloseTo(snips, EXACT);
        // delta method: terms w (r - snips) / mean(w), mean(w) = 3
        double[] linear = {5 * (10 - snips) / 3, 0, 5 * (30 - snips) / 3, 2 * (0 - snips) / 3};
        double squares = 0;
        for (double t : linear) {
            squares += t * t; // their mean is 0 by construction
        }
        assertThat(e.snips().standardError()).isCloseTo(Math.sqrt(squares / 3 / 4), within(1e-9));

        assertThat(e.dr().value()).isCloseTo(19.5, EXACT);
        // DR terms 18, -10, 70, 0 around 19.5
        assertThat(e.dr().standardError()).isCloseTo(Math.sqrt((2.25 + 870.25 + 2550.25 + 380.25) / 3 / 4), within(1e-9));

        assertThat(e.effectiveSampleSize()).isCloseTo(144.0 / 54, EXACT);
        assertThat(e.n()).isEqualTo(4);
        assertThat(e.note()).contains("effective sample size 2.7 of 4 rows")
                .contains("1 of 4 rows give probability to an action without a predicted reward");
    }

    @Test
    void theLoggingPolicyOnItsOwnDataGivesThePlainMeanReward() {
        SyntheticBandit.Sample sample = SyntheticBandit.draw(3, 5000, SyntheticBandit.GOOD_MODEL);
        double[] rewards = sample.logged().stream().mapToDouble(LoggedDecision::reward).toArray();
        double mean = SampleStats.mean(rewards);
        double se = SampleStats.standardError(rewards);

        PolicyEstimate e = OffPolicyEvaluator.evaluate("logging", sample.target(SyntheticBandit::logging), sample.logged());

        // every weight is exactly 1, so IPS and SNIPS are the sample mean with the usual interval
        assertThat(e.ips().value()).isCloseTo(mean, within(1e-9));
        assertThat(e.snips().value()).isCloseTo(mean, within(1e-9));
        assertThat(e.ips().low()).isCloseTo(mean - Z * se, within(1e-9));
        assertThat(e.snips().high()).isCloseTo(mean + Z * se, within(1e-9));
        assertThat(e.effectiveSampleSize()).isCloseTo(5000, within(1e-6));
        assertThat(e.dr().value()).isCloseTo(mean, within(2 * se));
    }

    @Test
    void noRowsGiveNanEstimatesAndSaySo() {
        PolicyEstimate e = OffPolicyEvaluator.evaluate("empty", TargetPolicy.standardProcess(), List.of());

        assertThat(e.ips().value()).isNaN();
        assertThat(e.snips().low()).isNaN();
        assertThat(e.dr().high()).isNaN();
        assertThat(e.n()).isZero();
        assertThat(e.effectiveSampleSize()).isZero();
        assertThat(e.note()).isEqualTo("no logged decisions: nothing to estimate from");
    }

    @Test
    void aPolicyTheExperimentsNeverTriedGivesNanEstimatesAndSaysSo() {
        List<LoggedDecision> rows = List.of(new LoggedDecision(NONE, 0.2, 5), new LoggedDecision(SMS, 0.2, 7),
                new LoggedDecision(LETTER, 1.0 / 3, 9));

        PolicyEstimate e = OffPolicyEvaluator.evaluate("standard", TargetPolicy.standardProcess(), rows);

        assertThat(List.of(e.ips().value(), e.snips().value(), e.dr().value())).allMatch(v -> v.isNaN());
        assertThat(e.n()).isEqualTo(3);
        assertThat(e.effectiveSampleSize()).isZero();
        assertThat(e.note()).contains("total weight 0");
    }

    @Test
    void oneRowHasAValueButNoInterval() {
        PolicyEstimate e = OffPolicyEvaluator.evaluate("one", TargetPolicy.always(SMS),
                List.of(new LoggedDecision(SMS, 0.25, 8)));

        assertThat(e.ips().value()).isCloseTo(32, EXACT);
        assertThat(e.snips().value()).isCloseTo(8, EXACT);
        assertThat(e.dr().value()).isCloseTo(32, EXACT); // no predictions: the DR term is the IPS term
        assertThat(e.ips().low()).isNaN();
        assertThat(e.note()).startsWith("one logged decision: no confidence interval;")
                .endsWith("1 of 1 rows give probability to an action without a predicted reward (DR takes it as 0)");
    }

    @Test
    void helpersGiveTheirActionProbabilityOne() {
        assertThat(TargetPolicy.standardProcess().probabilities(17)).isEqualTo(Map.of(COLLECTION, 1.0));
        TargetPolicy deterministic = TargetPolicy.deterministic(List.of(SMS, LETTER));
        assertThat(deterministic.probability(1, LETTER)).isEqualTo(1.0);
        assertThat(deterministic.probability(1, SMS)).isZero();
    }

    @Test
    void rejectsWhatIsNotAPolicyOrNotALog() {
        List<LoggedDecision> rows = List.of(new LoggedDecision(SMS, 0.2, 1));
        Map<DunningAction, Double> tooMuch = Map.of(SMS, 0.7, LETTER, 0.7);
        assertThatThrownBy(() -> OffPolicyEvaluator.evaluate("x", List.of(tooMuch), rows))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum to 1");
        assertThatThrownBy(() -> OffPolicyEvaluator.evaluate("x", List.of(), rows))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 rows for 1 logged");
        assertThatThrownBy(() -> new LoggedDecision(SMS, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("propensity");
        assertThatThrownBy(() -> new LoggedDecision(SMS, 0.2, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reward");
    }
}
