package org.smartdunning.application.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.smartdunning.application.summary.PlainSummary;
import org.smartdunning.application.summary.TodaysProcess;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.experiments.LoggedExperiment;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.policy.Decision;
import org.smartdunning.policy.ExpectedValuePolicy;
import org.smartdunning.policy.Exploration;

/**
 * What the newly trained policy would have done on the logged experiment's invoices against today's
 * process, in plain figures: each invoice decided by the policy the off-policy comparison values as
 * "new", on the cross-fitted half that never saw its customer, so no figure rests on what the models memorised.
 */
final class LoggedOutlook {
    private LoggedOutlook() {
    }

    static PlainSummary of(TrainedPolicy trained, CreditorHistory history, TodaysProcess today,
                           BusinessSettings settings, Exploration exploration) {
        LoggedExperiment log = trained.log();
        Decision[] decisions = new Decision[log.size()];
        for (int h = 0; h < 2; h++) {
            int half = h;
            int[] rows = IntStream.range(0, log.size()).filter(i -> log.halves()[i] == half).toArray();
            List<InvoiceFeatures> features = new ArrayList<>(rows.length);
            Arrays.stream(rows).forEach(i -> features.add(log.features().get(i)));
            List<Decision> decided = new ExpectedValuePolicy(trained.outcomes().model().half(half), settings, exploration,
                    trained.reference().chosen()).decideAll(features);
            for (int k = 0; k < rows.length; k++) {
                decisions[rows[k]] = decided.get(k);
            }
        }
        return PlainSummary.of(List.of(decisions), history::invoice, today);
    }
}
