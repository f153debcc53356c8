package org.smartdunning.application.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smartdunning.application.DecisionSettings;
import org.smartdunning.application.folder.LoadFolder;
import org.smartdunning.application.folder.LoadedFolder;
import org.smartdunning.application.port.DataFolders;
import org.smartdunning.application.summary.PlainSummary;
import org.smartdunning.economics.OutcomeProbabilities;
import org.smartdunning.evaluation.EffectCheck;
import org.smartdunning.evaluation.TruthCase;
import org.smartdunning.experiments.OffPolicyComparison;
import org.smartdunning.features.FeatureExtractor;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.BatchItem;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.models.CalibrationTable;
import org.smartdunning.models.FeatureImportance;
import org.smartdunning.models.LearnedOutcomeModel;
import org.smartdunning.models.TrainedOutcomes;
import org.smartdunning.policy.AllowedActions;
import org.smartdunning.policy.Exploration;

/**
 * Learns a folder's outcome models and assesses them before use: off-policy value against the
 * current and standard policies, calibration, feature importance and, on a synthetic world, the
 * true effects; then saves the model with its assessment, live if not worse than the live one.
 */
public final class TrainAndAssess {
    private final LoadFolder loader;
    private final TrainModels models;
    private final DataFolders folders;
    private final AssessListener listener;

    public TrainAndAssess(LoadFolder loader, TrainModels models, DataFolders folders, AssessListener listener) {
        this.loader = loader;
        this.models = models;
        this.folders = folders;
        this.listener = listener;
    }

    /** @param force put the new model live even where it is not shown non-inferior to the live one */
    public ModelAssessment run(Path data, DecisionSettings deciding, boolean force) {
        LoadedFolder folder = loader.load(data);
        TrainedPolicy trained = models.train(folder, deciding.seed());
        ModelAssessment assessment = assess(data, folder, trained, deciding.exploration());
        listener.assessed(assessment);
        models.saveAndJudge(models.trainingKey(folder, deciding.seed()), trained, assessment.comparison(),
                folder.settings(), deciding, force);
        return assessment;
    }

    private ModelAssessment assess(Path data, LoadedFolder folder, TrainedPolicy policyTrained, Exploration exploration) {
        TrainedOutcomes trained = policyTrained.outcomes();
        int logged = trained.trainingSet().completeRandomised().size();
        OffPolicyComparison.Report comparison = logged == 0 ? OffPolicyComparison.Report.NONE
                : new OffPolicyComparison(folder.settings()).compare(trained, policyTrained.log(),
                        policyTrained.reference().chosen(), trained.fallback(), trained.fallback().provenance().label(),
                        exploration);
        List<CalibrationTable.Row> calibration = new ArrayList<>(CalibrationTable.of(trained.model()));
        trained.model().arms().values().stream().filter(a -> a.churn() != null).findFirst().ifPresent(arm ->
                calibration.addAll(CalibrationTable.churn(arm.churn(), trained.trainingSet().examples(),
                        folder.settings().churnWindowMonths())));
        Optional<List<TruthCase>> truth = folders.truth(data);
        Optional<List<EffectCheck.Row>> effects = truth.map(t -> EffectCheck.compare(t,
                batchPredictions(folder, trained.model())));
        Optional<PlainSummary> onLog = logged == 0 ? Optional.empty()
                : Optional.of(LoggedOutlook.of(policyTrained, folder.history(), folder.todaysProcess(), folder.settings(),
                        exploration));
        return new ModelAssessment(policyTrained, logged, onLog, comparison, List.copyOf(calibration),
                FeatureImportance.of(trained.model(), 6), effects);
    }

    private static Map<InvoiceId, Map<DunningAction, OutcomeProbabilities>> batchPredictions(LoadedFolder folder,
                                                                                           LearnedOutcomeModel model) {
        FeatureExtractor extractor = new FeatureExtractor(folder.history());
        List<InvoiceFeatures> features = new ArrayList<>();
        for (BatchItem item : folder.batch()) {
            features.add(extractor.extract(folder.history().invoice(item.invoiceId()), item.decideOn()));
        }
        model.prepare(features);
        Map<InvoiceId, Map<DunningAction, OutcomeProbabilities>> predicted = new HashMap<>();
        for (InvoiceFeatures f : features) {
            Map<DunningAction, OutcomeProbabilities> byAction = new EnumMap<>(DunningAction.class);
            for (DunningAction a : AllowedActions.of(f)) {
                byAction.put(a, model.predict(f, a));
            }
            predicted.put(f.invoiceId(), byAction);
        }
        return predicted;
    }
}
