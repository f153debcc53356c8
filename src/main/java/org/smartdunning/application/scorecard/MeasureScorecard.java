package org.smartdunning.application.scorecard;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smartdunning.application.DecisionSettings;
import org.smartdunning.application.Stopwatch;
import org.smartdunning.application.decide.BaselineDecisions;
import org.smartdunning.application.decide.DecideFolder;
import org.smartdunning.application.decide.FolderDecisions;
import org.smartdunning.application.folder.LoadFolder;
import org.smartdunning.application.folder.LoadedFolder;
import org.smartdunning.application.port.CreditorStore;
import org.smartdunning.application.port.DataFolders;
import org.smartdunning.application.train.TrainModels;
import org.smartdunning.evaluation.Evaluation;
import org.smartdunning.evaluation.EvaluationReport;
import org.smartdunning.evaluation.Scorecard;
import org.smartdunning.evaluation.ScorecardRow;
import org.smartdunning.evaluation.TruthCase;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.ingest.ImportProgress;
import org.smartdunning.models.EngineBuild;
import org.smartdunning.models.TreeTrainer;
import org.smartdunning.policy.Decision;
import org.smartdunning.policy.DecisionRun;
import org.smartdunning.world.WorldParameters;
import org.smartdunning.world.WorldPresets;

/**
 * The engine, with the same code and defaults, measured on several synthetic worlds and seeds
 * against the truth, the standard process, every fixed action, the oracle and the history-rules
 * baseline. Each world × seed is generated, decided with a fresh store exactly as {@code decide}
 * does, decided by the baseline in memory beside it, and both are scored against the truth.
 */
public final class MeasureScorecard {
    public static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    private final ScorecardCells cells;
    private final DataFolders folders;
    private final TreeTrainer trainer;
    private final EngineBuild build;
    private final Clock clock;
    private final DecisionSettings deciding;

    public MeasureScorecard(ScorecardCells cells, DataFolders folders, TreeTrainer trainer, EngineBuild build,
                            Clock clock, DecisionSettings deciding) {
        this.cells = cells;
        this.folders = folders;
        this.trainer = trainer;
        this.build = build;
        this.clock = clock;
        this.deciding = deciding;
    }

    /** @param experimentShare share of customers in each world's experiment, or null for the world's own */
    public Scorecard measure(List<String> worlds, List<Long> seeds, int customers, Double experimentShare,
                             ScorecardListener listener) {
        int total = worlds.size() * seeds.size();
        List<ScorecardRow> rows = new ArrayList<>();
        for (String world : worlds) {
            for (long seed : seeds) {
                Stopwatch cell = new Stopwatch();
                WorldParameters parameters = WorldPresets.named(world);
                ScorecardRow row = measure(world, seed, experimentShare == null ? parameters
                        : parameters.withExperimentShare(experimentShare), customers);
                rows.add(row);
                listener.measured(rows.size(), total, row, cell.seconds());
            }
        }
        return Scorecard.of(rows);
    }

    /** One world × seed: generate, decide as {@code decide} does, run the baseline, score both. */
    ScorecardRow measure(String world, long seed, WorldParameters parameters, int customers) {
        Path cell = cells.emptied(world, seed);
        Path data = cell.resolve("data");
        Path decisionsFile = cell.resolve("decisions.csv");
        cells.generate(data, parameters, AS_OF, seed, customers);
        LoadedFolder folder;
        FolderDecisions decided;
        DecisionRun baseline;
        Map<String, Double> detectable;
        double decideSeconds;
        try (ScorecardCells.Store opened = cells.open(cell)) {
            CreditorStore store = opened.store();
            TrainModels models = new TrainModels(store.models(), trainer, build, clock, opened.log());
            Stopwatch decide = new Stopwatch();
            decided = new DecideFolder(new LoadFolder(folders, store.history(), ImportProgress.NONE, opened.log()), models,
                    store.decisions(), folders, clock, deciding, opened.log()).run(data, decisionsFile);
            decideSeconds = decide.seconds();
            folder = decided.folder();
            baseline = BaselineDecisions.decide(folder, clock); // same history, loaded once
            detectable = store.models().detectable(models.trainingKey(folder, deciding.seed()));
        }
        folders.writeDecisions(cell.resolve("baseline-decisions.csv"), baseline);
        List<TruthCase> truth = folders.truth(data).orElseThrow(() ->
                new IllegalStateException("the generated world " + data + " has no truth.csv"));
        Evaluation evaluation = new Evaluation(folder.settings());
        EvaluationReport report = evaluation.evaluate(truth, cells.decisions(decisionsFile, truth));
        EvaluationReport baselineReport = evaluation.evaluate(truth, actions(baseline));
        return Scorecard.row(world, seed, report, decided.run().policy().label(), baselineReport,
                baseline.policy().label(), decideSeconds, detectable);
    }

    private static Map<InvoiceId, DunningAction> actions(DecisionRun run) {
        Map<InvoiceId, DunningAction> actions = new HashMap<>();
        for (Decision d : run.decisions()) {
            actions.put(d.invoiceId(), d.action());
        }
        return actions;
    }
}
