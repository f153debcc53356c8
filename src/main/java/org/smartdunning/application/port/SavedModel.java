package org.smartdunning.application.port;

import java.time.Instant;
import java.time.LocalDate;

/** A model in the catalog, as listed: its training key, provenance and when it was saved. */
public record SavedModel(String trainingKey, String name, String version, LocalDate trainedFrom, LocalDate trainedUntil,
                         long seed, String parameters, Instant createdAt) {
}
