package org.smartdunning.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.smartdunning.history.InvoiceId;

/** Port: the process's own state in the store (stages dealt with, holds) and the day's all-or-nothing commit. */
public interface DunningDayStore {
    /** The stages already dealt with, per invoice. */
    Map<InvoiceId, List<StageRun>> stagesDone();

    List<Hold> holds();

    /** Writes the whole plan in one transaction: stage runs, outbox entries, audit lines, dunning events. */
    void commit(DailyPlan plan, Instant now);
}
