package org.smartdunning.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.smartdunning.application.scorecard.MeasureScorecard;
import org.smartdunning.bootstrap.Engine;
import org.smartdunning.bootstrap.WorkingFolder;
import org.smartdunning.evaluation.Scorecard;
import org.smartdunning.evaluation.ScorecardRow;
import org.smartdunning.evaluation.ScorecardText;
import org.smartdunning.evaluation.files.ScorecardJson;
import org.smartdunning.world.WorldPresets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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
            out.printf(Locale.ROOT, "scorecard: %d world(s) x %d seed(s), %,d customers each%s, as of %s, in %s%n",
                    worldNames.size(), seedList.size(), customers, experimentShare == null ? ""
                            : String.format(Locale.ROOT, ", %.0f%% of them in the experiment", 100 * experimentShare),
                    MeasureScorecard.AS_OF, dir.toAbsolutePath().normalize());
            out.flush();
            Scorecard card = Engine.scorecard(dir, Clock.systemUTC(), policy.decisions(), PrintedProgress::new)
                    .measure(worldNames, seedList, customers, experimentShare, (done, total, row, seconds) -> {
                        out.println(progress(done, total, row, seconds));
                        out.flush();
                    });
            out.println();
            out.print(ScorecardText.format(card));
            if (json != null) {
                ScorecardJson.write(json, new ScorecardJson.Settings(worldNames, seedList, customers,
                        MeasureScorecard.AS_OF.toString(), experimentShare), card);
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

    private static String progress(int done, int total, ScorecardRow r, double seconds) {
        return String.format(Locale.ROOT, "[%d/%d] %s seed %d: %,d invoices decided by %s in %.1f s; value/invoice %.2f"
                        + " (baseline %.2f, standard %.2f, oracle %.2f), gap closed %.1f %% [%.1f s]",
                done, total, r.world(), r.seed(), r.invoices(), r.decisionsPolicy(), r.decideSeconds(), r.decisions(),
                r.baseline(), r.standard(), r.oracle(), r.gapClosedPct(), seconds);
    }

}
