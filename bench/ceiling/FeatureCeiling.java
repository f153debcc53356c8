import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import org.smartdunning.application.folder.FolderListener;
import org.smartdunning.application.folder.LoadedFolder;
import org.smartdunning.bootstrap.Engine;
import org.smartdunning.economics.DecisionValue;
import org.smartdunning.economics.OutcomeProbabilities;
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
 *
 * <p>LABELS says what the learner sees of the training invoices:
 * <ul>
 * <li>{@code values} (default): each action's true value, one regression per action;</li>
 * <li>{@code probabilities}: each action's true chances of payment, churn and an inquiry, one logistic model per
 * action and outcome, the value then computed from them with the truth's amount and CLV (the engine's structure,
 * without noise);</li>
 * <li>{@code outcomes}: the same models learned from outcomes drawn from those chances, every reachable action's on
 * every invoice (an experiment that saw each invoice under every action: more than any real one);</li>
 * <li>{@code experiment}: outcomes of one reachable action per invoice, drawn uniformly (every invoice in a
 * randomised experiment).</li>
 * </ul>
 * The last two separate what the outcomes' noise costs from what the features lack; their models stop boosting when
 * a fifth of the training invoices held out stops improving (so the noise is not fitted). The draws are seeded.
 * With {@code -Dceiling.clv=features} the last three value the test invoices with a regression of the truth's CLV on
 * the features instead of the truth's CLV (the engine estimates it; the truth's is not observable), and
 * {@code -Dceiling.rows=N} learns from a seeded N of the training invoices ({@code -Dceiling.depth}: the chance
 * models' tree depth, 4 as the engine's).
 * Usage: java -cp 'target/smart-dunning.jar:target/lib/*' bench/ceiling/FeatureCeiling.java
 *        TEST_FOLDER[,TEST_FOLDER...] TRAINING_FOLDER[,TRAINING_FOLDER...] [LABELS] [SEED]
 *        (generated folders, with truth.csv)
 */
public final class FeatureCeiling {
    private static final DunningAction[] ACTIONS = DunningAction.values();
    private static final int ROUNDS = 600;
    private static final int OUTCOMES = 3;
    private static final int DEPTH = Integer.getInteger("ceiling.depth", 4);
    /**
     * One batch invoice: its features, the truth's amount, CLV, chances and values per action, reachability, and the
     * labels a learner sees per action and outcome (pay, churn, inquiry; NaN where not observed), set by {@link #draw}.
     */
    record Row(float[] features, double amount, double clv, OutcomeProbabilities[] chances, double[] values,
               boolean[] reachable, float[][] drawn) {
        double chance(int action, int outcome) {
            OutcomeProbabilities p = chances[action];
            return outcome == 0 ? p.pay() : outcome == 1 ? p.churn() : p.inquiry();
        }
    }

    public static void main(String[] args) throws Exception {
        List<String> labelSets = List.of((args.length > 2 ? args[2] : "values").split(","));
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        List<Row> training = new ArrayList<>();
        for (String folder : args[1].split(",")) {
            training.addAll(rows(Path.of(folder)).rows());
        }
        int limit = Integer.getInteger("ceiling.rows", training.size());
        if (limit < training.size()) { // a seeded share of the invoices, to learn from as many as an engine has
            Collections.shuffle(training, new Random(seed));
            training = new ArrayList<>(training.subList(0, limit));
        }
        List<LoadedRows> tests = new ArrayList<>();
        for (String folder : args[0].split(",")) {
            tests.add(rows(Path.of(folder)));
        }
        if (System.getProperty("ceiling.clv", "truth").equals("features")) {
            tests = withFeaturesClv(training, tests, seed);
        }
        for (String labels : labelSets) {
            if (!labels.equals("values")) {
                draw(training, labels, seed);
            }
            Booster[][] boosters = new Booster[ACTIONS.length][];
            for (int a = 0; a < ACTIONS.length; a++) {
                boosters[a] = labels.equals("values") ? new Booster[] {fit(training, a)}
                        : fitChances(training, a, seed);
            }
            for (LoadedRows test : tests) {
                report(test, labels, boosters, training.size());
            }
        }
    }

