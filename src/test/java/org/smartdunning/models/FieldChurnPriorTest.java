package org.smartdunning.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.DunningAction;
import org.smartdunning.models.xgboost.XgboostTrainer;

/**
 * A letter arm whose customers barely churn (2.5% in six months) beside a large collection arm (20%): the
 * field results say a letter churns 2/5 as much as collection (8%). Tried 400 times, the arm is held towards
 * the field results; tried 20,000 times, its own level stands.
 */
class FieldChurnPriorTest {
    private static final float[] ROW = {0.5f, 0.5f};
    private static final double MONTHS = 6;

    private static void arm(List<TrainingExample> rows, DunningAction action, int n, double churn, SplittableRandom random) {
        for (int i = 0; i < n; i++) {
            float[] vector = {(float) random.nextDouble(), (float) random.nextDouble()};
            rows.add(new TrainingExample(new CustomerId(action.key() + i), null, vector, action, 1, false,
                    new OutcomeLabels(true, random.nextDouble() < churn, MONTHS, false, false)));
        }
    }

    private static double letterChurn(int letters) {
        SplittableRandom random = new SplittableRandom(5);
        List<TrainingExample> rows = new ArrayList<>();
        arm(rows, DunningAction.COLLECTION, 20_000, 0.20, random);
        arm(rows, DunningAction.LETTER, letters, 0.025, random);
        PooledChurn churn = PooledChurn.train(new XgboostTrainer(), rows, e -> CustomerFolds.of(e.customerId(), 1), 1);
        double[][] halves = churn.ratesHalves(new float[][] {ROW}, DunningAction.LETTER);
        return 1 - Math.exp(-MONTHS * (halves[0][0] + halves[1][0]) / 2);
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
}
