package org.smartdunning.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.smartdunning.evaluation.Evaluation;
import org.smartdunning.evaluation.EvaluationReport;
import org.smartdunning.evaluation.Scorecard;
import org.smartdunning.evaluation.ScorecardRow;
import org.smartdunning.evaluation.ScorecardText;
import org.smartdunning.evaluation.TruthCase;
import org.smartdunning.evaluation.files.DecisionsFileReader;
import org.smartdunning.evaluation.files.ScorecardJson;
import org.smartdunning.evaluation.files.TruthFile;
import org.smartdunning.history.CreditorId;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.ingest.ImportProgress;
import org.smartdunning.policy.Decision;
import org.smartdunning.policy.files.DecisionsFile;
import org.smartdunning.policy.DecisionRun;
import org.smartdunning.policy.ReferencePolicy;
import org.smartdunning.store.Database;
import org.smartdunning.store.JdbcModelStore;
import org.smartdunning.world.WorldParameters;
import org.smartdunning.world.WorldPresets;
import org.smartdunning.world.files.WorldFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dunning scorecard}: the engine, with the same code and defaults, measured on several
 * synthetic worlds and seeds against the truth, the standard process, every fixed action, the
 * oracle and the history-rules baseline, with the product's targets checked on every one.
 */
@Command(name = "scorecard", mixinStandardHelpOptions = true,
        header = "Scores the engine on several synthetic worlds and seeds against their truth.",
        description = {"Measures the engine on several synthetic worlds and seeds: for each, generates the world,",
            "decides its batch with a fresh embedded store exactly as 'decide' does, runs the history-rules",
            "baseline next to it (in memory) and scores both against the truth. Prints one table and a",
            "pass/fail line per product target. Every world × seed gets DIR/<world>-<seed>/ (data, store,",
            "decisions.csv, baseline-decisions.csv, decide.log)."})
public final class ScorecardCommand implements Callable<Integer> {
    /** Marks a folder the scorecard made, so a re-run may clear its world folders and nothing else. */
    static final String MARKER = ".smart-dunning-scorecard";
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    @Spec
    private CommandSpec spec;

    @Mixin
    private PolicyOptions policy;

    @Option(names = "--worlds", split = ",", paramLabel = "WORLD", defaultValue = "nordic-telecom,email-first,costly-collection,mixed-credit",
            description = "world presets, comma separated (default: ${DEFAULT-VALUE})")
    private List<String> worlds;

    @Option(names = "--seeds", split = ",", paramLabel = "SEED", defaultValue = "1,2,3",
            description = "random seeds, comma separated (default: ${DEFAULT-VALUE})")
    private List<Long> seeds;

    @Option(names = "--customers", defaultValue = "20000", description = "customers per world (default: ${DEFAULT-VALUE})")
    private int customers;

    @Option(names = "--experiment-share", paramLabel = "SHARE",
            description = "share of customers in each world's randomised experiment (default: the world's own)")
    private Double experimentShare;

