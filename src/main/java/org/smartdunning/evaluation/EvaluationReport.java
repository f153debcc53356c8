package org.smartdunning.evaluation;

import java.util.List;

/**
 * The evaluation of a decisions file against the truth: the decisions, the standard process
 * (collection for all), every fixed action and the oracle, and the headline comparisons.
 *
 * @param gapClosed share of the standard-to-oracle value gap the decisions close; NaN when there is no gap
 */
public record EvaluationReport(int invoices, PolicyResult decisions, PolicyResult standard, List<PolicyResult> fixedActions,
                               PolicyResult oracle, double gapClosed, Versus decisionsVsStandard, Versus oracleVsStandard) {
    public EvaluationReport {
        fixedActions = List.copyOf(fixedActions);
    }

    /** Changes against the standard process, in percent. */
    public record Versus(double collectionsPct, double cashPct, double churnPct, double inquiriesPct) {
        static Versus of(PolicyResult p, PolicyResult standard) {
            return new Versus(PolicyResult.percentChange(p.collections(), standard.collections()),
                    PolicyResult.percentChange(p.cashRecovered(), standard.cashRecovered()),
                    PolicyResult.percentChange(p.expectedChurn(), standard.expectedChurn()),
                    PolicyResult.percentChange(p.expectedInquiries(), standard.expectedInquiries()));
        }
    }

    /** The fixed action that earns the most on this batch. */
    public PolicyResult bestFixedAction() {
        return fixedActions.stream().max((a, b) -> Double.compare(a.totalValue(), b.totalValue())).orElseThrow();
    }
}
