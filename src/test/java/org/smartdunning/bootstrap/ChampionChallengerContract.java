package org.smartdunning.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartdunning.application.DecisionSettings;
import org.smartdunning.application.daily.DayListener;
import org.smartdunning.application.daily.DayModels;
import org.smartdunning.application.decide.DecideListener;
import org.smartdunning.application.folder.LoadedFolder;
import org.smartdunning.application.port.ModelCatalog;
import org.smartdunning.application.train.AssessListener;
import org.smartdunning.application.train.TrainModels;
import org.smartdunning.application.train.TrainedPolicy;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.experiments.LoggedExperiment;
import org.smartdunning.experiments.OffPolicyComparison;
import org.smartdunning.experiments.PromotionVerdict;
import org.smartdunning.experiments.ReferenceChoice;
import org.smartdunning.history.CreditorId;
import org.smartdunning.ingest.ImportProgress;
import org.smartdunning.models.EngineBuild;
import org.smartdunning.models.LearnedOutcomeModel;
import org.smartdunning.models.StandardRowSample;
import org.smartdunning.models.TrainOutcomeModels;
import org.smartdunning.models.TrainedOutcomes;
import org.smartdunning.models.TrainingSet;
import org.smartdunning.policy.ColdStartExploration;
import org.smartdunning.policy.Exploration;
import org.smartdunning.store.Database;
import org.smartdunning.world.WorldPresets;
import org.smartdunning.world.files.WorldFolder;

/**
 * Champion and challenger on a real store: a creditor's first model goes live; a retrain with a worse challenger
 * (a model learned on another world, email-first, judged on this creditor's logged experiment) keeps the champion
 * live, and decide and the daily process decide with the champion although the challenger is the newest model;
 * forced, the challenger goes live and both follow it; once no model in the window was trained by this build of the
 * engine (after an upgrade), the day trains its own.
 */
abstract class ChampionChallengerContract {
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    /** The challenger learned as of a later day, so it is the newest model the daily process finds. */
    private static final LocalDate LATER = LocalDate.of(2026, 6, 15);

    @TempDir
    Path temp;

    abstract String url();

    /** Keeps the verdicts and the models used. */
    static final class Recorded implements AssessListener, DecideListener, DayListener {
        final List<PromotionVerdict> verdicts = new ArrayList<>();
        final List<String> used = new ArrayList<>();
        LearnedOutcomeModel dayModel;

        @Override
        public void promotion(PromotionVerdict verdict) {
            verdicts.add(verdict);
        }

        @Override
        public void savedModelUsed(LearnedOutcomeModel model, String trainingKey, double seconds) {
            used.add("saved " + trainingKey);
        }

        @Override
        public void liveModelUsed(LearnedOutcomeModel model, String trainingKey) {
            used.add("live " + trainingKey);
        }

        @Override
        public void dayModelUsed(LearnedOutcomeModel model) {
            dayModel = model;
        }
    }

