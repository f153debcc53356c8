/** Adapter: gradient boosted trees from XGBoost4J behind {@link org.smartdunning.models.TreeTrainer}. */
package org.smartdunning.models.xgboost;
