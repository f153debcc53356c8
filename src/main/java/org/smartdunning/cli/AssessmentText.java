package org.smartdunning.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.smartdunning.application.train.ModelAssessment;
import org.smartdunning.application.train.TrainedPolicy;
import org.smartdunning.evaluation.EffectCheck;
import org.smartdunning.experiments.EstimateTable;
import org.smartdunning.experiments.OffPolicyComparison;
import org.smartdunning.experiments.PairedDifference;
import org.smartdunning.models.CalibrationTable;
import org.smartdunning.models.FeatureImportance;
import org.smartdunning.models.ModelProvenance;

/** The report {@code train} prints on newly trained models: off-policy value, calibration, importances, true effects. */
final class AssessmentText {
    private AssessmentText() {
    }

    static String format(ModelAssessment assessment) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        TrainedPolicy policyTrained = assessment.trained();
        ModelProvenance p = policyTrained.outcomes().model().provenance();
        out.printf("%nmodel %s, trained on %s .. %s (before the as-of day), seed %d%n  %s%n", p.label(),
                p.trainedFrom(), p.trainedUntil(), p.seed(), p.parametersLine());
        out.printf("%nOff-policy value per invoice on %,d logged experiment decisions with closed outcome windows:%n",
                assessment.logged());
        if (assessment.logged() == 0) {
            out.println("  no randomised actions with closed outcome windows yet: nothing to evaluate policies on."
                    + " Run decide with exploration on (the default) and train again once the outcome windows close.");
        } else {
            OffPolicyComparison.Report comparison = assessment.comparison();
            out.print(EstimateTable.format(comparison.estimates()));
            out.printf("%nPaired on the same decisions, row by row (detectable: the smallest true difference this"
                    + " experiment shows with 95%% confidence 4 times in 5; 4 times the decisions halve it):%n");
            out.print(PairedDifference.format(comparison.differences()));
            comparison.differences().get(0).unresolved().ifPresent(line -> out.println("  " + line));
            out.printf("%nCandidates for the reference policy the new one improves on (chosen: %s):%n",
                    policyTrained.reference().chosen().name());
            out.print(EstimateTable.format(policyTrained.reference().estimates()));
            out.print(PairedDifference.format(policyTrained.reference().differences()));
        }
        out.printf("%nCalibration on out-of-fold predictions, quartiles of the prediction per outcome and action:%n");
        out.print(CalibrationTable.format(assessment.calibration()));
        out.printf("%nFeature importance (share of split gain):%n");
        out.print(FeatureImportance.format(assessment.importance()));
        assessment.effects().ifPresent(effects -> {
            out.printf("%nEstimated against true effects on this synthetic world's batch:%n");
            out.print(EffectCheck.format(effects));
        });
        out.flush();
        return text.toString();
    }
}
