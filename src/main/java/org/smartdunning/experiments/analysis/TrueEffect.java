package org.smartdunning.experiments.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.smartdunning.history.InvoiceId;

/**
 * An arm's estimated effect on the share paid within the horizon, against its control, next to the true effect a
 * simulated world knows: the mean over the experiment's own closed invoices (every group's) of the world's exact
 * chance of payment had the invoice been drawn into the arm, less had it been drawn into the control.
 *
 * @param invoices the experiment's closed invoices the truth is averaged over
 * @param estimate the analysis's difference, arm less control, with its 95% interval for one look
 * @param truth    the true difference
 */
public record TrueEffect(String experiment, String arm, String control, int invoices, Interval estimate,
                         double truth) {
    /** Whether the estimate's interval holds the true effect. */
    public boolean covered() {
        return estimate.covers(truth);
    }

    /** A simulated world's exact chance of payment within the horizon of an invoice under each group of an experiment. */
    public interface PaymentTruth {
        /** Whether the truth was recorded for the experiment (a creditor's experiment the simulation ran). */
        boolean knows(String experiment);

        /** The chance had the invoice been drawn into {@code group}; empty where the group made no difference to it. */
        OptionalDouble pay(String experiment, InvoiceId invoice, String group);
    }

    /** The true effects of every comparison of {@code results} whose experiment {@code truth} knows. */
    public static List<TrueEffect> of(ObservedArms observed, List<ExperimentResult> results, PaymentTruth truth) {
        List<TrueEffect> effects = new ArrayList<>();
        for (ExperimentResult result : results) {
            if (!truth.knows(result.experiment())) {
                continue;
            }
            List<InvoiceId> invoices = observed.randomised().stream()
                    .filter(o -> o.experiment().equals(result.experiment())).map(ArmObservation::invoiceId).toList();
            for (ArmComparison c : result.comparisons()) {
                double sum = 0;
                for (InvoiceId invoice : invoices) {
                    OptionalDouble arm = truth.pay(result.experiment(), invoice, c.arm());
                    OptionalDouble control = truth.pay(result.experiment(), invoice, c.against());
                    // the world reacts to the action on its decision day only: on other days the group changes nothing
                    sum += arm.isPresent() && control.isPresent() ? arm.getAsDouble() - control.getAsDouble() : 0;
                }
                effects.add(new TrueEffect(result.experiment(), c.arm(), c.against(), invoices.size(),
                        c.difference().paidWithinHorizon(), invoices.isEmpty() ? Double.NaN : sum / invoices.size()));
            }
        }
        return effects;
    }
}
