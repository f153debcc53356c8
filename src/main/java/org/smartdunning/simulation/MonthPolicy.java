package org.smartdunning.simulation;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.experiments.LoggedExperiment;
import org.smartdunning.experiments.ReferenceChoice;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.DunningAction;
import org.smartdunning.models.HistoryRulesModel;
import org.smartdunning.models.LearnedOutcomeModel;
import org.smartdunning.models.TrainingExample;
import org.smartdunning.models.TrainOutcomeModels;
import org.smartdunning.models.TrainedOutcomes;
import org.smartdunning.models.TreeTrainer;
import org.smartdunning.policy.ColdStartExploration;
import org.smartdunning.policy.Decision;
import org.smartdunning.policy.ExpectedValuePolicy;
import org.smartdunning.policy.Exploration;
import org.smartdunning.policy.ReferencePolicy;

/**
 * The engine as one month's retraining leaves it: outcome models and reference policy learned, as
 * {@code train} does, from the history before the month's first day; the exploring policy on them,
 * the same policy without exploring (to price exploration), the history-rules baseline of that day,
 * and the actions still too thin in the log for cold-start exploration to try.
 */
final class MonthPolicy {
    private final ExpectedValuePolicy exploring;
    private final ExpectedValuePolicy greedy;
    private final ExpectedValuePolicy baseline;
    private final HistoryRulesModel rules;
    private final BusinessSettings settings;
    private final ColdStartExploration coldStart;
    private final Set<DunningAction> thin;
    private final String reference;

    private MonthPolicy(ExpectedValuePolicy exploring, ExpectedValuePolicy greedy, HistoryRulesModel rules,
                        BusinessSettings settings, ColdStartExploration coldStart, Set<DunningAction> thin, String reference) {
        this.exploring = exploring;
        this.greedy = greedy;
        this.baseline = new ExpectedValuePolicy(rules, settings);
        this.rules = rules;
        this.settings = settings;
        this.coldStart = coldStart;
        this.thin = thin;
        this.reference = reference;
    }

    /**
     * Trains on {@code history} (facts dated before {@code day} only) as of {@code day}. The learned
     * models decide only once no action is thin (logged with a known payment fewer than the cold
     * start's minimum); until then the history-rules baseline decides and the thin actions are tried.
     * A model whose arms are partly learned and partly the rules' priors compares numbers of two
     * different makings: a learned arm's churn on a few hundred early rows against a prior's population
     * rate made the engine send letters to three invoices in four (see the README's learn section).
     */
    static MonthPolicy train(TreeTrainer trainer, CreditorHistory history, LocalDate day, LoopSettings loop) {
        BusinessSettings settings = loop.world().business();
        TrainedOutcomes trained = new TrainOutcomeModels(trainer, settings, loop.seed()).train(history, day);
        Set<DunningAction> thin = loop.coldStart().thin(closedRows(trained));
        if (!thin.isEmpty()) {
            HistoryRulesModel rules = trained.fallback();
            return new MonthPolicy(new ExpectedValuePolicy(rules, settings, loop.exploration()),
                    new ExpectedValuePolicy(rules, settings), rules, settings, loop.coldStart(), thin, HistoryRulesModel.NAME
                    + " (deciding)");
        }
        ReferenceChoice choice = ReferenceChoice.of(LoggedExperiment.of(trained, settings), trained.fallback(), settings);
        String name = choice.chosen().name();
        LearnedOutcomeModel model = trained.model().withParameters(Map.of(ExpectedValuePolicy.REFERENCE_POLICY, name));
        ReferencePolicy reference = ReferencePolicy.named(name, HistoryRulesModel.NAME, trained.fallback(), settings);
        return new MonthPolicy(new ExpectedValuePolicy(model, settings, loop.exploration(), reference),
                new ExpectedValuePolicy(model, settings, Exploration.NONE, reference), trained.fallback(), settings,
                loop.coldStart(), thin, name);
    }

    /** Per action, the logged rows whose payment is known (its horizon closed): what its models learn from. */
    static Map<DunningAction, Integer> closedRows(TrainedOutcomes trained) {
        Map<DunningAction, Integer> closed = new EnumMap<>(DunningAction.class);
        for (TrainingExample e : trained.trainingSet().examples()) {
            if (e.labels().paid() != null) {
                closed.merge(e.action(), 1, Integer::sum);
            }
        }
        return closed;
    }

    /** The engine's decisions on one day's overdue invoices, cold-start exploration included. */
    List<Decision> decide(List<InvoiceFeatures> batch) {
        return coldStart.apply(batch, exploring.decideAll(batch), thin, rules, settings);
    }

    /** What the engine would have done without any exploration. */
    List<Decision> greedy(List<InvoiceFeatures> batch) {
        return greedy.decideAll(batch);
    }

    List<Decision> baseline(List<InvoiceFeatures> batch) {
        return baseline.decideAll(batch);
    }

    String thinActions() {
        return thin.isEmpty() ? "-" : thin.stream().map(DunningAction::key).collect(Collectors.joining(" "));
    }

    String reference() {
        return reference;
    }
}
