package org.smartdunning.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ConservativeChoiceTest {
    @Test
    void keepsTheReferenceActionWhereTheAdvantageIsWithinTheUncertainty() {
        // candidate 1 is best by 10, but the halves disagree on that advantage by 30 (spread 15)
        double[] expected = {100, 110, 50};
        double[][] halves = {{100, 100}, {125, 95}, {50, 50}};

        ConservativeChoice c = ConservativeChoice.of(expected, halves, null, 0, 1.0);

        assertThat(c.best()).isEqualTo(1);
        assertThat(c.chosen()).as("advantage 10 < 1 x spread 15: the reference's action stays").isZero();
        assertThat(c.heldBack()).isTrue();
        assertThat(c.advantage()[1]).isCloseTo(10, within(1e-9));
        assertThat(c.spread()[1]).isCloseTo(15, within(1e-9));
        assertThat(c.values()[0]).as("the reference keeps its own value").isEqualTo(100);
        assertThat(c.values()[1]).as("judged by the lower bound of its value").isCloseTo(95, within(1e-9));
    }

    @Test
    void takesTheLearnedActionWhereItsAdvantageIsClear() {
        // the halves agree: advantage +10 in each, spread 1
        double[] expected = {100, 110, 50};
        double[][] halves = {{99, 101}, {108, 112}, {50, 50}};

        ConservativeChoice c = ConservativeChoice.of(expected, halves, null, 0, 1.0);

        assertThat(c.spread()[1]).isCloseTo(1, within(1e-9));
        assertThat(c.chosen()).isEqualTo(1);
        assertThat(c.heldBack()).isFalse();
    }

    @Test
    void aLargerThresholdHoldsBackMore() {
        double[] expected = {100, 110, 50};
        double[][] halves = {{100, 100}, {118, 102}, {50, 50}}; // advantage 10, spread 8

        assertThat(ConservativeChoice.of(expected, halves, null, 0, 1.0).chosen()).isEqualTo(1);
        assertThat(ConservativeChoice.of(expected, halves, null, 0, 2.0).chosen()).isZero();
    }

    @Test
    void withoutHalvesTheValuesOwnUncertaintiesAreCombined() {
        double[] expected = {100, 110, 50};

        ConservativeChoice c = ConservativeChoice.of(expected, null, new double[] {3, 4, 1}, 0, 1.0);

        assertThat(c.spread()[1]).isCloseTo(5, within(1e-9));
        assertThat(c.chosen()).isEqualTo(1);
    }

    @Test
    void withoutAReferenceTheBestActionIsTaken() {
        double[] expected = {100, 110, 50};
        double[][] halves = {{100, 100}, {140, 80}, {50, 50}};

        ConservativeChoice c = ConservativeChoice.of(expected, halves, null, -1, 1.0);

        assertThat(c.chosen()).isEqualTo(1);
        assertThat(c.values()).containsExactly(expected);
        assertThat(c.heldBack()).isFalse();
    }

    @Test
    void followsTheReferenceWhereTheLoggedDataAreThinHoweverLargeTheAdvantage() {
        // both halves agree that candidate 1 gains 100 (spread 0), but only 5 of its rows were logged among similar invoices
        double[] expected = {100, 200, 50};
        double[][] halves = {{100, 100}, {200, 200}, {50, 50}};

        ConservativeChoice c = ConservativeChoice.of(expected, halves, null, new int[] {500, 5, 400}, 0, 1.0, 30);

        assertThat(c.spread()[1]).isZero();
        assertThat(c.thin(1)).isTrue();
        assertThat(c.chosen()).as("the advantage is extrapolation there: the reference stays").isZero();
        assertThat(c.heldBack()).isTrue();
        assertThat(c.values()[1]).as("no more than the reference's, so it can still be explored").isEqualTo(100);
        assertThat(c.why(1)).isEqualTo("thin data: 5 logged rows of it and 500 of the reference's among similar"
                + " invoices, 30 of each needed");
    }

    @Test
    void departsFromTheReferenceWhereTheAdvantageIsCertainOnEnoughData() {
        // a customer unlikely to pay without action and of negative lifetime value: collection gains 100 in both halves
        double[] expected = {100, 200, 50};
        double[][] halves = {{100, 100}, {198, 202}, {50, 50}};

        ConservativeChoice c = ConservativeChoice.of(expected, halves, null, new int[] {500, 30, 400}, 0, 1.0, 30);

        assertThat(c.thin(1)).as("30 rows are enough").isFalse();
        assertThat(c.chosen()).isEqualTo(1);
        assertThat(c.why(1)).isEqualTo("lower bound +98.00, uncertainty 2.00");
    }

    @Test
    void thinDataOnTheReferencesOwnActionAlsoKeepIt() {
        double[] expected = {100, 200, 50};
        double[][] halves = {{100, 100}, {200, 200}, {50, 50}};

        ConservativeChoice c = ConservativeChoice.of(expected, halves, null, new int[] {10, 400, 400}, 0, 1.0, 30);

        assertThat(c.chosen()).as("the models cannot compare against an action they hardly saw").isZero();
        assertThat(c.thin(2)).isTrue();
    }

    @Test
    void onEnoughDataTheUncertaintyStillHoldsBackAnUnsureAdvantage() {
        double[] expected = {100, 110, 50};
        double[][] halves = {{100, 100}, {125, 95}, {50, 50}}; // advantage 10, spread 15

        ConservativeChoice c = ConservativeChoice.of(expected, halves, null, new int[] {500, 500, 500}, 0, 1.0, 30);

        assertThat(c.chosen()).isZero();
        assertThat(ConservativeChoice.of(expected, halves, null, new int[] {500, 500, 500}, 0, 0.5, 30).chosen())
                .as("a lower threshold trusts it: 10 > 0.5 x 15").isEqualTo(1);
    }
}
