package org.smartdunning.application.decide;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.smartdunning.application.DecisionSettings;
import org.smartdunning.application.Stopwatch;
import org.smartdunning.application.folder.ImportedFolder;
import org.smartdunning.application.folder.LoadFolder;
import org.smartdunning.application.folder.LoadedFolder;
import org.smartdunning.application.port.DataFolders;
import org.smartdunning.application.summary.PlainSummary;
import org.smartdunning.application.train.TrainModels;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.models.LearnedOutcomeModel;
import org.smartdunning.models.OutcomeModel;
import org.smartdunning.policy.DecideBatch;
import org.smartdunning.policy.DecidingModel;
import org.smartdunning.policy.DecisionLog;
import org.smartdunning.policy.DecisionRun;
import org.smartdunning.policy.LearningPolicy;

/**
 * Decides a data folder's batch: settings, import when needed, history, learned models, decisions
 * into the decision log and the decisions file. Used by {@code decide}, {@code demo} and the scorecard.
 */
public final class DecideFolder {
    private final LoadFolder loader;
    private final TrainModels models;
    private final DecisionLog log;
    private final DataFolders folders;
    private final Clock clock;
    private final DecisionSettings deciding;
    private final DecideListener listener;

    public DecideFolder(LoadFolder loader, TrainModels models, DecisionLog log, DataFolders folders, Clock clock,
                        DecisionSettings deciding, DecideListener listener) {
        this.loader = loader;
        this.models = models;
        this.log = log;
        this.folders = folders;
        this.clock = clock;
        this.deciding = deciding;
        this.listener = listener;
    }

    /**
     * The policy a folder's batch is decided with, given the model trained for it: the learned model once no
     * action is thin, else the baseline with the thin actions tried (see {@link DecidingModel}).
     */
    public static LearningPolicy policy(OutcomeModel model, BusinessSettings settings, DecisionSettings deciding) {
        return new LearningPolicy(DecidingModel.of(model, deciding.coldStart()), settings, deciding.exploration(),
                TrainModels.reference(model, settings), deciding.coldStart());
    }

    /**
     * Imports the folder when new and decides its batch. With a model already saved for it (deciding again, or
     * after {@code train}) only the batch's customers' history is read; otherwise the whole, to train on.
     */
    public FolderDecisions run(Path data, Path decisionsFile) {
        ImportedFolder imported = loader.open(data);
        Optional<LearnedOutcomeModel> saved = imported.kept().isPresent() ? Optional.empty()
                : models.saved(imported.receipt(), imported.settings(), deciding);
        if (saved.isPresent()) {
            return decide(loader.batchCustomers(imported), saved.get(), decisionsFile);
        }
        return decide(loader.whole(imported), decisionsFile);
    }

    /** Decides a folder already loaded from the store. */
    public FolderDecisions decide(LoadedFolder folder, Path decisionsFile) {
        return decide(folder, models.forDecisions(folder, deciding), decisionsFile);
    }

    private FolderDecisions decide(LoadedFolder folder, OutcomeModel model, Path decisionsFile) {
        Stopwatch phase = new Stopwatch();
        BusinessSettings settings = folder.settings();
        LearningPolicy policy = policy(model, settings, deciding);
        if (!policy.deciding().thin().isEmpty()) {
            listener.thinActions(policy.deciding(), deciding.coldStart());
        }
        DecisionRun run = new DecideBatch(policy, log, clock).decide(folder.history(), folder.batch(),
                folder.receipt().asOf());
        folders.writeDecisions(decisionsFile, run);
        double seconds = phase.seconds();
        listener.decided(run, seconds);
        listener.decisionsWritten(decisionsFile);
        return new FolderDecisions(folder, run, PlainSummary.of(run.decisions(), folder.history()::invoice,
                folder.todaysProcess()), seconds);
    }
}
