package org.smartdunning.history;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of dunning_events.csv. {@code experiment}, {@code arm} and {@code propensity} are null
 * outside experiments or when unknown.
 */
public record DunningEvent(InvoiceId invoiceId, LocalDate occurredOn, DunningAction action, Money fee,
                          String experiment, String arm, Double propensity) {
    public DunningEvent {
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(occurredOn, "occurredOn");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(fee, "fee");
    }

    /** Whether the action was chosen at random by an experiment with a known propensity. */
    public boolean isRandomised() {
        return experiment != null && !experiment.isBlank() && propensity != null;
    }
}
