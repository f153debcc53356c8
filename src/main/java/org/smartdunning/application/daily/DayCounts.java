package org.smartdunning.application.daily;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.smartdunning.audit.AuditEntry;
import org.smartdunning.audit.AuditEvent;
import org.smartdunning.channels.DispatchReport;
import org.smartdunning.channels.OutboxEntry;
import org.smartdunning.history.DunningAction;
import org.smartdunning.workflow.StageRun;
import org.smartdunning.audit.StopReason;

/**
 * A day of the process in a credit manager's counts.
 *
 * @param queued      messages queued today per action (SMS, e-mail, letter; collection: the cases handed over)
 * @param leftAlone   invoices a stage dealt with by doing nothing
 * @param stopped     per reason, stages due today that a hold, an inquiry's pause, an experiment arm's later day or
 *                    the law stopped
 * @param unreachable stages closed because none of their channels reaches the customer
 * @param dispatch    what the dispatch delivered (new messages, and retries due)
 */
public record DayCounts(LocalDate day, Map<DunningAction, Integer> queued, int leftAlone,
                        Map<StopReason, Integer> stopped, int unreachable, DispatchReport dispatch) {
    public DayCounts {
        queued = Collections.unmodifiableMap(new EnumMap<>(queued));
        stopped = Collections.unmodifiableMap(new EnumMap<>(stopped));
    }

    /** Counts a committed day and its dispatch. */
    static DayCounts of(DayResult result) {
        Map<DunningAction, Integer> queued = new EnumMap<>(DunningAction.class);
        for (OutboxEntry m : result.plan().messages()) {
            queued.merge(m.action(), 1, Integer::sum);
        }
        int leftAlone = 0;
        for (StageRun r : result.plan().stageRuns()) {
            leftAlone += r.action() == DunningAction.NONE ? 1 : 0;
        }
        Map<StopReason, Integer> stopped = new EnumMap<>(StopReason.class);
        for (StopReason reason : StopReason.values()) {
            stopped.put(reason, 0);
        }
        int unreachable = 0;
        for (AuditEntry a : result.plan().audit()) {
            if (a.stopReason() != null) {
                stopped.merge(a.stopReason(), 1, Integer::sum);
            }
            unreachable += a.event() == AuditEvent.CLOSED ? 1 : 0;
        }
        return new DayCounts(result.plan().day(), queued, leftAlone, stopped, unreachable, result.dispatch());
    }

    /** Messages queued today with {@code action}. */
    public int queued(DunningAction action) {
        return queued.getOrDefault(action, 0);
    }
}
