package org.smartdunning.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.smartdunning.application.DecisionSettings;
import org.smartdunning.application.summary.PlainSummary;
import org.smartdunning.bootstrap.Engine;
import org.smartdunning.bootstrap.WorkingFolder;
import org.smartdunning.economics.files.BusinessSettingsFile;
import org.smartdunning.evaluation.Evaluation;
import org.smartdunning.evaluation.TruthCase;
import org.smartdunning.evaluation.files.DecisionsFileReader;
import org.smartdunning.evaluation.ReportText;
import org.smartdunning.evaluation.files.TruthFile;
import org.smartdunning.history.CreditorId;
import org.smartdunning.ingest.ImportProgress;
import org.smartdunning.policy.ColdStartExploration;
import org.smartdunning.policy.Exploration;
import org.smartdunning.store.Database;
import org.smartdunning.world.WorldPresets;
import org.smartdunning.world.files.WorldFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dunning demo}: the whole job on a synthetic creditor — generate, import, decide, evaluate. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        header = "Runs the whole job on a synthetic creditor in a fresh embedded store.",
        description = {"Runs the whole job on a synthetic creditor with a fresh embedded store:",
            "generates a world, imports it, decides its batch and scores the decisions against the truth."})
public final class DemoCommand implements Callable<Integer> {
    /** Marks a folder the demo made, so a re-run may clear it and nothing else. */
    static final String MARKER = ".smart-dunning-demo";

    @Spec
    private CommandSpec spec;

    @Option(names = "--dir", defaultValue = "demo", paramLabel = "DIR", description = "working folder (default: ${DEFAULT-VALUE})")
    private Path dir;

    @Option(names = "--customers", defaultValue = "5000", description = "customers in the world (default: ${DEFAULT-VALUE})")
    private int customers;

    @Option(names = "--seed", defaultValue = "42", description = "random seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--world", defaultValue = WorldPresets.DEFAULT, description = "world preset (default: ${DEFAULT-VALUE})")
    private String world;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunStats stats = new RunStats();
        try {
            prepare(dir);
            Path data = dir.resolve("data");
            Path decisions = dir.resolve("decisions.csv");
            AnalystsBlock analysts = AnalystsBlock.on(out, err);
            PrintWriter held = analysts.writer();
            analysts.lead(() -> {
                held.println("1. generating a synthetic creditor (" + world + ", " + customers + " customers, seed " + seed + ")");
                try {
                    WorldFolder.generate(data, WorldPresets.named(world), LocalDate.of(2026, 6, 1), seed, customers);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                held.println("2. importing and deciding its batch into a fresh embedded store");
                try (Database database = Database.open("jdbc:duckdb:" + dir.resolve("dunning.duckdb"), CreditorId.DEFAULT)) {
                    PlainSummary summary = Engine.on(database, Clock.systemUTC()).decideFolder(new DecisionSettings(seed,
                            new Exploration(1.0, seed), new ColdStartExploration(ColdStartExploration.DEFAULT_SHARE,
                                    ColdStartExploration.DEFAULT_MIN_LOGGED, seed)), ImportProgress.NONE,
                            new PrintedProgress(held)).run(data, decisions).summary();
                    return PlainSummaryText.format(summary, String.format(Locale.ROOT, "Decided %,d overdue invoices of"
                            + " a synthetic creditor (%s, %,d customers, seed %d)", summary.decided(), world, customers,
                            seed), "these decisions");
                }
            });
            out.println("3. scoring the decisions against the world's hidden truth");
            List<TruthCase> truth = TruthFile.read(data.resolve("truth.csv"));
            out.print(ReportText.format(new Evaluation(BusinessSettingsFile.read(data.resolve("business.properties")))
                    .evaluate(truth, DecisionsFileReader.read(decisions, truth))));
            out.println("demo done in " + stats.summary() + "; files in " + dir.toAbsolutePath().normalize());
            out.flush();
            return 0;
        } catch (IOException e) {
            return CommandErrors.report(err, "demo", new UncheckedIOException(e), false);
        } catch (RuntimeException e) {
            return CommandErrors.report(err, "demo", e, false);
        }
    }

    /** Empties the working folder when an earlier demo made it; refuses to touch any other non-empty folder. */
    private static void prepare(Path dir) throws IOException {
        WorkingFolder.claim(dir, MARKER, "demo");
        WorkingFolder.emptied(dir);
        WorkingFolder.claim(dir, MARKER, "demo");
    }
}
