package org.smartdunning.application.simulate;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smartdunning.experiments.analysis.TrueEffect;
import org.smartdunning.history.DunningAction;

/**
 * What a simulation did: the process's actions and deliveries, and the world's own life.
 *
 * @param actions          actions taken at stages
 * @param sent             messages delivered per action
 * @param withdrawn        messages withdrawn before dispatch (settled or held)
 * @param failed           messages that failed with no channel left
 * @param invoiceInquiries inquiries about invoices
 * @param churned          customers who left
 * @param audit            audit lines per kind over the simulated days
 * @param effects          each experiment arm's estimated effect on the paid share against its control, next to the
 *                         world's true effect (empty without experiments)
 */
public record SimulationResult(int days, Map<DunningAction, Integer> actions, Map<DunningAction, Integer> sent,
                               int withdrawn, int failed, int invoices, int payments, long paidCents, int invoiceInquiries,
                               int churned, Map<String, Integer> audit, List<TrueEffect> effects) {
    public SimulationResult {
        // ordered copies: the report prints them in action order and the audit log's own order
        actions = Collections.unmodifiableMap(new EnumMap<>(actions));
        sent = Collections.unmodifiableMap(new EnumMap<>(sent));
        audit = Collections.unmodifiableMap(new LinkedHashMap<>(audit));
        effects = List.copyOf(effects);
    }
}
