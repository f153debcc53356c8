package org.smartdunning.models.xgboost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.smartdunning.models.Objective;
import org.smartdunning.models.TrainingMatrix;
import org.smartdunning.models.TreeModel;

/** A booster's split gain, kept once read: the same answer each time, and no caller can change it for the next. */
class XgboostModelTest {
    @Test
    void gainLeansOnTheFeatureThatDecidesAndStaysTheSame() {
        SplittableRandom random = new SplittableRandom(3);
        int n = 2_000;
        float[][] x = new float[n][];
        float[] y = new float[n];
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            boolean decides = random.nextBoolean();
            x[i] = new float[] {decides ? 1 : 0, (float) random.nextDouble()};
            y[i] = random.nextDouble() < (decides ? 0.9 : 0.1) ? 1 : 0;
            w[i] = 1;
        }
        TreeModel model = new XgboostTrainer().train(new TrainingMatrix(x, y, w, null), Objective.BINARY, 1);

        double[] first = model.gainImportance(2);
        double[] copy = first.clone();
        first[0] = -1;

        assertThat(copy[0]).isGreaterThan(10 * copy[1]);
        assertThat(model.gainImportance(2)).containsExactly(copy);
    }
}
