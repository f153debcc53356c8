package org.smartdunning.application.daily;

import org.smartdunning.channels.DispatchReport;
import org.smartdunning.workflow.DailyPlan;

/** What a day of the process did: the plan committed and what the dispatch delivered. */
public record DayResult(DailyPlan plan, DispatchReport dispatch) {
    /** The day in a credit manager's counts. */
    public DayCounts counts() {
        return DayCounts.of(this);
    }
}
