package org.smartdunning.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.smartdunning.application.decide.DecideListener;
import org.smartdunning.application.simulate.SimulationListener;
import org.smartdunning.application.train.AssessListener;
import org.smartdunning.application.train.ModelAssessment;
import org.smartdunning.audit.StopReason;
import org.smartdunning.channels.DispatchReport;
import org.smartdunning.experiments.LoggedExperiment;
import org.smartdunning.experiments.PairedDifference;
import org.smartdunning.experiments.PolicyEstimate;
import org.smartdunning.experiments.PromotionVerdict;
import org.smartdunning.experiments.ReferenceChoice;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.DunningAction;
import org.smartdunning.ingest.ImportReceipt;
import org.smartdunning.models.LearnedOutcomeModel;
import org.smartdunning.models.TrainedOutcomes;
import org.smartdunning.models.TrainingSet;
import org.smartdunning.policy.ColdStartExploration;
import org.smartdunning.policy.DecidingModel;
import org.smartdunning.policy.Decision;
import org.smartdunning.policy.DecisionRun;
import org.smartdunning.workflow.DailyPlan;
import org.smartdunning.workflow.StageRun;

/** The use cases' progress as the command line prints it: one line per event, flushed at once. */
final class PrintedProgress implements DecideListener, SimulationListener, AssessListener {
    private final PrintWriter out;

    PrintedProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void imported(ImportReceipt receipt) {
        line(receipt.summary());
    }

    @Override
    public void historyLoaded(CreditorHistory history, double seconds) {
        line(String.format(Locale.ROOT, "loaded history: %,d customers, %,d invoices, %,d payments in %.1f s",
                history.customerCount(), history.invoiceCount(), history.paymentCount(), seconds));
    }

    @Override
    public void batchHistoryLoaded(CreditorHistory history, double seconds) {
        line(String.format(Locale.ROOT, "loaded the batch's customers' history (a saved model decides them): %,d customers,"
                + " %,d invoices, %,d payments in %.1f s", history.customerCount(), history.invoiceCount(),
                history.paymentCount(), seconds));
    }

    @Override
    public void savedModelUsed(LearnedOutcomeModel model, String trainingKey, double seconds) {
        line(String.format(Locale.ROOT, "using saved model %s (training key %s) in %.1f s", model.provenance().label(),
                trainingKey, seconds));
    }

    @Override
    public void note(String note) {
        line("note: " + note);
    }

    @Override
    public void trained(TrainedOutcomes trained, double seconds) {
        TrainingSet set = trained.trainingSet();
        line(String.format(Locale.ROOT, "trained %s on %,d logged actions%s in %.1f s", trained.model().provenance().label(),
                set.loggedActions(), set.standardShare() < 1 ? String.format(Locale.ROOT,
                        " (%,d learned from: the standard process's rows sampled to %.1f%%)", set.examples().size(),
                        100 * set.standardShare()) : "", seconds));
    }

    @Override
    public void referenceChosen(ReferenceChoice reference, LoggedExperiment log, double seconds) {
        line(String.format(Locale.ROOT, "reference policy: %s (the baseline unless a fixed action the log covers is"
                        + " better with 95%% confidence); doubly robust value per invoice on %,d logged experiment decisions: %s (%.1f s)",
                reference.chosen().name(), log.size(), estimates(reference), seconds));
    }

    @Override
    public void saved(LearnedOutcomeModel model, String trainingKey) {
        line("saved model " + model.provenance().label() + " (training key " + trainingKey + ")");
    }

    @Override
    public void promotion(PromotionVerdict verdict) {
        line((verdict.live() ? "live: " : "not live: ") + verdict.reason());
    }

    @Override
    public void liveModelUsed(LearnedOutcomeModel model, String trainingKey) {
        line("using the live model " + model.provenance().label() + " (training key " + trainingKey + ")");
    }

    @Override
    public void learnerUnavailable(LinkageError e) {
        line("note: the gradient-boosting library could not load here (" + e + "); deciding with the"
                + " history-rules baseline instead. Install the OpenMP runtime (Debian/Ubuntu: apt-get install libgomp1)"
                + " to learn from the history.");
    }

