package org.smartdunning.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The content of a contract data folder: run date, history and the batch to decide. */
public record CreditorFolder(LocalDate asOf, CreditorHistory history, List<BatchItem> batch) {
    public CreditorFolder {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(history, "history");
        batch = List.copyOf(batch);
    }
}
