package org.smartdunning.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.DunningAction;
import org.smartdunning.models.xgboost.XgboostTrainer;

/**
 * Arms beside a large collection arm. With one arm (a letter arm whose customers barely churn, 2.5% in six
 * months, against collection's 20%) the structure cannot be fitted: the field results say a letter churns 2/5
 * as much as collection (8%), worth 10 events; tried 400 times the arm is held towards them, tried 20,000 times
 * its own level stands. With four arms the creditor's friction sensitivity is fitted on all of them.
 */
class FieldChurnPriorTest {
    private static final float[] ROW = {0.5f, 0.5f};
    private static final double MONTHS = 6;

    /** An arm of {@code n} customers of whom exactly {@code churn × n} churned: its own level is known exactly. */
    private static void arm(List<TrainingExample> rows, DunningAction action, int n, double churn,
                            SplittableRandom random) {
        long churned = Math.round(churn * n);
        for (int i = 0; i < n; i++) {
            float[] vector = {(float) random.nextDouble(), (float) random.nextDouble()};
            rows.add(new TrainingExample(new CustomerId(action.key() + i), null, vector, action, 1, TrainingExample.Logging.STANDARD,
                    new OutcomeLabels(true, i < churned, MONTHS, false, false)));
        }
    }

    private static PooledChurn train(List<TrainingExample> rows) {
        return PooledChurn.train(new XgboostTrainer(), rows, e -> CustomerFolds.of(e.customerId(), 1), 1);
    }

    private static double churn(PooledChurn churn, DunningAction action) {
        double[][] halves = churn.ratesHalves(new float[][] {ROW}, action);
        return 1 - Math.exp(-MONTHS * (halves[0][0] + halves[1][0]) / 2);
    }

    private static double letterChurn(int letters) {
        SplittableRandom random = new SplittableRandom(5);
        List<TrainingExample> rows = new ArrayList<>();
        arm(rows, DunningAction.COLLECTION, 20_000, 0.20, random);
        arm(rows, DunningAction.LETTER, letters, 0.025, random);
        return churn(train(rows), DunningAction.LETTER);
    }

    /** Four arms of {@code n} rows beside 20,000 of collection, churning at these six-month rates. */
    private static List<TrainingExample> fourArms(int n, Map<DunningAction, Double> churn) {
        SplittableRandom random = new SplittableRandom(11);
        List<TrainingExample> rows = new ArrayList<>();
        arm(rows, DunningAction.COLLECTION, 20_000, churn.get(DunningAction.COLLECTION), random);
        for (DunningAction action : List.of(DunningAction.NONE, DunningAction.SMS, DunningAction.EMAIL,
                DunningAction.LETTER)) {
            arm(rows, action, n, churn.get(action), random);
        }
        return rows;
    }

    @Test
    void aThinArmIsHeldTowardsTheFieldResults() {
        // without the prior 0.021: the arm's own ten events
        assertThat(letterChurn(400)).as("400 letters: 10 churn events, the prior worth 10").isBetween(0.03, 0.06);
    }

    @Test
    void aLargeArmKeepsItsOwnLevel() {
        assertThat(letterChurn(20_000)).as("20,000 letters: 500 churn events").isBetween(0.02, 0.032);
    }

    @Test
    void anArmOffTheFrictionStructureByItsNoiseIsPulledOntoIt() {
        // customers who mind friction a third as much as the field's: none 6%, a reminder or a letter x1.3 (7.8%),
        // collection x2.2; the e-mail arm's thousand customers drew 6.2%, 1.9 standard errors below its 7.8%
        List<TrainingExample> rows = fourArms(1_000, Map.of(DunningAction.NONE, 0.06, DunningAction.SMS, 0.078,
                DunningAction.EMAIL, 0.062, DunningAction.LETTER, 0.078, DunningAction.COLLECTION, 0.132));
        PooledChurn model = train(rows);

        FieldChurnPrior.Structure structure = model.structure().orElseThrow();
        assertThat(structure.arms()).isEqualTo(4);
        assertThat(structure.sensitivity()).as("fitted friction sensitivity, truth 0.3").isBetween(0.15, 0.5);
        assertThat(churn(model, DunningAction.EMAIL))
                .as("e-mail's churn, its own 0.062, the structure's 0.078: pulled over a quarter of the way")
                .isGreaterThan(0.066);
        assertThat(churn(model, DunningAction.NONE)).isLessThan(churn(model, DunningAction.EMAIL));
    }

    @Test
    void armsThatBreakTheStructureKeepTheirOwnLevels() {
        // SMS churns three times as much as e-mail, though the field results rank them alike
        List<TrainingExample> rows = fourArms(5_000, Map.of(DunningAction.NONE, 0.06, DunningAction.SMS, 0.18,
                DunningAction.EMAIL, 0.06, DunningAction.LETTER, 0.08, DunningAction.COLLECTION, 0.13));
        PooledChurn model = train(rows);

        assertThat(model.structure().orElseThrow().spread()).as("the arms' spread around the structure")
                .isGreaterThan(0.2);
        assertThat(churn(model, DunningAction.SMS) / churn(model, DunningAction.EMAIL)).isBetween(2.5, 3.5);
    }
}
