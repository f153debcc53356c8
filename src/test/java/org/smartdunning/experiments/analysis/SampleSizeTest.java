package org.smartdunning.experiments.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The invoices an experiment needs per arm, against the textbook's figures. */
class SampleSizeTest {
    @Test
    void meansNeedTwoSigmaSquaredTimesTheQuantilesSquaredOverTheDifferenceSquared() {
        // 2 × 1² × (1.95996 + 0.84162)² / 0.5² = 2 × 7.84887 / 0.25 = 62.79 → 63
        assertThat(SampleSize.forMeans(1, 0.5)).isEqualTo(63);
        assertThat(SampleSize.forMeans(100, 10)).isEqualTo(1570);
    }

    @Test
    void sharesUseTheTwoProportionFormula() {
        // 50% against 60%: (1.95996 √(2 × 0.55 × 0.45) + 0.84162 √(0.25 + 0.24))² / 0.01 = 387.3 → 388
        assertThat(SampleSize.forShares(0.5, 0.1)).isEqualTo(388);
        assertThat(SampleSize.forShares(0.99, 0.02)).as("towards the middle past 1").isEqualTo(SampleSize.forShares(0.97, 0.02));
    }

    @Test
    void measuredOnTheCreditorsDunnedInvoices() {
        List<ArmObservation> dunned = List.of(WeightedMeanTest.valued(100, 1), WeightedMeanTest.valued(0, 1),
                WeightedMeanTest.valued(100, 1), WeightedMeanTest.valued(0, 1));
        SampleSize size = SampleSize.of(dunned, 10, 0.1);
        assertThat(size.basedOn()).isEqualTo(4);
        assertThat(size.valueSd()).isCloseTo(Math.sqrt(10_000.0 / 3), within(1e-9));
        assertThat(size.valueInvoicesPerArm()).isEqualTo(SampleSize.forMeans(size.valueSd(), 10));
        assertThat(size.paidShare()).isEqualTo(0.5);
        assertThat(size.paidInvoicesPerArm()).isEqualTo(388);
        SampleSize none = SampleSize.of(List.of(), 10, 0.1);
        assertThat(none.valueInvoicesPerArm()).isNull();
        assertThat(none.paidInvoicesPerArm()).isNull();
        assertThatThrownBy(() -> SampleSize.of(dunned, 0, 0.1)).hasMessageContaining("above 0");
        assertThatThrownBy(() -> SampleSize.of(dunned, 10, 2)).hasMessageContaining("between 0 and 1");
    }
}
