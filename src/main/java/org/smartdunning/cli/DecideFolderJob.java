package org.smartdunning.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.history.BatchItem;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.DunningAction;
import org.smartdunning.ingest.ImportProgress;
import org.smartdunning.models.OutcomeModel;
import org.smartdunning.policy.ColdStartExploration;
import org.smartdunning.policy.DecideBatch;
import org.smartdunning.policy.DecidingModel;
import org.smartdunning.policy.Decision;
import org.smartdunning.policy.DecisionRun;
import org.smartdunning.policy.LearningPolicy;
import org.smartdunning.policy.Exploration;
import org.smartdunning.policy.files.DecisionsFile;
import org.smartdunning.store.Database;
import org.smartdunning.store.JdbcDecisionLog;

/**
 * Wires the decide job of a data folder: settings, import when needed, history, learned models,
 * decisions into the store and the decisions file. Shared by {@code decide}, {@code demo} and
 * {@code scorecard}.
 */
final class DecideFolderJob {
    private final Database database;
    private final Clock clock;
    private final PrintWriter out;
    private final ImportProgress progress;
    private final long seed;
    private final Exploration exploration;
    private final ColdStartExploration coldStart;

    DecideFolderJob(Database database, Clock clock, PrintWriter out, ImportProgress progress, long seed,
                    Exploration exploration, ColdStartExploration coldStart) {
        this.seed = seed;
        this.exploration = exploration;
        this.coldStart = coldStart;
        this.database = database;
        this.clock = clock;
        this.out = out;
        this.progress = progress;
    }

    DecisionRun run(Path data, Path decisionsFile) {
        return decide(LoadedFolder.load(data, database, out, progress), decisionsFile);
    }

    /** Decides a folder already loaded from the store. */
    DecisionRun decide(LoadedFolder folder, Path decisionsFile) {
        OutcomeModel model = new OutcomeModels(database, clock, out).forDecisions(folder, seed);
        RunStats phase = new RunStats();
        BusinessSettings settings = folder.settings();
        LocalDate asOf = folder.receipt().asOf();
        CreditorHistory history = folder.history();
        List<BatchItem> batch = folder.batch();
        DecidingModel deciding = DecidingModel.of(model, coldStart);
        if (!deciding.thin().isEmpty()) {
            out.printf(Locale.ROOT, "the log holds too few decisions of %s to learn from (fewer than %,d with the payment"
                    + " known): the history-rules baseline decides, and up to %.0f%% of the invoices try them%n",
                    deciding.thinKeys(), coldStart.minLogged(), 100 * coldStart.share());
        }
        DecisionRun run = new DecideBatch(new LearningPolicy(deciding, settings, exploration,
                OutcomeModels.reference(model, settings), coldStart), new JdbcDecisionLog(database), clock)
                .decide(history, batch, asOf);
        DecisionsFile.write(decisionsFile, run);
        out.printf(Locale.ROOT, "decided %,d invoices with %s in %.1f s: %s%n", run.decisions().size(),
                run.policy().label(), phase.seconds(), actionCounts(run));
        out.println("decisions written to " + decisionsFile);
        return run;
    }

    private static String actionCounts(DecisionRun run) {
        Map<DunningAction, Integer> counts = new EnumMap<>(DunningAction.class);
        for (Decision d : run.decisions()) {
            counts.merge(d.action(), 1, Integer::sum);
        }
        StringBuilder line = new StringBuilder();
        counts.forEach((a, n) -> line.append(line.length() == 0 ? "" : ", ").append(a.key()).append(' ').append(n));
        return line.toString();
    }
}
