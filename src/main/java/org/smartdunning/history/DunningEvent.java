package org.smartdunning.history;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of dunning_events.csv. {@code experiment}, {@code arm} and {@code propensity} are null
 * outside experiments or when unknown.
 */
public record DunningEvent(InvoiceId invoiceId, LocalDate occurredOn, DunningAction action, Money fee,
                          String experiment, String arm, Double propensity) {
    /** The experiment the engine's own decisions (its picks and its explored tries) are logged under. */
    public static final String ENGINE_EXPERIMENT = "smart-dunning";

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

    /** Whether the engine decided it: targeted, unlike a creditor's experiment, which draws over all it applies to. */
    public boolean isEngineDecision() {
        return isRandomised() && ENGINE_EXPERIMENT.equals(experiment);
    }
}
