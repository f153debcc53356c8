package org.smartdunning.models.xgboost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import org.junit.jupiter.api.Test;
import org.smartdunning.models.Objective;
import org.smartdunning.models.TrainingMatrix;
import org.smartdunning.models.TreeModel;

/** A booster's margins and split gain: the library's answers, the gain kept once read and safe from callers. */
class XgboostModelTest {
    @Test
    void marginsAreTheLibrarysOwnOnAMatrixBitForBit() throws Exception {
        SplittableRandom random = new SplittableRandom(5);
        int n = 3_000;
        float[][] x = new float[n][];
        float[] y = new float[n];
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = new float[] {random.nextInt(12), (float) random.nextDouble(), random.nextInt(5) == 0 ? Float.NaN : 1};
            y[i] = random.nextDouble() < 0.1 + 0.05 * x[i][0] ? 1 : 0;
            w[i] = 1;
        }
        TreeModel model = new XgboostTrainer().train(new TrainingMatrix(x, y, w, null), Objective.BINARY, 1);

        // the library's predict on a DMatrix, by the same trees read back from the model's bytes
        DMatrix matrix = XgboostMatrices.of(x);
        float[][] expected = XGBoost.loadModel(model.bytes()).predict(matrix, true, 0);
        matrix.dispose();
        double[] margins = model.margins(x);

        assertThat(margins).hasSize(n);
        for (int i = 0; i < n; i++) {
            assertThat(margins[i]).as("row %d", i).isEqualTo((double) expected[i][0]);
        }
        assertThat(Arrays.stream(margins).distinct().count()).as("the rows' margins differ").isGreaterThan(20);
    }

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
