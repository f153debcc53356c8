package org.smartdunning.workflow;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.DunningAction;
import org.smartdunning.models.ModelProvenance;
import org.smartdunning.policy.Decision;

/** Port: the learned side of the process: the policy at decision stages and the risk band for segment conditions. */
public interface StageDecider {
    /** Decides each invoice among the actions {@code allowed} gives it. */
    List<Decision> decide(List<InvoiceFeatures> batch, Function<InvoiceFeatures, Set<DunningAction>> allowed);

    /**
     * The same without exploring (neither Thompson sampling nor tries of thin actions): for an experiment's holdout,
     * which is randomised already.
     */
    List<Decision> decideWithoutExploring(List<InvoiceFeatures> batch, Function<InvoiceFeatures, Set<DunningAction>> allowed);

    /** The model's probability, per invoice, that it is paid if nothing is done (for risk bands). */
    double[] payWithoutAction(List<InvoiceFeatures> batch);

    ModelProvenance provenance();
}