    private static void report(LoadedRows loaded, String labels, Booster[][] boosters, int learnedFrom)
            throws Exception {
        List<Row> test = loaded.rows();
        DecisionValue value = new DecisionValue(loaded.folder().settings());
        float[][][] predicted = new float[ACTIONS.length][][];
        for (int a = 0; a < ACTIONS.length; a++) {
            predicted[a] = labels.equals("values") ? boosters[a][0].predict(matrix(test))
                    : values(value, test, a, boosters[a]);
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
        System.out.printf(Locale.ROOT, "%s: %d invoices; labels %s; value per invoice: features' ceiling %.2f, "
                        + "oracle %.2f, standard %.2f; gap closed %.1f %%; ceiling's actions %s (learned from %d "
                        + "invoices)%n", loaded.data(), n, labels, ceiling / n, oracle / n, standard / n,
                100 * (ceiling - standard) / (oracle - standard), Arrays.toString(chosen), learnedFrom);
    }

    private static Booster fit(List<Row> rows, int action) throws Exception {
        Map<String, Object> p = new HashMap<>(Map.of("eta", 0.05, "max_depth", 6, "min_child_weight", 5,
                "subsample", 0.8, "colsample_bytree", 0.8, "seed", 1, "objective", "reg:squarederror"));
        return XGBoost.train(labelled(rows, r -> r.values[action]), p, ROUNDS, new HashMap<>(), null, null);
    }

    /**
     * The test invoices with the truth's CLV replaced by a regression of it on the features (learned noise-free on
     * the training invoices): what the best CLV these features allow leaves of the structured models' ceiling.
     */
    private static List<LoadedRows> withFeaturesClv(List<Row> training, List<LoadedRows> tests, long seed)
            throws Exception {
        List<Row> fit = new ArrayList<>();
        List<Row> held = new ArrayList<>();
        SplittableRandom split = new SplittableRandom(seed);
        for (Row r : training) {
            (split.nextInt(5) == 0 ? held : fit).add(r);
        }
        Map<String, Object> p = new HashMap<>(Map.of("eta", 0.05, "max_depth", 6, "min_child_weight", 5,
                "subsample", 0.8, "colsample_bytree", 0.8, "seed", (int) seed, "objective", "reg:squarederror"));
        Booster clv = earlyStopped(fit, held, Row::clv, p, 3000);
        int trees = trees(clv);
        List<LoadedRows> replaced = new ArrayList<>();
        for (LoadedRows t : tests) {
            float[][] predicted = clv.predict(matrix(t.rows()), false, trees);
            double error = 0;
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < t.rows().size(); i++) {
                Row r = t.rows().get(i);
                error += Math.pow(predicted[i][0] - r.clv, 2);
                rows.add(new Row(r.features, r.amount, predicted[i][0], r.chances, r.values, r.reachable, r.drawn));
            }
            System.out.printf(Locale.ROOT, "%s: CLV from the features (%d trees), RMSE %.1f%n", t.data(), trees,
                    Math.sqrt(error / rows.size()));
            replaced.add(new LoadedRows(t.data(), t.folder(), rows));
        }
        return replaced;
    }

    /** Outcome labels drawn from the truth's chances into each row's {@code drawn} (NaN where not observed). */
    private static void draw(List<Row> rows, String labels, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (Row r : rows) {
            int shown = -1;
            if (labels.equals("experiment")) {
                List<Integer> reachable = new ArrayList<>();
                for (int a = 0; a < ACTIONS.length; a++) {
                    if (r.reachable[a]) {
                        reachable.add(a);
                    }
                }
                shown = reachable.get(random.nextInt(reachable.size()));
            }
            float[][] seen = r.drawn;
            for (int a = 0; a < ACTIONS.length; a++) {
                for (int o = 0; o < OUTCOMES; o++) {
                    double p = r.chance(a, o);
                    double u = random.nextDouble();
                    boolean observed = r.reachable[a] && (shown < 0 || shown == a);
                    seen[a][o] = !observed ? Float.NaN
                            : labels.equals("probabilities") ? (float) p : u < p ? 1f : 0f;
                }
            }
        }
    }

