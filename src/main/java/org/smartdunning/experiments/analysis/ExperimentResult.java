package org.smartdunning.experiments.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * The analysis of one experiment as of the analysis day.
 *
 * @param control       the arm the others are compared with
 * @param controlChoice why that arm: {@code named} (asked for), {@code holdout} (an arm named holdout or
 *                      control), {@code standard process} (the arm that sends to collection) or {@code first arm}
 * @param firstAction   the day of its first randomised action among the invoices analysed (null: none closed)
 * @param lastAction    the day of its last
 * @param invoices      closed invoices over every arm
 * @param open          invoices still open over every arm
 */
public record ExperimentResult(String experiment, String control, String controlChoice, LocalDate firstAction,
                               LocalDate lastAction, int invoices, int open, List<ArmResult> arms,
                               List<ArmComparison> comparisons) {
    public ExperimentResult {
        arms = List.copyOf(arms);
        comparisons = List.copyOf(comparisons);
    }
}
