package org.smartdunning.simulation;

import java.util.List;

/** A learning loop's months in order, with what it ran. */
public record LearningCurve(LoopSettings settings, List<MonthResult> months) {
    public LearningCurve {
        months = List.copyOf(months);
    }

    /** The year's exploration cost, in total. */
    public double totalExplorationCost() {
        return months.stream().mapToDouble(MonthResult::totalExplorationCost).sum();
    }

    /** The largest monthly gain over the history-rules baseline: what "one month of the gain" is measured by. */
    public double bestMonthGainOverBaseline() {
        return months.stream().mapToDouble(MonthResult::gainOverBaseline).max().orElse(Double.NaN);
    }

    public MonthResult last() {
        return months.get(months.size() - 1);
    }
}
