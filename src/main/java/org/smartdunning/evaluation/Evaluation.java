package org.smartdunning.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.economics.DecisionValue;
import org.smartdunning.economics.OutcomeProbabilities;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceId;

/** Values decisions against the truth with the contract formula, next to the standard process, fixed actions and the oracle. */
public final class Evaluation {
    private final DecisionValue value;

    public Evaluation(BusinessSettings settings) {
        this.value = new DecisionValue(settings);
    }

    /** @param decisions one action per truth case, already checked for completeness and reachability */
    public EvaluationReport evaluate(List<TruthCase> cases, Map<InvoiceId, DunningAction> decisions) {
        for (TruthCase c : cases) {
            if (!decisions.containsKey(c.invoiceId())) {
                throw new IllegalArgumentException("no decision for batch invoice " + c.invoiceId());
            }
        }
        PolicyResult decided = run("decisions", cases, c -> decisions.get(c.invoiceId()), null);
        PolicyResult standard = run("standard process", cases, c -> DunningAction.COLLECTION, null);
        List<PolicyResult> fixed = new ArrayList<>();
        for (DunningAction a : DunningAction.values()) {
            // an unreachable channel falls back to a letter, which always reaches the customer
            fixed.add(run("always " + a.key(), cases, c -> c.reachable(a) ? a : DunningAction.LETTER, a));
        }
        PolicyResult oracle = run("oracle", cases, this::best, null);
        double gap = oracle.totalValue() - standard.totalValue();
        double closed = gap == 0 ? Double.NaN : (decided.totalValue() - standard.totalValue()) / gap;
        return new EvaluationReport(cases.size(), decided, standard, fixed, oracle, closed,
                EvaluationReport.Versus.of(decided, standard), EvaluationReport.Versus.of(oracle, standard));
    }

    /** The reachable action of highest true value. */
    public DunningAction best(TruthCase c) {
        DunningAction best = DunningAction.NONE;
        double bestValue = valueOf(c, best);
        for (DunningAction a : DunningAction.values()) {
            double v = valueOf(c, a);
            if (c.reachable(a) && v > bestValue) {
                best = a;
                bestValue = v;
            }
        }
        return best;
    }

    public double valueOf(TruthCase c, DunningAction a) {
        return value.of(a, c.amount(), c.clv(), c.outcome(a));
    }

    /** @param intended the fixed action a fallback replaced, to count fallbacks; null for other policies */
    private PolicyResult run(String name, List<TruthCase> cases, Function<TruthCase, DunningAction> policy,
                             DunningAction intended) {
        double total = 0;
        double cash = 0;
        double churn = 0;
        double inquiries = 0;
        long collections = 0;
        long fallbacks = 0;
        for (TruthCase c : cases) {
            DunningAction a = policy.apply(c);
            OutcomeProbabilities p = c.outcome(a);
            total += valueOf(c, a);
            cash += DecisionValue.expectedCash(c.amount(), p);
            churn += p.churn();
            inquiries += p.inquiry();
            collections += a == DunningAction.COLLECTION ? 1 : 0;
            fallbacks += intended != null && a != intended ? 1 : 0;
        }
        return new PolicyResult(name, total, cases.isEmpty() ? 0 : total / cases.size(), collections, cash, churn,
                inquiries, fallbacks);
    }
}