    @Test
    void aWorseChallengerKeepsTheChampionLiveAndDecideAndTheDayUseTheChampion() throws Exception {
        Path nordic = temp.resolve("nordic");
        Path emailFirst = temp.resolve("email-first");
        WorldFolder.generate(nordic, WorldPresets.named("nordic-telecom"), AS_OF, 3, 3000);
        WorldFolder.generate(emailFirst, WorldPresets.named("email-first"), LATER, 3, 3000);
        // the learned models decide at once (no cold start), so the model in use shows in every decision
        DecisionSettings deciding = new DecisionSettings(1, new Exploration(1, 1),
                new ColdStartExploration(ColdStartExploration.DEFAULT_SHARE, 0, 1));
        BusinessSettings settings = BusinessSettings.DEFAULTS;
        TrainedOutcomes wrongWorld;
        try (Database other = Database.open("jdbc:duckdb:" + temp.resolve("other.duckdb"), CreditorId.DEFAULT)) {
            LoadedFolder folder = Engine.on(other, Clock.systemUTC()).loadFolder(ImportProgress.NONE, new Recorded())
                    .load(emailFirst);
            TrainedOutcomes trained = new TrainOutcomeModels(Engine.learner(), settings, 1).train(folder.history(), LATER);
            // trained by this build, as TrainModels records it: the daily process may reuse it
            wrongWorld = trained.withModel(trained.model().withParameters(
                    Map.of(EngineBuild.PARAMETER, BuildProperties.current().signature())));
        }
        try (Database database = Database.open(url(), CreditorId.DEFAULT)) {
            Engine engine = Engine.on(database, Clock.systemUTC());
            Recorded champion = new Recorded();
            engine.trainAndAssess(ImportProgress.NONE, champion).run(nordic, deciding, false);
            assertThat(champion.verdicts).hasSize(1);
            assertThat(champion.verdicts.get(0).outcome()).isEqualTo(PromotionVerdict.Outcome.FIRST);
            ModelCatalog catalog = new JdbcCreditorStore(database, Engine.learner()).models();
            String championKey = catalog.liveKey().orElseThrow();

            // the challenger: email-first's models, judged on this creditor's logged experiment
            Recorded retrain = new Recorded();
            TrainModels models = engine.trainModels(retrain);
            LoadedFolder folder = engine.loadFolder(ImportProgress.NONE, retrain).load(nordic);
            TrainedOutcomes onThisLog = new TrainedOutcomes(wrongWorld.model(),
                    TrainingSet.of(folder.history(), AS_OF, settings, StandardRowSample.ALL), wrongWorld.fallback(), List.of(), 1);
            LoggedExperiment log = LoggedExperiment.of(onThisLog, settings);
            TrainedPolicy worse = new TrainedPolicy(onThisLog, log, ReferenceChoice.of(log, wrongWorld.fallback(), settings));
            PromotionVerdict kept = models.saveAndJudge("wrong-world", worse, OffPolicyComparison.Report.NONE, settings,
                    deciding, false);

            assertThat(kept.outcome()).as(kept.reason()).isEqualTo(PromotionVerdict.Outcome.KEPT);
            assertThat(kept.difference().orElseThrow().lowerBound()).isLessThan(-kept.margin());
            assertThat(kept.difference().orElseThrow().rows()).isEqualTo(log.size()).isGreaterThan(100);
            assertThat(kept.reason()).contains("stays live", championKey, "wrong-world");
            assertThat(retrain.verdicts).containsExactly(kept);
            assertThat(catalog.liveKey()).hasValue(championKey);
            assertThat(promotions(database)).containsExactly("first " + championKey + " " + championKey,
                    "kept wrong-world " + championKey);

            // decide: the folder's own model is the champion, found under its key and live
            Recorded decide = new Recorded();
            engine.decideFolder(deciding, ImportProgress.NONE, decide).run(nordic, temp.resolve("decisions.csv"));
            assertThat(decide.used).containsExactly("saved " + championKey);
            // the day: the challenger is the newest model trained within the window, yet the champion decides
            Recorded day = new Recorded();
            new DayModels(catalog, engine.trainModels(day), day, deciding, 30).forDay(folder.history(), LATER, settings);
            assertThat(day.verdicts).as("a model trained within the window: no retraining").isEmpty();
            assertThat(day.dayModel.provenance().trainedUntil()).isEqualTo(AS_OF);

            // forced, the worse challenger goes live, and both follow it
            PromotionVerdict forced = models.saveAndJudge("wrong-world", worse, OffPolicyComparison.Report.NONE,
                    settings, deciding, true);
            assertThat(forced.outcome()).isEqualTo(PromotionVerdict.Outcome.FORCED);
            assertThat(catalog.liveKey()).hasValue("wrong-world");
            Recorded decideForced = new Recorded();
            engine.decideFolder(deciding, ImportProgress.NONE, decideForced).run(nordic, temp.resolve("forced.csv"));
            assertThat(decideForced.used).containsExactly("saved " + championKey, "live wrong-world");
            Recorded dayForced = new Recorded();
            new DayModels(catalog, engine.trainModels(dayForced), dayForced, deciding, 30)
                    .forDay(folder.history(), LATER, settings);
            assertThat(dayForced.dayModel.provenance().trainedUntil()).isEqualTo(LATER);

            // after an upgrade, no model in the window was trained by this build: the day trains one and judges it
            try (Statement statement = database.connection().createStatement()) {
                statement.executeUpdate("update models set parameters = replace(parameters, '" + EngineBuild.PARAMETER
                        + "=" + BuildProperties.current().signature() + "', '" + EngineBuild.PARAMETER + "=0.0.1@000000000000')");
            }
            Recorded upgraded = new Recorded();
            new DayModels(catalog, engine.trainModels(upgraded), upgraded, deciding, 30).forDay(folder.history(), LATER,
                    settings);
            assertThat(upgraded.verdicts).as("a model of another build is not reused").hasSize(1);
            assertThat(upgraded.verdicts.get(0).reason()).contains("wrong-world");
        }
    }

    /** The recorded verdicts in order: outcome, challenger, live model after. */
    private static List<String> promotions(Database database) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement statement = database.connection().createStatement();
             ResultSet rs = statement.executeQuery("select outcome, training_key, live_key from model_promotions"
                     + " order by promotion_id")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return rows;
    }
}