    @Override
    public void thinActions(DecidingModel deciding, ColdStartExploration coldStart) {
        line(String.format(Locale.ROOT, "the log holds too few decisions of %s to learn from (fewer than %,d with the"
                        + " payment known): the history-rules baseline decides, and up to %.0f%% of the invoices try them",
                deciding.thinKeys(), coldStart.minLogged(), 100 * coldStart.share()));
    }

    @Override
    public void decided(DecisionRun run, double seconds) {
        line(String.format(Locale.ROOT, "decided %,d invoices with %s in %.1f s: %s", run.decisions().size(),
                run.policy().label(), seconds, actionCounts(run)));
    }

    @Override
    public void decisionsWritten(Path file) {
        line("decisions written to " + file);
    }

    @Override
    public void assessed(ModelAssessment assessment) {
        out.print(AssessmentText.format(assessment));
        out.flush();
    }

    @Override
    public void dayModelUsed(LearnedOutcomeModel model) {
        line("using saved model " + model.provenance().label());
    }

    @Override
    public void dayLearnerUnavailable(LinkageError e) {
        line("note: the gradient-boosting library could not load here (" + e + "); using the"
                + " history-rules baseline. Install the OpenMP runtime (apt-get install libgomp1).");
    }

    @Override
    public void planned(LocalDate day, DailyPlan plan, double seconds) {
        line(String.format(Locale.ROOT, "%s: planned in %.1f s: %s", day, seconds, summary(plan)));
    }

    @Override
    public void dispatched(LocalDate day, DispatchReport report) {
        line(day + ": dispatched: " + report);
    }

    @Override
    public void worldStarted(int customers, LocalDate until, double seconds) {
        line(String.format(Locale.ROOT, "world of %,d customers lived until %s in %.1f s", customers, until, seconds));
    }

    @Override
    public void experimentsKnown(LocalDate asOf, java.util.List<org.smartdunning.experiments.analysis.TrueEffect> effects) {
        line("the world lived on without dunning until " + asOf.minusDays(1) + ", when every outcome of the"
                + " experiments' invoices was known; " + effects.size() + " arm(s) compared with the world's truth");
    }

        private void line(String text) {
        out.println(text);
        out.flush();
    }

    private static String estimates(ReferenceChoice choice) {
        StringBuilder line = new StringBuilder();
        for (PolicyEstimate e : choice.estimates()) {
            line.append(line.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %.2f", e.policy(),
                    e.dr().value()));
        }
        if (line.length() == 0) {
            return "no candidates";
        }
        line.append("; smallest difference over the baseline it can tell apart:");
        String separator = " ";
        for (PairedDifference d : choice.differences()) {
            line.append(separator).append(String.format(Locale.ROOT, "%s %.2f", d.policy(), d.detectable()));
            separator = ", ";
        }
        line.append("; share of invoices the log covers:");
        separator = " ";
        for (int i = 0; i < choice.coverage().size(); i++) {
            line.append(separator).append(String.format(Locale.ROOT, "%s %.2f", choice.differences().get(i).policy(),
                    choice.coverage().get(i)));
            separator = ", ";
        }
        return line.toString();
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

    private static String summary(DailyPlan plan) {
        Map<DunningAction, Integer> acted = new EnumMap<>(DunningAction.class);
        int closed = 0;
        for (StageRun r : plan.stageRuns()) {
            if (r.action() != null) {
                acted.merge(r.action(), 1, Integer::sum);
            } else {
                closed++;
            }
        }
        Map<StopReason, Integer> stopped = new EnumMap<>(StopReason.class);
        plan.audit().stream().filter(a -> a.stopReason() != null).forEach(a -> stopped.merge(a.stopReason(), 1, Integer::sum));
        StringBuilder line = new StringBuilder();
        acted.forEach((a, n) -> line.append(a.key()).append(' ').append(n).append(", "));
        line.append("stopped ").append(stopped.values().stream().mapToInt(Integer::intValue).sum());
        StringBuilder why = new StringBuilder();
        stopped.forEach((r, n) -> why.append(why.isEmpty() ? "" : ", ").append(r.key()).append(' ').append(n));
        line.append(why.isEmpty() ? "" : " (" + why + ")").append(", passed over ").append(closed);
        return line.append(", messages queued ").append(plan.messages().size()).toString();
    }
}
