package org.smartdunning.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartdunning.models.TrainingExample.Logging.ENGINE;
import static org.smartdunning.models.TrainingExample.Logging.EXPERIMENT;
import static org.smartdunning.models.TrainingExample.Logging.STANDARD;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.DunningAction;
import org.smartdunning.models.xgboost.XgboostTrainer;

/** An arm's level is set by its experiment rows where it holds enough of them, else by all of them. */
class LevelRowsTest {
    private static final double MONTHS = 6;
    private final List<TrainingExample> rows = new ArrayList<>();
    private final SplittableRandom random = new SplittableRandom(3);

    /** {@code n} rows of which exactly {@code churn × n} churned within the window, on noise features. */
    private void churning(DunningAction action, int n, double propensity, TrainingExample.Logging logging,
                          double churn) {
        long churned = Math.round(churn * n);
        for (int i = 0; i < n; i++) {
            rows.add(new TrainingExample(new CustomerId(action.key() + rows.size()), null,
                    new float[] {(float) random.nextDouble(), (float) random.nextDouble()}, action, propensity,
                    logging, new OutcomeLabels(true, i < churned, MONTHS, false, false)));
        }
    }

    @Test
    void anActionsChurnFollowsItsTriesNotTheCustomersAPolicyPickedForIt() {
        churning(DunningAction.COLLECTION, 20_000, 1, STANDARD, 0.20);
        churning(DunningAction.SMS, 2_000, 0.2, EXPERIMENT, 0.10); // the experiment: customers as they come
        churning(DunningAction.SMS, 6_000, 0.97, ENGINE, 0.02);    // the engine's picks, who hardly ever churn

        PooledChurn churn = PooledChurn.train(new XgboostTrainer(), rows, e -> CustomerFolds.of(e.customerId(), 1), 1);
        double[][] halves = churn.ratesHalves(new float[][] {{0.5f, 0.5f}}, DunningAction.SMS);

        // the experiment's rows churn 9.5% at a constant rate over six months; levelled on all 8,000 rows by inverse propensity
        // (6.6%) the model said 5.9%
        assertThat(1 - Math.exp(-MONTHS * (halves[0][0] + halves[1][0]) / 2)).isBetween(0.08, 0.11);
    }

    private void add(DunningAction action, int n, double propensity, TrainingExample.Logging logging, int positives) {
        for (int i = 0; i < n; i++) {
            rows.add(new TrainingExample(new CustomerId(action.key() + rows.size()), null, new float[] {0}, action,
                    propensity, logging, new OutcomeLabels(i < positives, false, 3, false, false)));
        }
    }

    private long counted(boolean[] level, DunningAction action, double propensity) {
        int n = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (level[i] && rows.get(i).action() == action && rows.get(i).propensity() == propensity) {
                n++;
            }
        }
        return n;
    }

    @Test
    void anArmWithEnoughExperimentRowsIsLevelledOnThemAloneNotOnTheEnginesChoices() {
        add(DunningAction.SMS, 150, 0.2, EXPERIMENT, 60);
        add(DunningAction.SMS, 900, 0.97, ENGINE, 800);  // the engine's picks
        add(DunningAction.SMS, 40, 0.05, ENGINE, 10);    // and its tries
        add(DunningAction.SMS, 300, 1, STANDARD, 250);
        add(DunningAction.LETTER, 60, 0.2, EXPERIMENT, 30); // too few
        add(DunningAction.LETTER, 500, 1, STANDARD, 300);

        boolean[] level = LevelRows.of(rows, e -> e.labels().paid(), true);

        assertThat(counted(level, DunningAction.SMS, 0.2)).isEqualTo(150);
        assertThat(counted(level, DunningAction.SMS, 0.97) + counted(level, DunningAction.SMS, 0.05)).isZero();
        assertThat(counted(level, DunningAction.SMS, 1)).isZero();
        assertThat(counted(level, DunningAction.LETTER, 0.2) + counted(level, DunningAction.LETTER, 1))
                .as("60 experiment rows are too few: all 560 rows").isEqualTo(560);
    }

    @Test
    void experimentRowsWithoutBothOutcomesAreTooFewForAPaymentLevelButNotForAChurnRate() {
        add(DunningAction.EMAIL, 200, 0.3, EXPERIMENT, 200); // every one paid: no negatives
        add(DunningAction.EMAIL, 400, 1, STANDARD, 300);

        assertThat(counted(LevelRows.of(rows, e -> e.labels().paid(), true), DunningAction.EMAIL, 1)).isEqualTo(400);
        assertThat(counted(LevelRows.of(rows, e -> e.labels().paid(), false), DunningAction.EMAIL, 1)).isZero();
    }
}
