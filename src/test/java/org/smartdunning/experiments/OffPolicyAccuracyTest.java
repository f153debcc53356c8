package org.smartdunning.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.smartdunning.experiments.SyntheticBandit.Invoice;
import org.smartdunning.experiments.SyntheticBandit.Sample;
import org.smartdunning.history.DunningAction;

/** The estimators against a synthetic bandit whose true policy values are known exactly. */
class OffPolicyAccuracyTest {
    private static final Map<String, Function<Invoice, Map<DunningAction, Double>>> POLICIES = Map.of(
            "rule", SyntheticBandit::rule,
            "standard", SyntheticBandit::standard,
            "stochastic", SyntheticBandit::stochastic);

    @Test
    void theTruthIsWhatTheBanditSays() {
        // standard: 0.5*(100*0.85-40) + 0.3*(300*0.80-40) + 0.2*(50*0.90-40) = 22.5 + 60 + 1
        assertThat(SyntheticBandit.trueValue(SyntheticBandit::standard)).isCloseTo(83.5, within(1e-9));
        // rule: 0.5*(0.7*(70-0.6) + 0.3*(75-11)) + 0.3*(165-11) + 0.2*40
        assertThat(SyntheticBandit.trueValue(SyntheticBandit::rule))
                .isCloseTo(0.5 * (0.7 * 69.4 + 0.3 * 64) + 0.3 * 154 + 0.2 * 40, within(1e-9));
    }

    @Test
    void allThreeEstimatorsFindTheTrueValueOnALargeSample() {
        Sample sample = SyntheticBandit.draw(42, 100_000, SyntheticBandit.GOOD_MODEL);
        POLICIES.forEach((name, policy) -> {
            double truth = SyntheticBandit.trueValue(policy);
            PolicyEstimate e = OffPolicyEvaluator.evaluate(name, sample.target(policy), sample.logged());
            for (Estimate estimate : List.of(e.ips(), e.snips(), e.dr())) {
                // the interval must be narrow and the estimate within four of its standard errors
                assertThat(estimate.standardError()).as(name).isBetween(0.1, 1.0);
                assertThat(estimate.value()).as(name).isCloseTo(truth, within(4 * estimate.standardError()));
            }
            assertThat(e.n()).isEqualTo(100_000);
            assertThat(e.note()).isEmpty();
        });
    }

    @Test
    void theIntervalsCoverTheTruthInAbout95PercentOfRepeatedExperiments() {
        int runs = 200;
        String[] names = {"rule", "standard", "stochastic"};
        int[][] covered = new int[names.length][3];
        for (int seed = 1; seed <= runs; seed++) {
            Sample sample = SyntheticBandit.draw(seed, 1000, SyntheticBandit.GOOD_MODEL);
            for (int k = 0; k < names.length; k++) {
                Function<Invoice, Map<DunningAction, Double>> policy = POLICIES.get(names[k]);
                double truth = SyntheticBandit.trueValue(policy);
                PolicyEstimate e = OffPolicyEvaluator.evaluate(names[k], sample.target(policy), sample.logged());
                covered[k][0] += e.ips().covers(truth) ? 1 : 0;
                covered[k][1] += e.snips().covers(truth) ? 1 : 0;
                covered[k][2] += e.dr().covers(truth) ? 1 : 0;
            }
        }
        // measured with these seeds: 0.935 to 0.99 across the nine policy-estimator pairs (rule/DR is the 0.99);
        // over 2,000 other seeds all nine lie within 0.942 to 0.958, so the intervals are calibrated
        for (int k = 0; k < names.length; k++) {
            for (int estimator = 0; estimator < 3; estimator++) {
                assertThat(covered[k][estimator] / (double) runs).as(names[k] + " estimator " + estimator)
                        .isBetween(0.88, 0.99);
            }
        }
    }

    @Test
    void aGoodRewardModelMakesDoublyRobustTighterThanIps() {
        Sample sample = SyntheticBandit.draw(7, 50_000, SyntheticBandit.GOOD_MODEL);
        // the model removes the weight noise; the payment coin-flip noise stays, so the gain is largest
        // for the deterministic policies, whose weights vary most
        for (String name : List.of("rule", "standard")) {
            PolicyEstimate e = OffPolicyEvaluator.evaluate(name, sample.target(POLICIES.get(name)), sample.logged());
            assertThat(e.dr().standardError()).as(name).isLessThan(0.8 * e.ips().standardError());
        }
        PolicyEstimate stochastic = OffPolicyEvaluator.evaluate("stochastic",
                sample.target(SyntheticBandit::stochastic), sample.logged());
        assertThat(stochastic.dr().standardError()).isLessThan(stochastic.ips().standardError());
    }

    @Test
    void doublyRobustStaysUnbiasedWithAWrongRewardModel() {
        Sample sample = SyntheticBandit.draw(11, 200_000, SyntheticBandit.WRONG_MODEL);
        POLICIES.forEach((name, policy) -> {
            double truth = SyntheticBandit.trueValue(policy);
            List<Map<DunningAction, Double>> target = sample.target(policy);
            // the model alone (direct method) is far off, so the test below shows the correction at work
            assertThat(Math.abs(directMethod(target, sample.logged()) - truth)).as(name).isGreaterThan(20);
            Estimate dr = OffPolicyEvaluator.evaluate(name, target, sample.logged()).dr();
            assertThat(dr.standardError()).as(name).isLessThan(1.0);
            assertThat(dr.value()).as(name).isCloseTo(truth, within(4 * dr.standardError()));
        });
    }

    private static double directMethod(List<Map<DunningAction, Double>> target, List<LoggedDecision> logged) {
        double sum = 0;
        for (int i = 0; i < logged.size(); i++) {
            Map<DunningAction, Double> q = logged.get(i).predictedReward();
            for (Map.Entry<DunningAction, Double> e : target.get(i).entrySet()) {
                sum += e.getValue() * q.get(e.getKey());
            }
        }
        return sum / logged.size();
    }
}
