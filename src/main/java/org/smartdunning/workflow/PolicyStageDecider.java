package org.smartdunning.workflow;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.DunningAction;
import org.smartdunning.models.ModelProvenance;
import org.smartdunning.models.OutcomeModel;
import org.smartdunning.policy.Decision;
import org.smartdunning.policy.ExpectedValuePolicy;
import org.smartdunning.policy.Exploration;
import org.smartdunning.policy.ReferencePolicy;

/** The expected-value policy and its outcome model behind the workflow's decision stages. */
public final class PolicyStageDecider implements StageDecider {
    private final OutcomeModel model;
    private final ExpectedValuePolicy policy;

    public PolicyStageDecider(OutcomeModel model, BusinessSettings settings, Exploration exploration) {
        this(model, settings, exploration, ReferencePolicy.UNCONSTRAINED);
    }

    /** The policy improving conservatively on {@code reference}, as {@code decide} does. */
    public PolicyStageDecider(OutcomeModel model, BusinessSettings settings, Exploration exploration,
                              ReferencePolicy reference) {
        this.model = model;
        this.policy = new ExpectedValuePolicy(model, settings, exploration, reference);
    }

    @Override
    public List<Decision> decide(List<InvoiceFeatures> batch, Function<InvoiceFeatures, Set<DunningAction>> allowed) {
        return batch.isEmpty() ? List.of() : policy.decideAll(batch, allowed);
    }

    @Override
    public double[] payWithoutAction(List<InvoiceFeatures> batch) {
        model.prepare(batch);
        return batch.stream().mapToDouble(f -> model.predict(f, DunningAction.NONE).pay()).toArray();
    }

    @Override
    public ModelProvenance provenance() {
        return policy.provenance();
    }
}
