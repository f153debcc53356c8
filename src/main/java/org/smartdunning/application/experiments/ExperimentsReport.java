package org.smartdunning.application.experiments;

import java.time.LocalDate;
import java.util.List;
import org.smartdunning.experiments.analysis.ExperimentResult;
import org.smartdunning.experiments.analysis.SampleSize;

/**
 * The creditor's experiments as of the analysis day, from observed outcomes, amounts in {@code currency}.
 *
 * @param asOf         the analysis day: facts dated before it are known
 * @param currency     the invoices' currency (several joined by a comma; null when there are no invoices)
 * @param horizonDays  the horizon of "paid within the horizon", from business.properties
 * @param churnWindowMonths the months after an action in which a churn counts, from business.properties
 * @param estimator    how the arms' figures are estimated, in words
 * @param experiments  each experiment, by name
 * @param sampleSize   what an experiment to come would need per arm
 */
public record ExperimentsReport(LocalDate asOf, String currency, int horizonDays, int churnWindowMonths,
                                String estimator, List<ExperimentResult> experiments, SampleSize sampleSize) {
    public ExperimentsReport {
        experiments = List.copyOf(experiments);
    }
}
