package org.smartdunning.bootstrap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.smartdunning.application.port.ModelCatalog;
import org.smartdunning.experiments.OffPolicyComparison;
import org.smartdunning.experiments.ReferenceChoice;
import org.smartdunning.experiments.files.ModelMetrics;
import org.smartdunning.models.HistoryRulesModel;
import org.smartdunning.models.LearnedOutcomeModel;
import org.smartdunning.models.ModelFormat;
import org.smartdunning.models.TrainOutcomeModels;
import org.smartdunning.models.TrainedOutcomes;
import org.smartdunning.models.TreeTrainer;
import org.smartdunning.models.archive.ModelArchive;
import org.smartdunning.store.JdbcModelStore;

/** The model catalog on the store: models kept as portable archives, their metrics as JSON. */
final class ArchivedModelCatalog implements ModelCatalog {
    private final JdbcModelStore store;
    private final TreeTrainer trainer;

    ArchivedModelCatalog(JdbcModelStore store, TreeTrainer trainer) {
        this.store = store;
        this.trainer = trainer;
    }

    @Override
    public void save(String trainingKey, TrainedOutcomes trained, OffPolicyComparison.Report offPolicy,
                     ReferenceChoice reference, Instant at) {
        LearnedOutcomeModel model = trained.model();
        store.save(model.provenance(), trainingKey, ModelMetrics.json(trained, offPolicy, reference),
                ModelArchive.write(model, trainer), at);
    }

    @Override
    public Optional<LearnedOutcomeModel> find(String trainingKey, Supplier<HistoryRulesModel> fallback,
                                              int churnWindowMonths) {
        return store.find(trainingKey).map(archive -> ModelArchive.read(archive, trainer, fallback.get(), churnWindowMonths));
    }

    @Override
    public Optional<LearnedOutcomeModel> latestTrainedBetween(long seed, LocalDate from, LocalDate to,
                                                              HistoryRulesModel fallback, int churnWindowMonths) {
        return store.latestTrainedBetween(TrainOutcomeModels.NAME, ModelFormat.current(trainer).signature(), seed, from, to)
                .map(archive -> ModelArchive.read(archive, trainer, fallback, churnWindowMonths));
    }

    @Override
    public Map<String, Double> detectable(String trainingKey) {
        return store.metrics(trainingKey).map(ModelMetrics::detectable).orElse(Map.of());
    }

    @Override
    public java.util.List<org.smartdunning.application.port.SavedModel> saved() {
        return store.list().stream().map(r -> new org.smartdunning.application.port.SavedModel(r.trainingKey(), r.name(),
                r.version(), r.trainedFrom(), r.trainedUntil(), r.seed(), r.parameters(), r.createdAt())).toList();
    }

    @Override
    public Optional<byte[]> archive(String trainingKey) {
        return store.find(trainingKey);
    }

    @Override
    public Optional<String> metrics(String trainingKey) {
        return store.metrics(trainingKey);
    }
}
