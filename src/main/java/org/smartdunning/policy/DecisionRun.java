package org.smartdunning.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.smartdunning.models.ModelProvenance;

/** One decide run over a batch: which policy decided, on what history, when, and its decisions. */
public record DecisionRun(String runId, ModelProvenance policy, LocalDate asOf, Instant decidedAt,
                          List<Decision> decisions) {
    public DecisionRun {
        decisions = List.copyOf(decisions);
    }
}
