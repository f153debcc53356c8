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
            MonthPolicy engine = retrain.apply(history.snapshot(), start);
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
        CreditorHistory known = history.snapshot();
        FeatureExtractor extractor = new FeatureExtractor(known);
        List<InvoiceFeatures> batch = new ArrayList<>(awaiting.size());
        for (InvoiceId id : awaiting) {
            Invoice invoice = Objects.requireNonNull(known.invoice(id), () -> "invoice " + id.value() + " is not in the history");
            batch.add(extractor.extract(invoice, day));
        }
        List<Decision> decided = engine.decide(batch);
        List<Decision> greedy = engine.greedy(batch);
        List<Decision> baseline = engine.baseline(batch);
        for (int i = 0; i < batch.size(); i++) {
            Decision d = decided.get(i);
            TruthRow truth = world.truthRow(d.invoiceId()).orElseThrow();
            tally.add(truth, d.action(), greedy.get(i).action(), baseline.get(i).action(), ColdStartExploration.tried(d));
            tally.diagnose(truth, greedy.get(i));
            world.act(d.invoiceId(), d.action(), day);
            history.event(new DunningEvent(d.invoiceId(), day, d.action(),
                    Money.of(settings.world().business().feeKept(d.action())), DunningEvent.ENGINE_EXPERIMENT,
                    d.action().key(), d.propensity()));
        }
    }
}
