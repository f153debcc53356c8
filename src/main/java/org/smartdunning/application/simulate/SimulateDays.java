package org.smartdunning.application.simulate;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.smartdunning.application.Stopwatch;
import org.smartdunning.application.daily.DayResult;
import org.smartdunning.application.daily.RunDunningDay;
import org.smartdunning.application.port.AuditCounts;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.experiments.analysis.ExperimentAnalysis;
import org.smartdunning.experiments.analysis.ObservedArms;
import org.smartdunning.experiments.analysis.TrueEffect;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Inquiry;
import org.smartdunning.models.OutcomeLabels;
import org.smartdunning.simulation.GrowingHistory;
import org.smartdunning.workflow.Experiments;
import org.smartdunning.world.DayFacts;
import org.smartdunning.world.LiveWorld;
import org.smartdunning.world.WorldParameters;

/**
 * The daily process over a live synthetic world, day by day: each morning the process sees the
 * facts before the day and runs; the world then reacts to the actions taken and lives the day,
 * and its facts join the history for the next morning.
 */
public final class SimulateDays {
    private final DailyProcessFactory process;
    private final AuditCounts audit;
    private final long seed;
    private final SimulationListener listener;
    private final Experiments experiments;

    public SimulateDays(DailyProcessFactory process, AuditCounts audit, long seed, SimulationListener listener) {
        this(process, audit, seed, listener, Experiments.NONE);
    }

    /** @param experiments the creditor's experiments the process runs, whose true effects the result states */
    public SimulateDays(DailyProcessFactory process, AuditCounts audit, long seed, SimulationListener listener,
                        Experiments experiments) {
        this.process = process;
        this.audit = audit;
        this.seed = seed;
        this.listener = listener;
        this.experiments = experiments;
    }

    public SimulationResult run(WorldParameters parameters, int customers, LocalDate from, LocalDate to) {
        return run(parameters, customers, from, to, SimulationRecorder.NONE);
    }

    /** As {@link #run(WorldParameters, int, LocalDate, LocalDate)}, telling {@code recorder} each day and the whole history. */
    public SimulationResult run(WorldParameters parameters, int customers, LocalDate from, LocalDate to,
                                SimulationRecorder recorder) {
        Stopwatch phase = new Stopwatch();
        GrowingHistory history = new GrowingHistory();
        LiveWorld world = LiveWorld.start(parameters, from, customers, seed, history);
        listener.worldStarted(history.customerCount(), from, phase.seconds());
        SteppedClock clock = new SteppedClock(from);
        RunDunningDay daily = process.on(clock, history);
        Tally tally = new Tally();
        ExperimentTruth truth = new ExperimentTruth(experiments);
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            clock.moveTo(day);
            DayResult result = daily.runDay(day, history.snapshot());
            truth.dayRun(day, result.plan(), daily, world);
            for (DunningEvent e : result.plan().events()) {
                history.event(e);
                world.act(e.invoiceId(), e.action(), day);
            }
            tally.add(result);
            recorder.dayRun(day, result);
            DayFacts facts = world.advance(day);
            facts.invoices().forEach(history::invoice);
            facts.payments().forEach(history::payment);
            facts.inquiries().forEach(history::inquiry);
            facts.ended().forEach(history::customer);
            tally.world(facts.invoices().size(), facts.payments().size(),
                    facts.payments().stream().mapToLong(p -> p.amount().cents()).sum(),
                    (int) facts.inquiries().stream().filter(Inquiry::aboutInvoices).count(), facts.ended().size());
        }
        recorder.lived(history.snapshot(), to);
        Map<String, Integer> audited = audit.counts(from, to);
        List<TrueEffect> effects = truth.any() ? effects(parameters.business(), world, history, to, truth) : List.of();
        return new SimulationResult(tally.days, tally.actions, tally.sent, tally.withdrawn, tally.failed, tally.invoices,
                tally.payments, tally.paidCents, tally.invoiceInquiries, tally.churned, audited, effects);
    }

    /**
     * The experiments' estimated effects next to the true ones. Their outcomes take months to be known (the horizon,
     * the churn window), so the world lives on after the last run day, without dunning, until every window of an
     * invoice acted on by then has closed; those later days only add facts, they change no outcome of the run days.
     */
    private List<TrueEffect> effects(BusinessSettings world, LiveWorld live, GrowingHistory history, LocalDate to,
                                     ExperimentTruth truth) {
        LocalDate asOf = latest(to.plusDays(world.horizonDays()), to.plusMonths(world.churnWindowMonths()),
                to.plusDays(OutcomeLabels.INQUIRY_DAYS)).plusDays(1);
        for (LocalDate day = to.plusDays(1); day.isBefore(asOf); day = day.plusDays(1)) {
            DayFacts facts = live.advance(day);
            facts.invoices().forEach(history::invoice);
            facts.payments().forEach(history::payment);
            facts.inquiries().forEach(history::inquiry);
            facts.ended().forEach(history::customer);
        }
        ObservedArms observed = ObservedArms.of(history.snapshot(), world, asOf);
        List<TrueEffect> effects = TrueEffect.of(observed, ExperimentAnalysis.of(observed, null), truth);
        listener.experimentsKnown(asOf, effects);
        return effects;
    }

    private static LocalDate latest(LocalDate a, LocalDate b, LocalDate c) {
        LocalDate ab = a.isAfter(b) ? a : b;
        return ab.isAfter(c) ? ab : c;
    }

    /** Counts for the result, day by day. */
    private static final class Tally {
        final Map<DunningAction, Integer> actions = new EnumMap<>(DunningAction.class);
        final Map<DunningAction, Integer> sent = new EnumMap<>(DunningAction.class);
        int days;
        int withdrawn;
        int failed;
        int invoices;
        int payments;
        long paidCents;
        int invoiceInquiries;
        int churned;

        void add(DayResult r) {
            days++;
            r.plan().stageRuns().stream().filter(s -> s.action() != null).forEach(s -> actions.merge(s.action(), 1, Integer::sum));
            for (DunningAction a : DunningAction.values()) {
                if (r.dispatch().sent(a) > 0) {
                    sent.merge(a, r.dispatch().sent(a), Integer::sum);
                }
            }
            withdrawn += r.dispatch().cancelled();
            failed += r.dispatch().failed();
        }

        void world(int newInvoices, int newPayments, long cents, int inquiries, int ended) {
            invoices += newInvoices;
            payments += newPayments;
            paidCents += cents;
            invoiceInquiries += inquiries;
            churned += ended;
        }
    }
}
