package org.smartdunning.testing;

import org.smartdunning.models.Objective;
import org.smartdunning.models.TrainingMatrix;
import org.smartdunning.models.xgboost.XgboostTrainer;
import org.smartdunning.history.CreditorId;
import org.smartdunning.store.Database;

/**
 * A process that loads both native libraries as the tool does (a DuckDB store, an XGBoost model),
 * prints {@code ready} and waits to be killed: what it leaves behind is what a killed run leaves.
 */
public final class NativeLoadProbe {
    private NativeLoadProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        try (Database store = Database.open("jdbc:duckdb:" + args[0], CreditorId.DEFAULT)) {
            float[][] rows = new float[40][];
            float[] labels = new float[40];
            float[] weights = new float[40];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = new float[] {i, i % 3};
                labels[i] = i % 2;
                weights[i] = 1;
            }
            new XgboostTrainer().train(new TrainingMatrix(rows, labels, weights, null), Objective.BINARY, 1);
            System.out.println("ready");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
