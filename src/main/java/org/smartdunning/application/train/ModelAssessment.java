package org.smartdunning.application.train;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smartdunning.application.summary.PlainSummary;
import org.smartdunning.evaluation.EffectCheck;
import org.smartdunning.experiments.OffPolicyComparison;
import org.smartdunning.models.CalibrationTable;

/**
 * How good newly trained models are before use.
 *
 * @param logged      logged experiment decisions with closed outcome windows; none: nothing to compare on
 * @param onLog       what the new policy would do on those decisions against today's process, in plain
 *                    figures; empty when none is logged
 * @param comparison  the off-policy value of the new, current and standard policies and their paired differences
 * @param calibration out-of-fold calibration per outcome and action
 * @param importance  per outcome model, its top features by share of split gain
 * @param effects     on a synthetic world, the estimated against the true effects on its batch
 */
public record ModelAssessment(TrainedPolicy trained, int logged, Optional<PlainSummary> onLog,
                              OffPolicyComparison.Report comparison,
                              List<CalibrationTable.Row> calibration,
                              Map<String, List<Map.Entry<String, Double>>> importance,
                              Optional<List<EffectCheck.Row>> effects) {
}
