package org.smartdunning.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.smartdunning.models.OutcomeLabels;

class RealisedChurnTest {
    private static OutcomeLabels labels(boolean churned, double exposureMonths, boolean churnedInWindow) {
        return new OutcomeLabels(true, churned, exposureMonths, false, churnedInWindow);
    }

    @Test
    void aCustomerWhoLeftBeforeTheNextActionChurnedBecauseOfThisOne() {
        assertThat(LoggedExperiment.realisedChurn(labels(true, 2.5, true), 0.1, 6)).isEqualTo(1);
    }

    @Test
    void aCustomerWhoStayedTheWholeWindowDidNotChurn() {
        assertThat(LoggedExperiment.realisedChurn(labels(false, 6, false), 0.1, 6)).isZero();
    }

    @Test
    void whenTheNextActionCameFirstTheRestOfTheWindowCountsAtThePredictedRateNotAtWhatHappenedLater() {
        // next action after 2 of 6 months; the customer left in month 4, after a collection: not this action's doing
        double remainder = LoggedExperiment.realisedChurn(labels(false, 2, true), 0.19, 6);

        assertThat(remainder).as("1 - 0.81^(4/6)").isCloseTo(1 - Math.pow(0.81, 4 / 6.0), within(1e-12));
    }

    @Test
    void aCustomerGoneBeforeTheActionCouldNotBeMadeToLeave() {
        assertThat(LoggedExperiment.realisedChurn(labels(false, 0, false), 0.3, 6)).isZero();
    }
}
