package org.smartdunning.application.decide;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smartdunning.application.DecisionSettings;
import org.smartdunning.application.folder.LoadedFolder;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.models.OutcomeModel;
import org.smartdunning.policy.ColdStartExploration;
import org.smartdunning.policy.DecideBatch;
import org.smartdunning.policy.DecidingModel;
import org.smartdunning.policy.DecisionLog;
import org.smartdunning.policy.DecisionRun;
import org.smartdunning.policy.LearningPolicy;

/**
 * Decides one part of a creditor's batch — the invoices of a share of its customers, from only those
 * customers' history — as {@link DecideFolder} decides them within the whole batch: with the model
 * trained once on the whole folder ({@link DecideFolder#policy}), and the cold start's draw, which
 * ranks the whole batch, made once from every part's {@link #trials} ({@link #draw}). The
 * one-giant-creditor case on Spark runs it in each task.
 */
public final class DecidePart {
    /** Keeps nothing: the door that gathers the parts writes their decisions. */
    private static final DecisionLog NOT_RECORDED = run -> { };
    private final LearningPolicy policy;
    private final Clock clock;

    public DecidePart(OutcomeModel model, BusinessSettings settings, DecisionSettings deciding, Clock clock) {
        this.policy = DecideFolder.policy(model, settings, deciding);
        this.clock = clock;
    }

    /** Whether deciding in parts needs the cold start's draw over the whole batch first: some action is thin and tried. */
    public static boolean drawsFirst(OutcomeModel model, DecisionSettings deciding) {
        return deciding.coldStart().share() > 0 && !DecidingModel.of(model, deciding.coldStart()).thin().isEmpty();
    }

    /** The decision day of the whole batch's first invoice still open, which seeds the cold start's draw; empty when none is. */
    public static Optional<LocalDate> firstOpenDay(LoadedFolder whole) {
        return DecideBatch.open(whole.history(), whole.batch()).stream().findFirst().map(item -> item.decideOn());
    }

    /** What trying the thin actions costs on the part's open invoices; empty when no action is thin. */
    public List<ColdStartExploration.Trial> trials(LoadedFolder part) {
        return policy.trials(DecideBatch.openFeatures(part.history(), part.batch()));
    }

    /**
     * The cold start's draw over the whole batch, from every part's trials (in any order: the draw ranks
     * them by cost, then invoice id), per invoice id; an invoice outside every pool is absent.
     */
    public static Map<String, ColdStartExploration.Draw> draw(OutcomeModel model, DecisionSettings deciding,
                                                              LocalDate firstOpenDay,
                                                              List<ColdStartExploration.Trial> trials) {
        List<ColdStartExploration.Trial> all = trials.stream()
                .sorted(Comparator.comparing(ColdStartExploration.Trial::invoiceId)).toList();
        List<ColdStartExploration.Draw> draws = deciding.coldStart().draws(all,
                DecidingModel.of(model, deciding.coldStart()).thin(), firstOpenDay);
        Map<String, ColdStartExploration.Draw> byInvoice = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            if (draws.get(i) != null) {
                byInvoice.put(all.get(i).invoiceId(), draws.get(i));
            }
        }
        return byInvoice;
    }

    /** The part's batch decided, with the whole batch's cold-start draw ({@link #draw}; empty when {@link #drawsFirst} is not). */
    public DecisionRun decide(LoadedFolder part, Map<String, ColdStartExploration.Draw> draws) {
        return new DecideBatch(policy.drawn(draws), NOT_RECORDED, clock).decide(part.history(), part.batch(),
                part.receipt().asOf());
    }
}
