package org.smartdunning.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EstimateTableTest {
    @Test
    void printsOneRowPerPolicyWithIntervalsAndNotesBelow() {
        PolicyEstimate model = new PolicyEstimate("model", new Estimate(88.1, 86.5, 89.7),
                new Estimate(88.2, 86.9, 89.5), new Estimate(88.0, 86.8, 89.2), 22668.4, 100000, "");
        PolicyEstimate never = new PolicyEstimate("standard", Estimate.none(), Estimate.none(), Estimate.none(),
                0, 3, "no logged action has a probability under this policy (total weight 0)");

        String[] lines = EstimateTable.format(List.of(model, never)).split("\n");

        assertThat(lines).hasSize(5);
        assertThat(lines[1]).startsWith("policy").contains("IPS [low, high]", "SNIPS [low, high]", "DR [low, high]",
                "ESS");
        assertThat(lines[2]).startsWith("model ").contains("88.10 [86.50, 89.70]", "88.20 [86.90, 89.50]",
                "88.00 [86.80, 89.20]", "22668.4", "100000");
        assertThat(lines[3]).startsWith("standard ").contains("n/a").endsWith(" 3");
        assertThat(lines[4]).isEqualTo("standard: no logged action has a probability under this policy (total weight 0)");
        // columns line up: each row's IPS cell starts where the header's does
        assertThat(lines[2].indexOf("88.10")).isEqualTo(lines[1].indexOf("IPS"));
    }

    @Test
    void aValueWithoutAnIntervalSaysSo() {
        assertThat(EstimateTable.cell(new Estimate(32, Double.NaN, Double.NaN))).isEqualTo("32.00 [n/a]");
    }
}
