package org.smartdunning.bootstrap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.smartdunning.application.port.ModelCatalog;
import org.smartdunning.application.port.SavedModel;
import org.smartdunning.experiments.OffPolicyComparison;
import org.smartdunning.experiments.PairedDifference;
import org.smartdunning.experiments.PromotionVerdict;
import org.smartdunning.experiments.ReferenceChoice;
import org.smartdunning.experiments.files.ModelMetrics;
import org.smartdunning.models.EngineBuild;
import org.smartdunning.models.HistoryRulesModel;
import org.smartdunning.models.LearnedOutcomeModel;
import org.smartdunning.models.ModelFormat;
import org.smartdunning.models.TrainOutcomeModels;
import org.smartdunning.models.TrainedOutcomes;
import org.smartdunning.models.TreeTrainer;
import org.smartdunning.models.archive.ModelArchive;
import org.smartdunning.store.JdbcModelPromotions;
import org.smartdunning.store.JdbcModelStore;

/** The model catalog on the store: models kept as portable archives, their metrics as JSON. */
final class ArchivedModelCatalog implements ModelCatalog {
    private final JdbcModelStore store;
    private final JdbcModelPromotions promotions;
    private final TreeTrainer trainer;

    ArchivedModelCatalog(JdbcModelStore store, JdbcModelPromotions promotions, TreeTrainer trainer) {
        this.store = store;
        this.promotions = promotions;
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
    public Optional<HistoryRulesModel> fallback(String trainingKey, int churnWindowMonths) {
        return store.find(trainingKey).flatMap(archive -> ModelArchive.fallback(archive, churnWindowMonths));
    }

    @Override
    public Optional<SavedModel> newestTrainedBetween(long seed, LocalDate from, LocalDate to) {
        // a model of another format cannot be read; one of another build learned otherwise: neither is reused
        List<String> reusable = List.of(ModelFormat.PARAMETER + "=" + ModelFormat.current(trainer).signature(),
                EngineBuild.PARAMETER + "=" + BuildProperties.current().signature());
        return store.newestTrainedBetween(TrainOutcomeModels.NAME, reusable, seed, from, to)
                .map(ArchivedModelCatalog::saved);
    }

    @Override
    public Optional<String> liveKey() {
        return promotions.liveKey(ModelFormat.current(trainer).signature());
    }

    @Override
    public void recordVerdict(String trainingKey, Optional<String> championKey, PromotionVerdict verdict, Instant at) {
        double nan = Double.NaN;
        promotions.record(new JdbcModelPromotions.Verdict(at, trainingKey, championKey.orElse(null),
                verdict.live() ? trainingKey : championKey.orElseThrow(), verdict.outcome().word(),
                verdict.challengerValue().map(e -> e.dr().value()).orElse(nan),
                verdict.championValue().map(e -> e.dr().value()).orElse(nan),
                verdict.difference().map(d -> d.dr().value()).orElse(nan),
                verdict.difference().map(PairedDifference::lowerBound).orElse(nan), verdict.margin(),
                verdict.difference().map(PairedDifference::rows).orElse(0), verdict.reason()));
    }

    @Override
    public Map<String, Double> detectable(String trainingKey) {
        return store.metrics(trainingKey).map(ModelMetrics::detectable).orElse(Map.of());
    }

    @Override
    public List<SavedModel> saved() {
        return store.list().stream().map(ArchivedModelCatalog::saved).toList();
    }

    private static SavedModel saved(JdbcModelStore.Row r) {
        return new SavedModel(r.trainingKey(), r.name(), r.version(), r.trainedFrom(), r.trainedUntil(), r.seed(),
                r.parameters(), r.createdAt());
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
