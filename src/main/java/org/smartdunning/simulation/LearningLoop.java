package org.smartdunning.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.smartdunning.features.FeatureExtractor;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.history.Money;
import org.smartdunning.models.TreeTrainer;
import org.smartdunning.policy.ColdStartExploration;
import org.smartdunning.policy.Decision;
import org.smartdunning.world.DayFacts;
import org.smartdunning.world.LiveWorld;
import org.smartdunning.world.TruthRow;

/**
 * The engine learning from its own decisions over a live synthetic world, month after month. On
 * the first day of every month it retrains on the history so far (only facts dated before that
 * day); every day it decides the invoices awaiting their decision with exploration on, the world
 * reacts to its actions, and each decision joins the history as a dunning event with the
 * propensity it was taken with, as the daily process logs it. Each month is scored by the truth on
 * the invoices decided in it.
 *
 * <p>Decision-only: no workflow, no dispatch. The world reacts only to the action on the decision
 * day (see {@link LiveWorld}), which is exactly what the decision-only loop gives it, so the full
 * daily process would learn the same and take far longer.
 */
public final class LearningLoop {
    /** The experiment name the daily process logs the engine's own decisions under. */
    static final String ENGINE_EXPERIMENT = "smart-dunning";

    private final LoopSettings settings;
    private final BiFunction<CreditorHistory, LocalDate, MonthPolicy> retrain;

    public LearningLoop(LoopSettings settings, TreeTrainer trainer) {
        this(settings, (history, day) -> MonthPolicy.train(trainer, history, day, settings));
    }

    /** @param retrain the month's engine from the history before a day, and that day */
    LearningLoop(LoopSettings settings, BiFunction<CreditorHistory, LocalDate, MonthPolicy> retrain) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.retrain = retrain;
    }

    /** Runs every month; {@code progress} hears each month as it ends. */
    public LearningCurve run(Consumer<MonthResult> progress) {
        GrowingHistory history = new GrowingHistory();
        LocalDate from = settings.from();
        LiveWorld world = LiveWorld.start(settings.start().world(settings.world()), from, settings.customers(),
                settings.seed(), history);
        List<MonthResult> months = new ArrayList<>();
        for (int m = 0; m < settings.months(); m++) {
            LocalDate start = from.plusMonths(m);
            LocalDate end = from.plusMonths(m + 1L);
            long t0 = System.nanoTime();
            MonthPolicy engine = retrain.apply(history.snapshot(), start);
            System.err.printf("TIMING retrain %.1f s%n", (System.nanoTime() - t0) / 1e9);
            MonthTally tally = new MonthTally(m + 1, start, engine.thinActions(), engine.reference());
            for (LocalDate day = start; day.isBefore(end); day = day.plusDays(1)) {
                decideDay(world, history, engine, day, tally);
                DayFacts facts = world.advance(day);
                facts.invoices().forEach(history::invoice);
                facts.payments().forEach(history::payment);
                facts.inquiries().forEach(history::inquiry);
                facts.ended().forEach(history::customer);
            }
            MonthResult result = tally.result();
            months.add(result);
            progress.accept(result);
        }
        return new LearningCurve(settings, months);
    }

    private void decideDay(LiveWorld world, GrowingHistory history, MonthPolicy engine, LocalDate day, MonthTally tally) {
        List<InvoiceId> awaiting = world.awaitingDecision(day);
        if (awaiting.isEmpty()) {
            return;
        }
        long t0 = System.nanoTime();
        CreditorHistory known = history.snapshot();
        FeatureExtractor extractor = new FeatureExtractor(known);
        long t1 = System.nanoTime();
        List<InvoiceFeatures> batch = new ArrayList<>(awaiting.size());
        for (InvoiceId id : awaiting) {
            Invoice invoice = Objects.requireNonNull(known.invoice(id), () -> "invoice " + id.value() + " is not in the history");
            batch.add(extractor.extract(invoice, day));
        }
        List<Decision> decided = engine.decide(batch);
        List<Decision> greedy = engine.greedy(batch);
        List<Decision> baseline = engine.baseline(batch);
        System.err.printf("TIMING day %s: %d invoices, snapshot %.2f s, decide %.2f s%n", day, batch.size(), (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
        if (batch.size() > 50) {
            StringBuilder sb = new StringBuilder("DEBUG " + day);
            double clvP = 0, clvT = 0;
            for (int i = 0; i < batch.size(); i++) { clvP += greedy.get(i).clv(); clvT += world.truthRow(greedy.get(i).invoiceId()).orElseThrow().clv(); }
            sb.append(String.format(" clv pred %.0f true %.0f%n", clvP / batch.size(), clvT / batch.size()));
            for (org.smartdunning.history.DunningAction a : org.smartdunning.history.DunningAction.values()) {
                double pp = 0, pc = 0, pv = 0, tp = 0, tc = 0, tv = 0; int n = 0;
                for (int i = 0; i < batch.size(); i++) {
                    var c = greedy.get(i).candidate(a); if (c.isEmpty()) continue;
                    TruthRow t = world.truthRow(greedy.get(i).invoiceId()).orElseThrow();
                    n++; pp += c.get().outcomes().pay(); pc += c.get().outcomes().churn(); pv += c.get().value();
                    tp += t.outcomes().get(a).pay(); tc += t.outcomes().get(a).churn(); tv += t.values().get(a);
                }
                sb.append(String.format("  %-10s pay %.3f/%.3f churn %.3f/%.3f value %.1f/%.1f greedy-picks %d%n", a.key(), pp/n, tp/n, pc/n, tc/n, pv/n, tv/n,
                    greedy.stream().filter(g -> g.action() == a).count()));
            }
            System.err.print(sb);
        }
        for (int i = 0; i < batch.size(); i++) {
            Decision d = decided.get(i);
            TruthRow truth = world.truthRow(d.invoiceId()).orElseThrow();
            tally.add(truth, d.action(), greedy.get(i).action(), baseline.get(i).action(), ColdStartExploration.tried(d));
            world.act(d.invoiceId(), d.action(), day);
            history.event(new DunningEvent(d.invoiceId(), day, d.action(),
                    Money.of(settings.world().business().feeKept(d.action())), ENGINE_EXPERIMENT, d.action().key(),
                    d.propensity()));
        }
    }
}
