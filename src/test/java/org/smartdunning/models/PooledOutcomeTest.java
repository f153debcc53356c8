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
 * The reason payment is learned from all actions at once: a large arm (the standard process) full of
 * chronic non-payers and a small experiment arm that holds almost none of them.
 */
class PooledOutcomeTest {
    private static final float[] PAYER = {0, 0.5f};
    private static final float[] NON_PAYER = {1, 0.5f};

    /** Rows of one action: feature 0 marks a chronic non-payer, feature 1 is noise. */
    private static void arm(List<TrainingExample> rows, DunningAction action, int n, double nonPayerShare,
                            double payerPays, double nonPayerPays, SplittableRandom random) {
        for (int i = 0; i < n; i++) {
            boolean nonPayer = random.nextDouble() < nonPayerShare;
            boolean paid = random.nextDouble() < (nonPayer ? nonPayerPays : payerPays);
            float[] vector = {nonPayer ? 1 : 0, (float) random.nextDouble()};
            rows.add(new TrainingExample(new CustomerId(action.key() + i), null, vector, action, 1, TrainingExample.Logging.STANDARD,
                    new OutcomeLabels(paid, false, 6, false, false)));
        }
    }

    private static List<TrainingExample> history() {
        SplittableRandom random = new SplittableRandom(11);
        List<TrainingExample> rows = new ArrayList<>();
        arm(rows, DunningAction.COLLECTION, 20_000, 0.30, 0.95, 0.45, random);
        arm(rows, DunningAction.LETTER, 400, 0.05, 0.90, 0.25, random);
        return rows;
    }

    @Test
    void aSmallArmLearnsWhoPaysFromTheWholeLog() {
        Map<DunningAction, CrossFittedModel> models = PooledOutcome.train(new XgboostTrainer(), history(),
                e -> e.labels().paid(), e -> CustomerFolds.of(e.customerId(), 1), 1);

        double[][] letter = models.get(DunningAction.LETTER).predictHalves(new float[][] {PAYER, NON_PAYER});
        double[][] collection = models.get(DunningAction.COLLECTION).predictHalves(new float[][] {PAYER, NON_PAYER});

        assertThat(letter[0][0]).as("a payer under a letter").isGreaterThan(0.8);
        assertThat(letter[0][1]).as("a chronic non-payer under a letter (truth 0.25): the letter arm saw about 20")
                .isLessThan(0.5);
        assertThat(collection[0][1]).as("a chronic non-payer under collection").isBetween(0.35, 0.55);
    }

    /** The same small arm learned alone, as one model per action did: 20 non-payers are too few to split off. */
    @Test
    void aModelOfTheSmallArmAlonePromisesTheNonPayersAPayment() {
        List<TrainingExample> letterRows = history().stream().filter(e -> e.action() == DunningAction.LETTER).toList();
        float[][] x = letterRows.stream().map(TrainingExample::vector).toArray(float[][]::new);
        float[] y = new float[x.length];
        float[] w = new float[x.length];
        int[] folds = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = letterRows.get(i).labels().paid() ? 1 : 0;
            w[i] = 1;
            folds[i] = CustomerFolds.of(letterRows.get(i).customerId(), 1);
        }

        CrossFittedModel alone = CrossFittedModel.train(new XgboostTrainer(), Objective.BINARY,
                new TrainingMatrix(x, y, w, null), folds, 1);

        assertThat(alone.predictHalves(new float[][] {NON_PAYER})[0][0]).isGreaterThan(0.75);
    }
}
