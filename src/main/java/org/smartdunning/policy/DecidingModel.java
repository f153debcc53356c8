package org.smartdunning.policy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.smartdunning.history.DunningAction;
import org.smartdunning.models.LearnedOutcomeModel;
import org.smartdunning.models.LoggedSupport;
import org.smartdunning.models.OutcomeModel;

/**
 * The outcome model that decides: a learned model only once no action is thin (logged with a known
 * payment fewer than the cold start's minimum), else the history-rules baseline it was trained with.
 * A model whose arms are partly learned and partly the baseline's priors compares numbers of two
 * makings: on nordic-telecom's cold start, "none" learned from 251 of the engine's own decisions
 * predicted churn 0.166 against priors of 0.113 for the never-tried reminders, and the engine sent
 * letters to three invoices in four, each worth −153 by the truth (see the README's learn section).
 *
 * @param model    the model to decide with
 * @param rules    the history-rules baseline, which prices trying a thin action
 * @param thin     actions the log holds too few of; empty when the learned model decides
 * @param learned  whether {@code model} is the learned one
 */
public record DecidingModel(OutcomeModel model, OutcomeModel rules, Set<DunningAction> thin, boolean learned) {
    public DecidingModel {
        thin = DunningAction.ordered(thin);
    }

    /** {@code model} deciding as it is, with no action counted thin. */
    public static DecidingModel as(OutcomeModel model) {
        return new DecidingModel(model, model, Set.of(), model instanceof LearnedOutcomeModel);
    }

    /**
     * Picks the model for {@code trained}; a model that is not learned, or learned before the log was
     * counted, decides as it is.
     */
    public static DecidingModel of(OutcomeModel trained, ColdStartExploration coldStart) {
        if (!(trained instanceof LearnedOutcomeModel learned) || learned.loggedSupport() == null) {
            return as(trained);
        }
        LoggedSupport support = learned.loggedSupport();
        Map<DunningAction, Integer> logged = new EnumMap<>(DunningAction.class);
        for (DunningAction a : DunningAction.values()) {
            logged.put(a, support.total(a));
        }
        Set<DunningAction> thin = coldStart.thin(logged);
        return thin.isEmpty() ? new DecidingModel(learned, learned.fallback(), thin, true)
                : new DecidingModel(learned.fallback(), learned.fallback(), thin, false);
    }

    /** The thin actions' keys, space-separated, or "-" when none is thin. */
    public String thinKeys() {
        return thin.isEmpty() ? "-" : thin.stream().sorted().map(DunningAction::key).collect(Collectors.joining(" "));
    }
}
