package org.smartdunning.application.train;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.smartdunning.application.DecisionSettings;
import org.smartdunning.application.Stopwatch;
import org.smartdunning.application.folder.LoadedFolder;
import org.smartdunning.application.port.ModelCatalog;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.experiments.LoggedExperiment;
import org.smartdunning.experiments.OffPolicyComparison;
import org.smartdunning.experiments.PromotionVerdict;
import org.smartdunning.experiments.ReferenceChoice;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.ingest.ImportReceipt;
import org.smartdunning.models.EngineBuild;
import org.smartdunning.models.HistoryRulesModel;
import org.smartdunning.models.LearnedOutcomeModel;
import org.smartdunning.models.ModelFormat;
import org.smartdunning.models.OutcomeModel;
import org.smartdunning.models.TrainOutcomeModels;
import org.smartdunning.models.TrainedOutcomes;
import org.smartdunning.models.TrainingSet;
import org.smartdunning.models.TreeTrainer;
import org.smartdunning.policy.ExpectedValuePolicy;
import org.smartdunning.policy.ReferencePolicy;

/**
 * Trains the outcome models of a folder and keeps them in the catalog, or reuses the model already
 * trained on the same history, day, settings and seed: deciding again does not retrain. A new model
 * replaces the live one only as {@link ModelPromotion} judges.
 */
public final class TrainModels {
    private final ModelCatalog catalog;
    private final TreeTrainer trainer;
    private final EngineBuild build;
    private final Clock clock;
    private final TrainListener listener;
    private final ModelPromotion promotion;

    public TrainModels(ModelCatalog catalog, TreeTrainer trainer, EngineBuild build, Clock clock, TrainListener listener) {
        this.catalog = catalog;
        this.trainer = trainer;
        this.build = build;
        this.clock = clock;
        this.listener = listener;
        this.promotion = new ModelPromotion(catalog, clock, listener);
    }

    /**
     * The live model, after training and judging a new one when none is saved under the folder's training key;
     * the history-rules baseline, said plainly, when the boosting library cannot load on this machine (its
     * native code needs the OpenMP runtime).
     */
    public OutcomeModel forDecisions(LoadedFolder folder, DecisionSettings deciding) {
        try {
            return learned(folder, deciding);
        } catch (LinkageError e) {
            listener.learnerUnavailable(e);
            return TrainOutcomeModels.fallback(folder.wholeHistory(), folder.receipt().asOf(), folder.settings());
        }
    }

    /**
     * The live model for a folder whose model is saved already, read with the history-rules fallback saved
     * beside it (the one its history gives): deciding then needs only the batch's customers' history. Empty
     * when none is saved under the folder's training key, it was saved without its fallback, or the boosting
     * library cannot load here; {@link #forDecisions} then trains or says so.
     */
    public Optional<LearnedOutcomeModel> saved(ImportReceipt receipt, BusinessSettings settings,
                                               DecisionSettings deciding) {
        String key = trainingKey(receipt.fingerprint(), receipt.asOf(), settings, deciding.seed());
        Stopwatch phase = new Stopwatch();
        int churnWindow = settings.churnWindowMonths();
        try {
            Optional<HistoryRulesModel> rules = catalog.fallback(key, churnWindow);
            if (rules.isEmpty()) {
                return Optional.empty();
            }
            LearnedOutcomeModel model = catalog.find(key, rules::get, churnWindow).orElseThrow();
            listener.savedModelUsed(model, key, phase.seconds());
            return Optional.of(live(model, key, rules::get, churnWindow));
        } catch (LinkageError e) {
            return Optional.empty();
        }
    }

    private LearnedOutcomeModel learned(LoadedFolder folder, DecisionSettings deciding) {
        String key = trainingKey(folder, deciding.seed());
        Stopwatch phase = new Stopwatch();
        // built once, and only when read: a pass over every invoice and payment (about 1 s at 100,000 customers)
        HistoryRulesModel[] fallback = new HistoryRulesModel[1];
        Supplier<HistoryRulesModel> rules = () -> {
            if (fallback[0] == null) {
                fallback[0] = TrainOutcomeModels.fallback(folder.wholeHistory(), folder.receipt().asOf(),
                        folder.settings());
            }
            return fallback[0];
        };
        int churnWindow = folder.settings().churnWindowMonths();
        Optional<LearnedOutcomeModel> saved = catalog.find(key, rules, churnWindow);
        LearnedOutcomeModel model;
        if (saved.isPresent()) {
            listener.savedModelUsed(saved.get(), key, phase.seconds());
            model = saved.get();
        } else {
            TrainedPolicy trained = train(folder, deciding.seed());
            saveAndJudge(key, trained, OffPolicyComparison.Report.NONE, folder.settings(), deciding, false);
            model = trained.outcomes().model();
            fallback[0] = trained.outcomes().fallback();
        }
        return live(model, key, rules, churnWindow);
    }

