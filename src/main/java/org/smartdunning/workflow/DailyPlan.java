package org.smartdunning.workflow;

import java.time.LocalDate;
import java.util.List;
import org.smartdunning.audit.AuditEntry;
import org.smartdunning.channels.OutboxEntry;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.policy.Decision;

/**
 * What the process decided for one day, committed in one transaction: the stages dealt with, the
 * messages to send, the audit lines and the dunning events the next training learns from.
 *
 * @param workflow  the workflow's name
 * @param decisions the learned policy's decisions at decision stages, with their provenance
 */
public record DailyPlan(LocalDate day, String workflow, List<StageRun> stageRuns, List<OutboxEntry> messages, List<AuditEntry> audit,
                        List<DunningEvent> events, List<Decision> decisions) {
    public DailyPlan {
        stageRuns = List.copyOf(stageRuns);
        messages = List.copyOf(messages);
        audit = List.copyOf(audit);
        events = List.copyOf(events);
        decisions = List.copyOf(decisions);
    }
}