    @Option(names = "--dir", defaultValue = "scorecard", paramLabel = "DIR", description = "working folder (default: ${DEFAULT-VALUE})")
    private Path dir;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the figures and target checks as JSON to this file")
    private Path json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunStats stats = new RunStats();
        try {
            List<String> worldNames = List.copyOf(new LinkedHashSet<>(worlds));
            List<Long> seedList = List.copyOf(new LinkedHashSet<>(seeds));
            worldNames.forEach(WorldPresets::named); // an unknown world fails before anything is written
            if (customers <= 0) {
                throw new IllegalArgumentException("--customers must be positive, was " + customers);
            }
            if (experimentShare != null && !(experimentShare >= 0 && experimentShare <= 1)) {
                throw new IllegalArgumentException("--experiment-share must be within [0, 1], was " + experimentShare);
            }
            WorkingFolder.claim(dir, MARKER, "scorecard");
            int total = worldNames.size() * seedList.size();
            out.printf(Locale.ROOT, "scorecard: %d world(s) x %d seed(s), %,d customers each%s, as of %s, in %s%n",
                    worldNames.size(), seedList.size(), customers, experimentShare == null ? ""
                            : String.format(Locale.ROOT, ", %.0f%% of them in the experiment", 100 * experimentShare),
                    AS_OF, dir.toAbsolutePath().normalize());
            out.flush();
            List<ScorecardRow> rows = new ArrayList<>();
            for (String world : worldNames) {
                for (long seed : seedList) {
                    RunStats cell = new RunStats();
                    ScorecardRow row = measure(world, seed);
                    rows.add(row);
                    out.println(progress(rows.size(), total, row, cell.seconds()));
                    out.flush();
                }
            }
            Scorecard card = Scorecard.of(rows);
            out.println();
            out.print(ScorecardText.format(card));
            if (json != null) {
                ScorecardJson.write(json, new ScorecardJson.Settings(worldNames, seedList, customers, AS_OF.toString(),
                        experimentShare), card);
                out.println("figures written to " + json);
            }
            out.println("scorecard done in " + stats.summary() + "; files in " + dir.toAbsolutePath().normalize());
            out.flush();
            return 0;
        } catch (IOException e) {
            return CommandErrors.report(err, "scorecard", new UncheckedIOException(e), false);
        } catch (RuntimeException e) {
            return CommandErrors.report(err, "scorecard", e, false);
        }
    }

    /** One world × seed: generate, decide as {@code decide} does, run the baseline, score both. */
    private ScorecardRow measure(String world, long seed) throws IOException {
        Path cell = WorkingFolder.emptied(dir.resolve(world + "-" + seed));
        Path data = cell.resolve("data");
        Path decisionsFile = cell.resolve("decisions.csv");
        WorldParameters parameters = WorldPresets.named(world);
        WorldFolder.generate(data, experimentShare == null ? parameters : parameters.withExperimentShare(experimentShare),
                AS_OF, seed, customers);
        LoadedFolder folder;
        DecisionRun decided;
        DecisionRun baseline;
        double decideSeconds;
        Map<String, Double> detectable;
        try (Database database = Database.open("jdbc:duckdb:" + cell.resolve("dunning.duckdb"), CreditorId.DEFAULT);
             PrintWriter log = new PrintWriter(Files.newBufferedWriter(cell.resolve("decide.log"), StandardCharsets.UTF_8))) {
            RunStats decide = new RunStats();
            folder = LoadedFolder.load(data, database, log, ImportProgress.NONE);
            decided = job(database, log).decide(folder, decisionsFile);
            decideSeconds = decide.seconds();
            baseline = BaselineDecisions.decide(folder, Clock.systemUTC()); // same history, loaded once
            detectable = detectable(new JdbcModelStore(database).metrics(OutcomeModels.trainingKey(folder, policy.seed)));
        }
        DecisionsFile.write(cell.resolve("baseline-decisions.csv"), baseline);
        List<TruthCase> truth = TruthFile.read(data.resolve("truth.csv"));
        Evaluation evaluation = new Evaluation(folder.settings());
        EvaluationReport report = evaluation.evaluate(truth, DecisionsFileReader.read(decisionsFile, truth));
        EvaluationReport baselineReport = evaluation.evaluate(truth, actions(baseline));
        return Scorecard.row(world, seed, report, decided.policy().label(), baselineReport,
                baseline.policy().label(), decideSeconds, detectable);
    }

    /** Per fixed action key, the smallest difference over the baseline its experiment tells apart, from the saved model's metrics. */
    private static Map<String, Double> detectable(Optional<String> metrics) throws IOException {
        Map<String, Double> byAction = new HashMap<>();
        if (metrics.isPresent()) {
            for (JsonNode d : new ObjectMapper().readTree(metrics.get()).path("reference_differences")) {
                String policy = d.path("policy").asText();
                if (policy.startsWith(ReferencePolicy.ALWAYS) && d.path("detectable").isNumber()) {
                    byAction.put(policy.substring(ReferencePolicy.ALWAYS.length()), d.path("detectable").asDouble());
                }
            }
        }
        return byAction;
    }

    /** The decide job exactly as {@code decide} runs it; its own output goes to the world's decide.log. */
    private DecideFolderJob job(Database database, PrintWriter log) {
        return new DecideFolderJob(database, Clock.systemUTC(), log, ImportProgress.NONE, policy.seed, policy.exploration(),
                policy.coldStart());
    }

    private static Map<InvoiceId, DunningAction> actions(DecisionRun run) {
        Map<InvoiceId, DunningAction> actions = new HashMap<>();
        for (Decision d : run.decisions()) {
            actions.put(d.invoiceId(), d.action());
        }
        return actions;
    }

    private static String progress(int done, int total, ScorecardRow r, double seconds) {
        return String.format(Locale.ROOT, "[%d/%d] %s seed %d: %,d invoices decided by %s in %.1f s; value/invoice %.2f"
                        + " (baseline %.2f, standard %.2f, oracle %.2f), gap closed %.1f %% [%.1f s]",
                done, total, r.world(), r.seed(), r.invoices(), r.decisionsPolicy(), r.decideSeconds(), r.decisions(),
                r.baseline(), r.standard(), r.oracle(), r.gapClosedPct(), seconds);
    }

}
