package org.smartdunning.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.time.LocalDate;
import org.smartdunning.history.CreditorHistory;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.experiments.LoggedExperiment;
import org.smartdunning.experiments.OffPolicyComparison;
import org.smartdunning.experiments.PairedDifference;
import org.smartdunning.experiments.PolicyEstimate;
import org.smartdunning.experiments.ReferenceChoice;
import org.smartdunning.models.HistoryRulesModel;
import org.smartdunning.models.LearnedOutcomeModel;
import org.smartdunning.models.OutcomeModel;
import org.smartdunning.models.TrainOutcomeModels;
import org.smartdunning.models.TrainedOutcomes;
import org.smartdunning.models.ModelFormat;
import org.smartdunning.models.archive.ModelArchive;
import org.smartdunning.models.archive.ModelMetrics;
import org.smartdunning.models.xgboost.XgboostTrainer;
import org.smartdunning.policy.ExpectedValuePolicy;
import org.smartdunning.policy.ReferencePolicy;
import org.smartdunning.store.Database;
import org.smartdunning.store.JdbcModelStore;

/**
 * Trains the outcome models of a folder and keeps them in the store, or reuses the model already
 * trained on the same history, day, settings and seed: deciding again does not retrain.
 */
final class OutcomeModels {
    private final JdbcModelStore store;
    private final Clock clock;
    private final PrintWriter out;

    OutcomeModels(Database database, Clock clock, PrintWriter out) {
        this.store = new JdbcModelStore(database);
        this.clock = clock;
        this.out = out;
    }

    /**
     * The saved or newly trained model; the history-rules baseline, said plainly, when the
     * boosting library cannot load on this machine (its native code needs the OpenMP runtime).
     */
    OutcomeModel forDecisions(LoadedFolder folder, long seed) {
        try {
            return learned(folder, seed);
        } catch (LinkageError e) {
            out.println("note: the gradient-boosting library could not load here (" + e + "); deciding with the"
                    + " history-rules baseline instead. Install the OpenMP runtime (Debian/Ubuntu: apt-get install libgomp1)"
                    + " to learn from the history.");
            return TrainOutcomeModels.fallback(folder.history(), folder.receipt().asOf(), folder.settings());
        }
    }

    private LearnedOutcomeModel learned(LoadedFolder folder, long seed) {
        String key = trainingKey(folder, seed);
        Optional<byte[]> saved = store.find(key);
        if (saved.isPresent()) {
            RunStats phase = new RunStats();
            LearnedOutcomeModel model = ModelArchive.read(saved.get(), new XgboostTrainer(),
                    TrainOutcomeModels.fallback(folder.history(), folder.receipt().asOf(), folder.settings()),
                    folder.settings().churnWindowMonths());
            out.printf(Locale.ROOT, "using saved model %s (training key %s) in %.1f s%n", model.provenance().label(), key,
                    phase.seconds());
            return model;
        }
        TrainedPolicy trained = train(folder, seed);
        save(folder, seed, trained, OffPolicyComparison.Report.NONE);
        return trained.outcomes().model();
    }

    /**
     * Learns the outcome models, then picks the reference policy the learned one improves on
     * (recorded in the model's parameters, so a reused model decides the same).
     */
    TrainedPolicy train(LoadedFolder folder, long seed) {
        return train(folder.history(), folder.receipt().asOf(), folder.settings(), seed);
    }

    /** The same on a history as of a day, for the daily process. */
    TrainedPolicy train(CreditorHistory history, LocalDate asOf, BusinessSettings settings, long seed) {
        RunStats phase = new RunStats();
        TrainedOutcomes trained = new TrainOutcomeModels(new XgboostTrainer(), settings, seed).train(history, asOf);
        trained.notes().forEach(note -> out.println("note: " + note));
        out.printf(Locale.ROOT, "trained %s on %,d logged actions in %.1f s%n", trained.model().provenance().label(),
                trained.trainingSet().examples().size(), phase.seconds());
        RunStats choosing = new RunStats();
        LoggedExperiment log = LoggedExperiment.of(trained, settings);
        ReferenceChoice reference = ReferenceChoice.of(log, trained.fallback(), settings);
        out.printf(Locale.ROOT, "reference policy: %s (the baseline unless a fixed action is better with 95%% confidence);"
                        + " doubly robust value per invoice on %,d logged experiment decisions: %s (%.1f s)%n",
                reference.chosen().name(), log.size(), estimates(reference), choosing.seconds());
        TrainedOutcomes withReference = trained.withModel(trained.model().withParameters(
                Map.of(ExpectedValuePolicy.REFERENCE_POLICY, reference.chosen().name())));
        return new TrainedPolicy(withReference, log, reference);
    }

    void save(LoadedFolder folder, long seed, TrainedPolicy trained, OffPolicyComparison.Report offPolicy) {
        save(trainingKey(folder, seed), trained, offPolicy);
    }

    /** Saves the model under a training key with its metrics and the reference candidates' estimates. */
    void save(String key, TrainedPolicy trained, OffPolicyComparison.Report offPolicy) {
        LearnedOutcomeModel model = trained.outcomes().model();
        store.save(model.provenance(), key, ModelMetrics.json(trained.outcomes(), offPolicy, trained.reference()),
                ModelArchive.write(model, new XgboostTrainer()), clock.instant());
        out.println("saved model " + model.provenance().label() + " (training key " + key + ")");
    }

    /**
     * The reference policy recorded with the model; unconstrained for a model that records none
     * (the history-rules baseline deciding alone).
     */
    static ReferencePolicy reference(OutcomeModel model, BusinessSettings settings) {
        String name = model.provenance().parameters().get(ExpectedValuePolicy.REFERENCE_POLICY);
        OutcomeModel rules = model instanceof LearnedOutcomeModel learned ? learned.fallback() : model;
        return ReferencePolicy.named(name, HistoryRulesModel.NAME, rules, settings);
    }

    private static String estimates(ReferenceChoice choice) {
        StringBuilder line = new StringBuilder();
        for (PolicyEstimate e : choice.estimates()) {
            line.append(line.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %.2f", e.policy(),
                    e.dr().value()));
        }
        if (line.length() == 0) {
            return "no candidates";
        }
        line.append("; smallest difference over the baseline it can tell apart:");
        String separator = " ";
        for (PairedDifference d : choice.differences()) {
            line.append(separator).append(String.format(Locale.ROOT, "%s %.2f", d.policy(), d.detectable()));
            separator = ", ";
        }
        return line.toString();
    }

    /** What a model was trained on: the imported history, the day, the economics, the seed and the learner. */
    static String trainingKey(LoadedFolder folder, long seed) {
        String basis = String.join("|", TrainOutcomeModels.NAME,
                ModelFormat.current(new XgboostTrainer()).signature(), folder.receipt().fingerprint(),
                String.valueOf(folder.receipt().asOf()), folder.settings().toString(), String.valueOf(seed),
                new XgboostTrainer().parameters().toString());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
