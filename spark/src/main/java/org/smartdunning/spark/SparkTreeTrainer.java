package org.smartdunning.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.XGBoostError;
import ml.dmlc.xgboost4j.scala.spark.XGBoostClassifier;
import ml.dmlc.xgboost4j.scala.spark.XGBoostRegressor;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.ml.PredictionModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.smartdunning.bootstrap.Engine;
import org.smartdunning.models.Objective;
import org.smartdunning.models.TrainingMatrix;
import org.smartdunning.models.TreeModel;
import org.smartdunning.models.TreeTrainer;
import org.smartdunning.models.xgboost.XgboostTrainer;

/**
 * The engine's boosters trained by XGBoost4J-Spark over the cluster's workers: the engine's parameters
 * ({@link XgboostTrainer#boosting}: hyper-parameters, objective, seed, base rate), its rounds, the rows' weights and,
 * for the churn rate, their exposure as base margin. The booster comes back as the engine's own model, read from
 * its bytes by the engine's learner, so predicting, saving and explaining stay the engine's.
 */
final class SparkTreeTrainer implements TreeTrainer {
    /** Provenance: a model says it was trained on Spark, and by how many workers. */
    static final String TRAINING = "xgb.training";
    private static final StructType SCHEMA = new StructType()
            .add("features", SQLDataTypes.VectorType(), false)
            .add("label", DataTypes.FloatType, false)
            .add("weight", DataTypes.FloatType, false)
            .add("offset", DataTypes.FloatType, false);
    private final SparkSession spark;
    private final int workers;
    private final TreeTrainer engine = Engine.learner();

    SparkTreeTrainer(SparkSession spark, int workers) {
        this.spark = spark;
        this.workers = workers;
    }

    /** One training at a time: each takes every worker at once (a barrier stage), so two would wait on each other. */
    @Override
    public synchronized TreeModel train(TrainingMatrix data, Objective objective, long seed) {
        Map<String, Object> params = new java.util.HashMap<>(XgboostTrainer.boosting(data, objective, seed));
        params.put("num_round", XgboostTrainer.ROUNDS);
        params.put("num_workers", workers);
        scala.collection.immutable.Map<String, Object> scalaParams = scala.collection.immutable.Map$.MODULE$.from(
                scala.jdk.javaapi.CollectionConverters.asScala(params));
        Dataset<Row> rows = spark.createDataFrame(rows(data), SCHEMA);
        try {
            PredictionModel<?, ?> model;
            if (objective == Objective.BINARY) {
                XGBoostClassifier classifier = new XGBoostClassifier(scalaParams).setWeightCol("weight");
                model = classifier.fit(rows);
                return engine.load(((ml.dmlc.xgboost4j.scala.spark.XGBoostClassificationModel) model).nativeBooster()
                        .toByteArray("ubj"));
            }
            XGBoostRegressor regressor = new XGBoostRegressor(scalaParams).setWeightCol("weight").setBaseMarginCol("offset");
            model = regressor.fit(rows);
            return engine.load(((ml.dmlc.xgboost4j.scala.spark.XGBoostRegressionModel) model).nativeBooster()
                    .toByteArray("ubj"));
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost4J-Spark training failed: " + e.getMessage(), e);
        }
    }

    private static List<Row> rows(TrainingMatrix data) {
        List<Row> rows = new ArrayList<>(data.size());
        for (int i = 0; i < data.size(); i++) {
            float[] x = data.rows()[i];
            double[] features = new double[x.length];
            for (int j = 0; j < x.length; j++) {
                features[j] = x[j];
            }
            rows.add(RowFactory.create(Vectors.dense(features), data.labels()[i], data.weights()[i],
                    data.offsets() == null ? 0f : data.offsets()[i]));
        }
        return rows;
    }

    @Override
    public TreeModel load(byte[] bytes) {
        return engine.load(bytes);
    }

    @Override
    public String library() {
        return engine.library();
    }

    @Override
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>(engine.parameters());
        p.remove("xgb.nthread");
        p.put(TRAINING, "xgboost4j-spark, " + workers + " workers");
        return p;
    }
}
