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
    private final LearningPolicy settled;

    /** A model deciding as it is, without trying thin actions. */
    public PolicyStageDecider(OutcomeModel model, BusinessSettings settings, Exploration exploration) {
        this(new LearningPolicy(DecidingModel.as(model), settings, exploration, ReferencePolicy.UNCONSTRAINED,
                ColdStartExploration.OFF), new LearningPolicy(DecidingModel.as(model), settings, Exploration.NONE,
                ReferencePolicy.UNCONSTRAINED, ColdStartExploration.OFF));
    }

    /**
     * @param policy  the policy as it decides, exploring
     * @param settled the same policy without exploration, for invoices an experiment's holdout randomised already
     */
    public PolicyStageDecider(LearningPolicy policy, LearningPolicy settled) {
        this.policy = policy;
        this.settled = settled;
    }

    @Override
    public List<Decision> decide(List<InvoiceFeatures> batch, Function<InvoiceFeatures, Set<DunningAction>> allowed) {
        return policy.decideAll(batch, allowed);
    }

    @Override
    public List<Decision> decideWithoutExploring(List<InvoiceFeatures> batch,
                                                 Function<InvoiceFeatures, Set<DunningAction>> allowed) {
        return settled.decideAll(batch, allowed);
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
