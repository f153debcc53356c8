package org.smartdunning.application.port;

/** A saved model as it leaves the store: its training key and provenance, its portable archive and its metrics (JSON). */
public record ExportedModel(SavedModel model, byte[] archive, String metricsJson) {
}
