package org.smartdunning.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The paired difference of two policies on the same logged decisions, and what an experiment can tell apart. */
class PairedDifferenceTest {

    @Test
    void differencesRowByRowOnHandCheckedTerms() {
        // differences 2, 4, 6, 8: mean 5, sample variance 20/3, standard error sqrt(20/3/4)
        PairedDifference d = PairedDifference.of("a", new double[] {12, 14, 16, 18}, "b", new double[] {10, 10, 10, 10});

        double se = Math.sqrt(20.0 / 3 / 4);
        assertThat(d.dr().value()).isCloseTo(5, within(1e-12));
        assertThat(d.dr().standardError()).isCloseTo(se, within(1e-12));
        assertThat(d.lowerBound()).isCloseTo(5 - 1.6448536269514722 * se, within(1e-12));
        assertThat(d.detectable()).isCloseTo((1.959963984540054 + 0.8416212335729143) * se, within(1e-12));
        assertThat(d.rows()).isEqualTo(4);
    }

    @Test
    void halfTheDifferenceTakesFourTimesTheDecisions() {
        PairedDifference d = PairedDifference.of("a", new double[] {12, 14, 16, 18}, "b", new double[] {10, 10, 10, 10});

        assertThat(d.rowsToDetect(d.detectable())).isEqualTo(4);
        assertThat(d.rowsToDetect(d.detectable() / 2)).isEqualTo(16);
        assertThat(d.rowsToDetect(-d.detectable() / 2)).as("the sign does not matter").isEqualTo(16);
    }

    @Test
    void pairingCancelsWhatBothPoliciesShareAndCoversTheTruth() {
        SyntheticBandit.Sample sample = SyntheticBandit.draw(5, 20_000, SyntheticBandit.GOOD_MODEL);
        TargetPolicy rule = TargetPolicy.of(sample.target(SyntheticBandit::rule));
        TargetPolicy standard = TargetPolicy.of(sample.target(SyntheticBandit::standard));
        double truth = SyntheticBandit.trueValue(SyntheticBandit::rule) - SyntheticBandit.trueValue(SyntheticBandit::standard);

        PairedDifference d = PairedDifference.of("rule", rule, "standard", standard, sample.logged());
        Estimate ruleAlone = OffPolicyEvaluator.evaluate("rule", rule, sample.logged()).dr();
        Estimate standardAlone = OffPolicyEvaluator.evaluate("standard", standard, sample.logged()).dr();

        assertThat(d.dr().value()).isCloseTo(ruleAlone.value() - standardAlone.value(), within(1e-9));
        assertThat(d.dr().standardError()).as("paired terms share the customers' noise")
                .isLessThan(Math.hypot(ruleAlone.standardError(), standardAlone.standardError()));
        assertThat(d.dr().value()).isCloseTo(truth, within(4 * d.dr().standardError()));
    }

    @Test
    void saysWhenTheExperimentCannotTellTheDifferenceApart() {
        // differences -1, 3, -1, 3: mean 1, standard error sqrt(16/3/4) = 1.155; lower bound < 0
        PairedDifference unclear = PairedDifference.of("new", new double[] {9, 13, 9, 13}, "current", new double[] {10, 10, 10, 10});
        PairedDifference clear = PairedDifference.of("new", new double[] {12, 14, 16, 18}, "current", new double[] {10, 10, 10, 10});

        assertThat(clear.unresolved()).isEmpty();
        // detectable 2.80 x 1.155 = 3.235; a difference of 1 takes 4 x 3.235^2 = 41.9, so 42 decisions
        assertThat(unclear.unresolved()).hasValue("new is not better than current with 95% confidence here; telling a"
                + " difference of 1.00 per invoice apart takes about 42 closed experiment decisions (4 now)");
    }

    @Test
    void refusesTermsOfDifferentRows() {
        assertThatThrownBy(() -> PairedDifference.of("a", new double[2], "b", new double[3]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same rows");
    }

    @Test
    void formatsOneLinePerDifference() {
        PairedDifference d = PairedDifference.of("new", new double[] {12, 14, 16, 18}, "current", new double[4]);

        String[] lines = PairedDifference.format(java.util.List.of(d)).split("\n");

        assertThat(lines).hasSize(2);
        assertThat(lines[1]).startsWith("new - current").contains("15.00 [").endsWith(String.format(
                java.util.Locale.ROOT, "%.2f", d.detectable()));
    }
}