    /** Per outcome of one action, a logistic model of its labels, stopped when a held-out fifth stops improving. */
    private static Booster[] fitChances(List<Row> rows, int action, long seed) throws Exception {
        Booster[] boosters = new Booster[OUTCOMES];
        for (int o = 0; o < OUTCOMES; o++) {
            List<Row> fit = new ArrayList<>();
            List<Row> held = new ArrayList<>();
            SplittableRandom split = new SplittableRandom(seed * 31 + action * 7L + o);
            for (Row r : rows) {
                if (!Float.isNaN(r.drawn[action][o])) {
                    (split.nextInt(5) == 0 ? held : fit).add(r);
                }
            }
            int outcome = o;
            Map<String, Object> p = new HashMap<>(Map.of("eta", 0.05, "max_depth", DEPTH, "min_child_weight", 10.0,
                    "subsample", 0.8, "colsample_bytree", 0.8, "lambda", 2.0, "seed", (int) seed,
                    "objective", "binary:logistic", "eval_metric", "logloss"));
            Booster b = earlyStopped(fit, held, r -> r.drawn[action][outcome], p, 2000);
            boosters[o] = b;
            System.out.printf(Locale.ROOT, "  %s, outcome %d: %d rows, %d trees%n", ACTIONS[action].key(), o,
                    fit.size(), trees(b));
        }
        return boosters;
    }

    /** A booster of {@code label}, stopped when {@code held} has not improved for 40 rounds; {@link #trees} it kept. */
    private static Booster earlyStopped(List<Row> fit, List<Row> held, ToDoubleFunction<Row> label,
                                        Map<String, Object> parameters, int rounds) throws Exception {
        Booster b = XGBoost.train(labelled(fit, label), parameters, rounds, Map.of("held", labelled(held, label)),
                new float[1][rounds], null, null, 40);
        b.setAttr("trees", String.valueOf(Integer.parseInt(b.getAttr("best_iteration")) + 1));
        return b;
    }

    private static int trees(Booster b) throws Exception {
        return Integer.parseInt(b.getAttr("trees"));
    }

    private static DMatrix labelled(List<Row> rows, ToDoubleFunction<Row> label) throws Exception {
        DMatrix m = matrix(rows);
        float[] labels = new float[rows.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (float) label.applyAsDouble(rows.get(i));
        }
        m.setLabel(labels);
        return m;
    }

    /** Each test invoice's value of one action from its three predicted chances, the truth's amount and CLV. */
    private static float[][] values(DecisionValue value, List<Row> test, int action, Booster[] boosters)
            throws Exception {
        DMatrix m = matrix(test);
        float[][][] chances = new float[OUTCOMES][][];
        for (int o = 0; o < OUTCOMES; o++) {
            chances[o] = boosters[o].predict(m, false, trees(boosters[o]));
        }
        float[][] values = new float[test.size()][1];
        for (int i = 0; i < test.size(); i++) {
            Row r = test.get(i);
            values[i][0] = (float) value.of(ACTIONS[action], r.amount, r.clv,
                    new OutcomeProbabilities(chances[0][i][0], chances[1][i][0], chances[2][i][0]));
        }
        return values;
    }

    private static DMatrix matrix(List<Row> rows) throws Exception {
        int width = FeatureSchema.width();
        float[] data = new float[rows.size() * width];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i).features, 0, data, i * width, width);
        }
        return new DMatrix(data, rows.size(), width, Float.NaN);
    }

    /** Each batch invoice's features as the engine computes them for its decision day, beside the truth's values. */
    record LoadedRows(Path data, LoadedFolder folder, List<Row> rows) {
    }

    private static LoadedRows rows(Path data) throws Exception {
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
                OutcomeProbabilities[] chances = new OutcomeProbabilities[ACTIONS.length];
                for (DunningAction a : ACTIONS) {
                    values[a.ordinal()] = evaluation.valueOf(c, a);
                    reachable[a.ordinal()] = c.reachable(a);
                    chances[a.ordinal()] = c.outcome(a);
                }
                rows.add(new Row(FeatureSchema.vector(extractor.extract(folder.history().invoice(item.invoiceId()),
                        item.decideOn())), c.amount(), c.clv(), chances, values, reachable,
                        new float[ACTIONS.length][OUTCOMES]));
            }
            return new LoadedRows(data, folder, rows);
        } finally {
            Files.deleteIfExists(store);
            Files.deleteIfExists(store.getParent());
        }
    }
}
