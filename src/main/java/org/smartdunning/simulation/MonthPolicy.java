package org.smartdunning.simulation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.experiments.LoggedExperiment;
import org.smartdunning.experiments.ReferenceChoice;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.models.HistoryRulesModel;
import org.smartdunning.models.LearnedOutcomeModel;
import org.smartdunning.models.TrainOutcomeModels;
import org.smartdunning.models.TrainedOutcomes;
import org.smartdunning.models.TreeTrainer;
import org.smartdunning.policy.DecidingModel;
import org.smartdunning.policy.Decision;
import org.smartdunning.policy.ExpectedValuePolicy;
import org.smartdunning.policy.Exploration;
import org.smartdunning.policy.LearningPolicy;
import org.smartdunning.policy.ReferencePolicy;

/**
 * The engine as one month's retraining leaves it: outcome models and reference policy learned, as
 * {@code train} does, from the history before the month's first day; the exploring policy on them,
 * the same policy without exploring (to price exploration) and the history-rules baseline of that day.
 */
final class MonthPolicy {
    private final LearningPolicy exploring;
    private final ExpectedValuePolicy greedy;
    private final ExpectedValuePolicy baseline;
    private final String reference;

    private MonthPolicy(LearningPolicy exploring, ExpectedValuePolicy greedy, ExpectedValuePolicy baseline, String reference) {
        this.exploring = exploring;
        this.greedy = greedy;
        this.baseline = baseline;
        this.reference = reference;
    }

    /**
     * Trains on {@code history} (facts dated before {@code day} only) as of {@code day}, and decides as
     * the product does ({@link LearningPolicy}): the learned models only once no action is thin, the
     * history-rules baseline with the thin actions tried until then.
     */
    static MonthPolicy train(TreeTrainer trainer, CreditorHistory history, LocalDate day, LoopSettings loop) {
        BusinessSettings settings = loop.world().business();
        TrainedOutcomes trained = new TrainOutcomeModels(trainer, settings, loop.seed()).train(history, day);
        DecidingModel deciding = DecidingModel.of(trained.model(), loop.coldStart());
        ExpectedValuePolicy baseline = new ExpectedValuePolicy(trained.fallback(), settings);
        if (!deciding.learned()) {
            return new MonthPolicy(new LearningPolicy(deciding, settings, loop.exploration(), ReferencePolicy.UNCONSTRAINED,
                    loop.coldStart()), baseline, baseline, HistoryRulesModel.NAME + " (deciding)");
        }
        ReferenceChoice choice = ReferenceChoice.of(LoggedExperiment.of(trained, settings), trained.fallback(), settings);
        String name = choice.chosen().name();
        LearnedOutcomeModel model = trained.model().withParameters(Map.of(ExpectedValuePolicy.REFERENCE_POLICY, name));
        ReferencePolicy reference = ReferencePolicy.named(name, HistoryRulesModel.NAME, trained.fallback(), settings);
        return new MonthPolicy(new LearningPolicy(DecidingModel.of(model, loop.coldStart()), settings,
                loop.exploration(), reference, loop.coldStart()),
                new ExpectedValuePolicy(model, settings, Exploration.NONE, reference), baseline, name);
    }

    /** The engine's decisions on one day's overdue invoices, cold-start exploration included. */
    List<Decision> decide(List<InvoiceFeatures> batch) {
        return exploring.decideAll(batch);
    }

    /** What the engine would have done without any exploration. */
    List<Decision> greedy(List<InvoiceFeatures> batch) {
        return greedy.decideAll(batch);
    }

    List<Decision> baseline(List<InvoiceFeatures> batch) {
        return baseline.decideAll(batch);
    }

    String thinActions() {
        return exploring.deciding().thinKeys();
    }

    String reference() {
        return reference;
    }
}
