package org.smartdunning.workflow;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.DunningAction;
import org.smartdunning.models.ModelProvenance;
import org.smartdunning.models.OutcomeModel;
import org.smartdunning.policy.ColdStartExploration;
import org.smartdunning.policy.Decision;
import org.smartdunning.policy.DecidingModel;
import org.smartdunning.policy.Exploration;
import org.smartdunning.policy.LearningPolicy;
import org.smartdunning.policy.ReferencePolicy;

/** The learning policy and its deciding outcome model behind the workflow's decision stages. */
public final class PolicyStageDecider implements StageDecider {
    private final LearningPolicy policy;

    /** A model deciding as it is, without trying thin actions. */
    public PolicyStageDecider(OutcomeModel model, BusinessSettings settings, Exploration exploration) {
        this(new LearningPolicy(DecidingModel.as(model), settings, exploration, ReferencePolicy.UNCONSTRAINED,
                ColdStartExploration.OFF));
    }

    public PolicyStageDecider(LearningPolicy policy) {
        this.policy = policy;
    }

    @Override
    public List<Decision> decide(List<InvoiceFeatures> batch, Function<InvoiceFeatures, Set<DunningAction>> allowed) {
        return policy.decideAll(batch, allowed);
    }

    @Override
    public double[] payWithoutAction(List<InvoiceFeatures> batch) {
        OutcomeModel model = policy.model();
        model.prepare(batch);
        return batch.stream().mapToDouble(f -> model.predict(f, DunningAction.NONE).pay()).toArray();
    }

    @Override
    public ModelProvenance provenance() {
        return policy.provenance();
    }
}
