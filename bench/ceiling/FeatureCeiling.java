import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import org.smartdunning.application.folder.FolderListener;
import org.smartdunning.application.folder.LoadedFolder;
import org.smartdunning.bootstrap.Engine;
import org.smartdunning.evaluation.Evaluation;
import org.smartdunning.evaluation.TruthCase;
import org.smartdunning.evaluation.files.TruthFile;
import org.smartdunning.features.FeatureExtractor;
import org.smartdunning.history.BatchItem;
import org.smartdunning.history.CreditorId;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.ingest.ImportProgress;
import org.smartdunning.models.FeatureSchema;
import org.smartdunning.store.Database;

/**
 * How much of the gap to the oracle a policy can close from the engine's features alone, whatever its data: for
 * every action a regression of the truth's value (the world's exact expectation, no outcome noise, no experiment)
 * on the engine's feature vector, learned on other seeds' batches of the same world, then each test invoice given
 * the reachable action of highest predicted value. What the engine misses beyond this ceiling is its estimation
 * from logged outcomes; what this ceiling misses is information the features lack.
 * Usage: java -cp 'target/smart-dunning.jar:target/lib/*' bench/ceiling/FeatureCeiling.java
 *        TEST_FOLDER[,TEST_FOLDER...] TRAINING_FOLDER[,TRAINING_FOLDER...]   (generated folders, with truth.csv)
 */
public final class FeatureCeiling {
    private static final DunningAction[] ACTIONS = DunningAction.values();
    private static final int ROUNDS = 600;

    record Row(float[] features, double[] values, boolean[] reachable) {
    }

    public static void main(String[] args) throws Exception {
        List<Row> training = new ArrayList<>();
        for (String folder : args[1].split(",")) {
            training.addAll(rows(Path.of(folder)));
        }
        Booster[] boosters = new Booster[ACTIONS.length];
        for (int a = 0; a < ACTIONS.length; a++) {
            boosters[a] = fit(training, a);
        }
        for (String folder : args[0].split(",")) {
            List<Row> test = rows(Path.of(folder));
            float[][][] predicted = new float[ACTIONS.length][][];
            for (int a = 0; a < ACTIONS.length; a++) {
                predicted[a] = boosters[a].predict(matrix(test, a));
            }
            double ceiling = 0, oracle = 0, standard = 0;
            int[] chosen = new int[ACTIONS.length];
            for (int i = 0; i < test.size(); i++) {
                Row r = test.get(i);
                int best = DunningAction.NONE.ordinal(), truest = best;
                for (int a = 0; a < ACTIONS.length; a++) {
                    if (r.reachable[a]) {
                        best = predicted[a][i][0] > predicted[best][i][0] ? a : best;
                        truest = r.values[a] > r.values[truest] ? a : truest;
                    }
                }
                chosen[best]++;
                ceiling += r.values[best];
                oracle += r.values[truest];
                standard += r.values[DunningAction.COLLECTION.ordinal()];
            }
            int n = test.size();
            System.out.printf(Locale.ROOT, "%s: %d invoices; value per invoice: features' ceiling %.2f, oracle %.2f, "
                            + "standard %.2f; gap closed %.1f %%; ceiling's actions %s (learned from %d invoices)%n",
                    folder, n, ceiling / n, oracle / n, standard / n, 100 * (ceiling - standard) / (oracle - standard),
                    Arrays.toString(chosen), training.size());
        }
    }

    private static Booster fit(List<Row> rows, int action) throws Exception {
        Map<String, Object> p = new HashMap<>(Map.of("eta", 0.05, "max_depth", 6, "min_child_weight", 5,
                "subsample", 0.8, "colsample_bytree", 0.8, "seed", 1, "objective", "reg:squarederror"));
        DMatrix m = matrix(rows, action);
        float[] labels = new float[rows.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (float) rows.get(i).values[action];
        }
        m.setLabel(labels);
        return XGBoost.train(m, p, ROUNDS, new HashMap<>(), null, null);
    }

    private static DMatrix matrix(List<Row> rows, int action) throws Exception {
        int width = FeatureSchema.width();
        float[] data = new float[rows.size() * width];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i).features, 0, data, i * width, width);
        }
        return new DMatrix(data, rows.size(), width, Float.NaN);
    }

    /** Each batch invoice's features as the engine computes them for its decision day, beside the truth's values. */
    private static List<Row> rows(Path data) throws Exception {
        Map<InvoiceId, TruthCase> truth = new HashMap<>();
        TruthFile.read(data.resolve("truth.csv")).forEach(c -> truth.put(c.invoiceId(), c));
        Path store = Files.createTempDirectory("ceiling").resolve("store.duckdb");
        try (Database database = Database.open("jdbc:duckdb:" + store, CreditorId.DEFAULT)) {
            LoadedFolder folder = Engine.on(database, Clock.systemUTC())
                    .loadFolder(ImportProgress.NONE, new FolderListener() { }).load(data);
            Evaluation evaluation = new Evaluation(folder.settings());
            FeatureExtractor extractor = new FeatureExtractor(folder.history());
            List<Row> rows = new ArrayList<>();
            for (BatchItem item : folder.batch()) {
                TruthCase c = truth.get(item.invoiceId());
                double[] values = new double[ACTIONS.length];
                boolean[] reachable = new boolean[ACTIONS.length];
                for (DunningAction a : ACTIONS) {
                    values[a.ordinal()] = evaluation.valueOf(c, a);
                    reachable[a.ordinal()] = c.reachable(a);
                }
                rows.add(new Row(FeatureSchema.vector(extractor.extract(folder.history().invoice(item.invoiceId()),
                        item.decideOn())), values, reachable));
            }
            return rows;
        } finally {
            Files.deleteIfExists(store);
            Files.deleteIfExists(store.getParent());
        }
    }
}
