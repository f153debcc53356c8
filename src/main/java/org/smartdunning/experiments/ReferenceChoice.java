package org.smartdunning.experiments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.DunningAction;
import org.smartdunning.models.HistoryRulesModel;
import org.smartdunning.policy.AllowedActions;
import org.smartdunning.policy.ReferencePolicy;

/**
 * Picks the reference policy of conservative improvement: the {@code history-rules} baseline, unless a
 * fixed action is worth more per invoice on the logged experiment with one-sided 95% confidence (the
 * doubly robust estimate of the difference, row by row, less 1.645 standard errors, above 0); of
 * several such, the one that gains most. On a few thousand logged decisions the candidates' values
 * are uncertain by tens per invoice, so the plain best of them would often be a noise pick.
 *
 * <p>A fixed action is a candidate only where the log covers it on the invoices where it departs from
 * the baseline: there the mean importance weight of "always a" estimates the share of invoices on
 * which the logging policy could have taken a. Where
 * the log is the engine's own greedy decisions plus a few tries (a cold start), that share is small,
 * the doubly robust estimate rests on the outcome model on the rest, and the model's error there is
 * shared by both sides of the paired difference, so its interval does not see it. On email-first's
 * cold start the log covered "always email" on 0.12-0.14 of the invoices, yet its difference over
 * the baseline came out +23 to +188 per invoice with a lower bound above 0. Counted over all invoices,
 * a log in which the baseline itself decided covers "always none" on the 85% where the baseline left
 * invoices alone, yet the difference lives on the other 15%, which the log never covers (mixed-credit's
 * cold start picked "always none" so and fell below the baseline by 8 to 25 per invoice).
 *
 * @param chosen      the reference policy; unconstrained when the experiment holds no closed rows
 * @param estimates   every candidate's estimate, in the order tried
 * @param differences each fixed action's difference over the baseline, row by row
 * @param coverage    per fixed action, in the order of {@code differences}, the share of the invoices
 *                    where it departs from the baseline that the log covers it on (mean importance weight)
 */
public record ReferenceChoice(ReferencePolicy chosen, List<PolicyEstimate> estimates,
                              List<PairedDifference> differences, List<Double> coverage) {
    /**
     * Least share of invoices the log must cover (mean weight) for a fixed action to be a candidate;
     * a randomised experiment of five equal arms covers 1, within 0.05 on 2,000 rows.
     */
    public static final double MIN_COVERAGE = 0.8;

    public ReferenceChoice {
        estimates = List.copyOf(estimates);
        differences = List.copyOf(differences);
        coverage = List.copyOf(coverage);
    }

    public static ReferenceChoice of(LoggedExperiment log, HistoryRulesModel rules, BusinessSettings settings) {
        List<ReferencePolicy> candidates = new ArrayList<>();
        candidates.add(ReferencePolicy.bestUnder(HistoryRulesModel.NAME, rules, settings));
        for (DunningAction a : DunningAction.values()) {
            candidates.add(ReferencePolicy.always(a));
        }
        List<PolicyEstimate> estimates = new ArrayList<>();
        if (log.size() == 0) {
            return new ReferenceChoice(ReferencePolicy.UNCONSTRAINED, estimates, List.of(), List.of());
        }
        List<RowTerms> terms = new ArrayList<>();
        List<TargetPolicy> targets = new ArrayList<>();
        for (ReferencePolicy candidate : candidates) {
            TargetPolicy target = actions(candidate, log.features());
            targets.add(target);
            estimates.add(OffPolicyEvaluator.evaluate(candidate.name(), target, log.decisions()));
            terms.add(RowTerms.of(target, log.decisions()));
        }
        int chosen = 0; // the baseline, unless a covered fixed action is clearly better
        double best = Double.NEGATIVE_INFINITY;
        List<PairedDifference> differences = new ArrayList<>();
        List<Double> coverage = new ArrayList<>();
        for (int c = 1; c < candidates.size(); c++) {
            PairedDifference d = PairedDifference.of(candidates.get(c).name(), terms.get(c).doublyRobust(),
                    candidates.get(0).name(), terms.get(0).doublyRobust());
            differences.add(d);
            double covered = coverageWhereDifferent(terms.get(c).weights(), targets.get(c), targets.get(0), log.size());
            coverage.add(covered);
            // NaN never wins; ties keep the earlier candidate
            if (covered >= MIN_COVERAGE && d.lowerBound() > 0 && d.dr().value() > best) {
                best = d.dr().value();
                chosen = c;
            }
        }
        return new ReferenceChoice(candidates.get(chosen), estimates, differences, coverage);
    }

    /**
     * Mean importance weight of the candidate on the logged rows where its action differs from the
     * baseline's: its advantage lives there alone, so the log must cover it there; 1 where they never differ.
     */
    static double coverageWhereDifferent(double[] weights, TargetPolicy candidate, TargetPolicy baseline, int rows) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < rows; i++) {
            if (!candidate.probabilities(i).equals(baseline.probabilities(i))) {
                sum += weights[i];
                n++;
            }
        }
        return n == 0 ? 1 : sum / n;
    }

    /** The candidate's estimate; absent when it was not evaluated. */
    public java.util.Optional<PolicyEstimate> estimate(String name) {
        return estimates.stream().filter(e -> e.policy().equals(name)).findFirst();
    }

    private static TargetPolicy actions(ReferencePolicy reference, List<InvoiceFeatures> features) {
        reference.prepare(features);
        List<Map<DunningAction, Double>> rows = new ArrayList<>(features.size());
        for (InvoiceFeatures f : features) {
            rows.add(Map.of(reference.action(f, AllowedActions.of(f)), 1.0));
        }
        return TargetPolicy.of(rows);
    }
}
