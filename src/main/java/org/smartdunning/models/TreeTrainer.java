package org.smartdunning.models;

/** Trains tree models; the boosting library stays behind this interface, in an adapter. */
public interface TreeTrainer {

    /** May run twice at once (the two halves of a {@link CrossFittedModel}), so each call uses half the cores. */
    TreeModel train(TrainingMatrix data, Objective objective, long seed);

    /** Reads a model written by {@link TreeModel#bytes()}. */
    TreeModel load(byte[] bytes);

    /** The boosting library and its version, e.g. {@code xgboost4j 2.1.3}: a saved model is read only by the same. */
    String library();

    /** Hyper-parameters, for provenance. */
    java.util.Map<String, String> parameters();
}
