package org.smartdunning.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.experiments.OffPolicyComparison;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.models.HistoryRulesModel;
import org.smartdunning.models.LearnedOutcomeModel;
import org.smartdunning.models.ModelFormat;
import org.smartdunning.models.OutcomeModel;
import org.smartdunning.models.TrainOutcomeModels;
import org.smartdunning.models.archive.ModelArchive;
import org.smartdunning.models.xgboost.XgboostTrainer;
import org.smartdunning.store.Database;
import org.smartdunning.store.JdbcModelStore;

/**
 * The outcome model of the daily process: the newest saved model trained as of one of the last
 * {@code retrainDays} days, else a new one trained on the history before the day and saved.
 * Either way it learned only from what was known before the day it decides.
 */
final class DayModels {
    private final JdbcModelStore store;
    private final OutcomeModels models;
    private final Clock clock;
    private final PrintWriter out;
    private final long seed;
    private final int retrainDays;
    private OutcomeModel current;
    private LocalDate currentAsOf;

    DayModels(Database database, Clock clock, PrintWriter out, long seed, int retrainDays) {
        this.store = new JdbcModelStore(database);
        this.models = new OutcomeModels(database, clock, out);
        this.clock = clock;
        this.out = out;
        this.seed = seed;
        this.retrainDays = retrainDays;
    }

    OutcomeModel forDay(CreditorHistory history, LocalDate day, BusinessSettings settings) {
        if (current != null && !currentAsOf.isAfter(day) && currentAsOf.isAfter(day.minusDays(retrainDays))) {
            return current;
        }
        HistoryRulesModel fallback = TrainOutcomeModels.fallback(history, day, settings);
        try {
            Optional<byte[]> saved = store.latestTrainedBetween(TrainOutcomeModels.NAME,
                    ModelFormat.current(new XgboostTrainer()).signature(), seed, day.minusDays(retrainDays - 1L), day);
            LearnedOutcomeModel model;
            if (saved.isPresent()) {
                model = ModelArchive.read(saved.get(), new XgboostTrainer(), fallback, settings.churnWindowMonths());
                out.println("using saved model " + model.provenance().label());
            } else {
                TrainedPolicy trained = models.train(history, day, settings, seed);
                models.save("day-" + day + "-s" + seed, trained, OffPolicyComparison.Report.NONE);
                model = trained.outcomes().model();
            }
            current = model;
        } catch (LinkageError e) {
            out.println("note: the gradient-boosting library could not load here (" + e + "); using the"
                    + " history-rules baseline. Install the OpenMP runtime (apt-get install libgomp1).");
            current = fallback;
        }
        currentAsOf = current.provenance().trainedUntil();
        return current;
    }
}
