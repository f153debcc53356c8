package org.smartdunning.models.xgboost;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.smartdunning.models.Objective;
import org.smartdunning.models.TrainingMatrix;
import org.smartdunning.models.TreeModel;
import org.smartdunning.models.TreeTrainer;

/** Trains XGBoost models with fixed, documented hyper-parameters; every run is seeded. */
public final class XgboostTrainer implements TreeTrainer {
    /** Shallow trees and a moderate learning rate: arms can be small (a few hundred rows). */
    public static final int ROUNDS = 120;
    private static final int CORES = Math.max(1, Runtime.getRuntime().availableProcessors());
    /**
     * Threads of one booster's training: half the cores, as the two halves of a cross-fitted model train side by side
     * ({@code CrossFittedModel}); on 2 cores each booster runs alone on its core and no thread waits at a barrier.
     */
    static final int TRAINING_THREADS = Math.max(1, CORES / 2);
    private static final Map<String, Object> PARAMETERS = Map.of("max_depth", 4, "eta", 0.08,
            "min_child_weight", 10.0, "subsample", 0.8, "colsample_bytree", 0.8, "lambda", 2.0,
            "tree_method", "hist", "nthread", TRAINING_THREADS, "verbosity", 0);

    /** Read from the library's own jar, so an upgrade of the dependency changes it without anyone remembering to. */
    private static final String LIBRARY = "xgboost4j " + libraryVersion();

    @Override
    public TreeModel train(TrainingMatrix data, Objective objective, long seed) {
        Map<String, Object> params = new HashMap<>(PARAMETERS);
        params.putAll(boosting(data, objective, seed));
        XgboostNative.load();
        try {
            DMatrix matrix = XgboostMatrices.of(data.rows());
            matrix.setLabel(data.labels());
            matrix.setWeight(data.weights());
            if (data.offsets() != null) {
                matrix.setBaseMargin(data.offsets());
            }
            Booster booster = XGBoost.train(matrix, params, ROUNDS, new HashMap<>(), null, null);
            matrix.dispose();
            // predictions (margins, SHAP contributions) row by row on every core, as a model read back from its bytes
            // does: a row's prediction does not depend on the thread count, the trees are already grown
            booster.setParam("nthread", CORES);
            return new XgboostModel(booster);
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost training failed: " + e.getMessage(), e);
        }
    }

    /**
     * The booster's parameters for these rows but its threads: the hyper-parameters, the objective, the seed and,
     * for a probability, the weighted base rate; what another XGBoost front end (XGBoost4J-Spark) trains with.
     */
    public static Map<String, Object> boosting(TrainingMatrix data, Objective objective, long seed) {
        Map<String, Object> params = new HashMap<>(PARAMETERS);
        params.remove("nthread");
        params.put("objective", objective == Objective.BINARY ? "binary:logistic" : "count:poisson");
        params.put("seed", seed);
        if (objective == Objective.BINARY) {
            params.put("base_score", baseRate(data));
        }
        return params;
    }

    @Override
    public TreeModel load(byte[] bytes) {
        return XgboostModel.load(bytes);
    }

    @Override
    public String library() {
        return LIBRARY;
    }

    @Override
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        new java.util.TreeMap<>(PARAMETERS).forEach((k, v) -> p.put("xgb." + k, String.valueOf(v)));
        p.put("xgb.rounds", String.valueOf(ROUNDS));
        return p;
    }

    /** Starting from the weighted base rate keeps small arms from shrinking towards 0.5. */
    private static double baseRate(TrainingMatrix data) {
        double positive = 0, total = 0;
        for (int i = 0; i < data.size(); i++) {
            positive += data.labels()[i] * data.weights()[i];
            total += data.weights()[i];
        }
        double rate = total > 0 ? positive / total : 0.5;
        return Math.min(0.999, Math.max(0.001, rate));
    }

    private static String libraryVersion() {
        // the jar built for Scala 2.12 on the command line, the one for 2.13 on Spark: the same Java API and native code
        java.io.InputStream found = XGBoost.class.getResourceAsStream("/META-INF/maven/ml.dmlc/xgboost4j_2.12/pom.properties");
        if (found == null) {
            found = XGBoost.class.getResourceAsStream("/META-INF/maven/ml.dmlc/xgboost4j_2.13/pom.properties");
        }
        try (java.io.InputStream in = found) {
            if (in == null) {
                throw new IllegalStateException("the XGBoost jar carries no pom.properties: its version is unknown");
            }
            java.util.Properties properties = new java.util.Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the XGBoost version", e);
        }
    }
}
