package org.smartdunning.ingest.events;

/** One field of an event that breaks the contract, and why (personal values never quoted). */
public record FieldProblem(String field, String reason) {
}