    /** The live model when another key than {@code model}'s is live, read around the same fallback; else {@code model}. */
    private LearnedOutcomeModel live(LearnedOutcomeModel model, String key, Supplier<HistoryRulesModel> rules,
                                     int churnWindow) {
        Optional<String> live = catalog.liveKey().filter(k -> !k.equals(key));
        if (live.isEmpty()) {
            return model;
        }
        LearnedOutcomeModel champion = catalog.find(live.get(), rules, churnWindow).orElseThrow();
        listener.liveModelUsed(champion, live.get());
        return champion;
    }

    /**
     * Learns the outcome models, then picks the reference policy the learned one improves on
     * (recorded in the model's parameters, so a reused model decides the same).
     */
    public TrainedPolicy train(LoadedFolder folder, long seed) {
        return train(folder.wholeHistory(), folder.receipt().asOf(), folder.settings(), seed);
    }

    /** The same on a history as of a day, for the daily process. */
    public TrainedPolicy train(CreditorHistory history, LocalDate asOf, BusinessSettings settings, long seed) {
        Stopwatch phase = new Stopwatch();
        return chooseReference(new TrainOutcomeModels(trainer, settings, seed).train(history, asOf), settings, phase);
    }

    /**
     * The same from training examples built elsewhere (a Spark task's share of the customers each) and the
     * history-rules fallback measured on the whole history: no history on this side.
     */
    public TrainedPolicy train(TrainingSet examples, HistoryRulesModel fallback, BusinessSettings settings, long seed) {
        Stopwatch phase = new Stopwatch();
        return chooseReference(new TrainOutcomeModels(trainer, settings, seed).train(examples, fallback), settings, phase);
    }

    private TrainedPolicy chooseReference(TrainedOutcomes trained, BusinessSettings settings, Stopwatch phase) {
        trained.notes().forEach(listener::note);
        listener.trained(trained, phase.seconds());
        Stopwatch choosing = new Stopwatch();
        LoggedExperiment log = LoggedExperiment.of(trained, settings);
        ReferenceChoice reference = ReferenceChoice.of(log, trained.fallback(), settings);
        listener.referenceChosen(reference, log, choosing.seconds());
        TrainedOutcomes withReference = trained.withModel(trained.model().withParameters(
                Map.of(ExpectedValuePolicy.REFERENCE_POLICY, reference.chosen().name(),
                        EngineBuild.PARAMETER, build.signature())));
        return new TrainedPolicy(withReference, log, reference);
    }

    /** Saves the model under its training key, then puts it live or keeps the live one ({@link ModelPromotion}). */
    public PromotionVerdict saveAndJudge(String key, TrainedPolicy trained, OffPolicyComparison.Report offPolicy,
                                         BusinessSettings settings, DecisionSettings deciding, boolean force) {
        save(key, trained, offPolicy);
        return promotion.judge(key, trained, settings, deciding, force);
    }

    /** The live model, read back around {@code fallback}; empty when none is live. */
    public Optional<LearnedOutcomeModel> live(HistoryRulesModel fallback, int churnWindowMonths) {
        return promotion.live(fallback, churnWindowMonths);
    }

    /** Saves the model under a training key with its metrics and the reference candidates' estimates. */
    private void save(String key, TrainedPolicy trained, OffPolicyComparison.Report offPolicy) {
        catalog.save(key, trained.outcomes(), offPolicy, trained.reference(), clock.instant());
        listener.saved(trained.outcomes().model(), key);
    }

    /**
     * The reference policy recorded with the model; unconstrained for a model that records none
     * (the history-rules baseline deciding alone).
     */
    public static ReferencePolicy reference(OutcomeModel model, BusinessSettings settings) {
        String name = model.provenance().parameters().get(ExpectedValuePolicy.REFERENCE_POLICY);
        OutcomeModel rules = model instanceof LearnedOutcomeModel learned ? learned.fallback() : model;
        return ReferencePolicy.named(name, HistoryRulesModel.NAME, rules, settings);
    }

    /**
     * What a model was trained on: the imported history, the day, the economics, the seed, the learner and the
     * engine's build (another build may learn otherwise from the same rows).
     */
    public String trainingKey(LoadedFolder folder, long seed) {
        return trainingKey(folder.receipt().fingerprint(), folder.receipt().asOf(), folder.settings(), seed);
    }

    /** The same from the folder's import fingerprint, day and settings, for a folder whose history is not loaded here. */
    public String trainingKey(String fingerprint, LocalDate asOf, BusinessSettings settings, long seed) {
        String basis = String.join("|", TrainOutcomeModels.NAME,
                ModelFormat.current(trainer).signature(), build.signature(), fingerprint,
                String.valueOf(asOf), settings.toString(), String.valueOf(seed),
                trainer.parameters().toString());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
