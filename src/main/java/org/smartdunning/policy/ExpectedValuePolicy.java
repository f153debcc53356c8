package org.smartdunning.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.economics.DecisionValue;
import org.smartdunning.economics.LifetimeValue;
import org.smartdunning.economics.OutcomeProbabilities;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.DunningAction;
import org.smartdunning.models.ModelProvenance;
import org.smartdunning.models.OutcomeModel;

/** Values every allowed action with the contract's formula and takes the best one, deterministically. */
public final class ExpectedValuePolicy implements Policy {
    private final OutcomeModel model;
    private final DecisionValue decisionValue;
    private final LifetimeValue lifetimeValue;

    public ExpectedValuePolicy(OutcomeModel model, BusinessSettings settings) {
        this.model = model;
        this.decisionValue = new DecisionValue(settings);
        this.lifetimeValue = new LifetimeValue(settings);
    }

    @Override
    public Decision decide(InvoiceFeatures f) {
        List<CandidateValue> candidates = candidates(f);
        // ties go to the gentler action: enum order runs from none to collection
        CandidateValue best = candidates.stream().max(Comparator.comparingDouble(CandidateValue::value)
                .thenComparing(c -> -c.action().ordinal())).orElseThrow();
        return new Decision(f.invoiceId(), f.decideOn(), best.action(), 1.0, candidates,
                DecisionReasons.explain(best.action(), candidates, f), model.provenance());
    }

    /** Every allowed action with its predicted outcomes and expected value. */
    public List<CandidateValue> candidates(InvoiceFeatures f) {
        double clv = lifetimeValue.of(f.monthlyValue(), model.payShare(f), model.remainingMonths(f));
        List<CandidateValue> candidates = new ArrayList<>();
        for (DunningAction action : AllowedActions.of(f)) {
            OutcomeProbabilities p = model.predict(f, action);
            candidates.add(new CandidateValue(action, p, decisionValue.of(action, f.amount(), clv, p)));
        }
        return candidates;
    }

    @Override
    public ModelProvenance provenance() {
        return model.provenance();
    }
}
