package org.smartdunning.kpi;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.smartdunning.history.CreditorHistory;

/**
 * What the KPIs are computed from: the creditor's history (customers, invoices, payments, dunning
 * events, inquiries), the stored decisions and the stages the daily process ran.
 *
 * @param knownThrough the latest day the store holds facts of; outcomes not yet knowable by then are left out
 */
public record KpiFacts(CreditorHistory history, List<DecisionFact> decisions, List<StageFact> stages,
                       LocalDate knownThrough) {
    public KpiFacts {
        Objects.requireNonNull(history, "history");
        decisions = List.copyOf(decisions);
        stages = List.copyOf(stages);
        Objects.requireNonNull(knownThrough, "knownThrough");
    }
}
