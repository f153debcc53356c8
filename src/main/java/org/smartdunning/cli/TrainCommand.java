package org.smartdunning.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.smartdunning.economics.OutcomeProbabilities;
import org.smartdunning.evaluation.EffectCheck;
import org.smartdunning.evaluation.files.TruthFile;
import org.smartdunning.experiments.EstimateTable;
import org.smartdunning.experiments.OffPolicyComparison;
import org.smartdunning.experiments.PairedDifference;
import org.smartdunning.features.FeatureExtractor;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.BatchItem;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.models.CalibrationTable;
import org.smartdunning.models.FeatureImportance;
import org.smartdunning.models.LearnedOutcomeModel;
import org.smartdunning.models.ModelProvenance;
import org.smartdunning.models.TrainedOutcomes;
import org.smartdunning.policy.AllowedActions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dunning train --data DIR}: learns the outcome models and reports how good they are before use. */
@Command(name = "train", mixinStandardHelpOptions = true,
        header = "Learns the outcome models from the folder's history and prints their off-policy value.",
        description = {"Learns, from the folder's history and experiments, what each action does to payment, churn",
            "and inquiries; then prints the off-policy value of the new policy, the current one and the standard",
            "process on the logged experiment (IPS, self-normalised IPS, doubly robust, 95%% CI), their paired",
            "differences with the smallest difference the experiment can tell apart, the calibration, the feature",
            "importances and, on a synthetic world, the estimated against the true effects."})
public final class TrainCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "the data folder")
    private Path data;

    @Mixin
    private StoreOptions store;

    @Mixin
    private PolicyOptions policy;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunStats stats = new RunStats();
        return store.run("train", err, data, StoreOptions.Access.EXCLUSIVE, database -> {
            LoadedFolder folder = LoadedFolder.load(data, database, out, ImportCommand.progressFor(err));
            OutcomeModels models = new OutcomeModels(database, Clock.systemUTC(), out);
            TrainedPolicy trained = models.train(folder, policy.seed);
            models.save(folder, policy.seed, trained, report(out, folder, trained));
            out.println("train done in " + stats.summary());
            out.flush();
            return 0;
        });
    }

    /** Prints the report; returns the off-policy comparison, saved with the model as its metrics. */
    private OffPolicyComparison.Report report(PrintWriter out, LoadedFolder folder, TrainedPolicy policyTrained) {
        TrainedOutcomes trained = policyTrained.outcomes();
        ModelProvenance p = trained.model().provenance();
        out.printf("%nmodel %s, trained on %s .. %s (before the as-of day), seed %d%n  %s%n", p.label(),
                p.trainedFrom(), p.trainedUntil(), p.seed(), p.parametersLine());
        int logged = trained.trainingSet().completeRandomised().size();
        out.printf("%nOff-policy value per invoice on %,d logged experiment decisions with closed outcome windows:%n", logged);
        OffPolicyComparison.Report comparison = OffPolicyComparison.Report.NONE;
        if (logged == 0) {
            out.println("  no randomised actions with closed outcome windows yet: nothing to evaluate policies on."
                    + " Run decide with exploration on (the default) and train again once the outcome windows close.");
        } else {
            comparison = new OffPolicyComparison(folder.settings()).compare(trained,
                    policyTrained.log(), policyTrained.reference().chosen(), trained.fallback(),
                    trained.fallback().provenance().label(), policy.exploration());
            out.print(EstimateTable.format(comparison.estimates()));
            out.printf("%nPaired on the same decisions, row by row (detectable: the smallest true difference this"
                    + " experiment shows with 95%% confidence 4 times in 5; 4 times the decisions halve it):%n");
            out.print(PairedDifference.format(comparison.differences()));
            comparison.differences().get(0).unresolved().ifPresent(line -> out.println("  " + line));
            out.printf("%nCandidates for the reference policy the new one improves on (chosen: %s):%n",
                    policyTrained.reference().chosen().name());
            out.print(EstimateTable.format(policyTrained.reference().estimates()));
            out.print(PairedDifference.format(policyTrained.reference().differences()));
        }
        List<CalibrationTable.Row> calibration = new ArrayList<>(CalibrationTable.of(trained.model()));
        trained.model().arms().values().stream().filter(a -> a.churn() != null).findFirst().ifPresent(arm ->
                calibration.addAll(CalibrationTable.churn(arm.churn(), trained.trainingSet().examples(),
                        folder.settings().churnWindowMonths())));
        out.printf("%nCalibration on out-of-fold predictions, quartiles of the prediction per outcome and action:%n");
        out.print(CalibrationTable.format(calibration));
        out.printf("%nFeature importance (share of split gain):%n");
        out.print(FeatureImportance.format(FeatureImportance.of(trained.model(), 6)));
        Path truth = data.resolve("truth.csv");
        if (Files.isRegularFile(truth)) {
            out.printf("%nEstimated against true effects on this synthetic world's batch:%n");
            out.print(EffectCheck.format(EffectCheck.compare(TruthFile.read(truth), batchPredictions(folder, trained.model()))));
        }
        return comparison;
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
