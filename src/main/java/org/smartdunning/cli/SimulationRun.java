package org.smartdunning.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Inquiry;
import org.smartdunning.policy.ColdStartExploration;
import org.smartdunning.policy.Exploration;
import org.smartdunning.simulation.GrowingHistory;
import org.smartdunning.store.Database;
import org.smartdunning.world.DayFacts;
import org.smartdunning.world.LiveWorld;
import org.smartdunning.world.WorldParameters;

/**
 * The daily process over a live synthetic world, day by day: each morning the process sees the
 * facts before the day and runs; the world then reacts to the actions taken and lives the day,
 * and its facts join the history for the next morning.
 */
final class SimulationRun {
    private final Database database;
    private final ProcessSetup setup;
    private final BusinessSettings business;
    private final long seed;
    private final Exploration exploration;
    private final ColdStartExploration coldStart;
    private final PrintWriter out;

    SimulationRun(Database database, ProcessSetup setup, BusinessSettings business, long seed, Exploration exploration,
                  ColdStartExploration coldStart, PrintWriter out) {
        this.database = database;
        this.setup = setup;
        this.business = business;
        this.seed = seed;
        this.exploration = exploration;
        this.coldStart = coldStart;
        this.out = out;
    }

    SimulationTally run(WorldParameters parameters, int customers, LocalDate from, LocalDate to) {
        RunStats phase = new RunStats();
        GrowingHistory history = new GrowingHistory();
        LiveWorld world = LiveWorld.start(parameters, from, customers, seed, history);
        out.printf(java.util.Locale.ROOT, "world of %,d customers lived until %s in %.1f s%n", history.customerCount(),
                from, phase.seconds());
        SteppedClock clock = new SteppedClock(from);
        DailyProcess process = new DailyProcess(database, setup, business,
                new DayModels(database, clock, out, seed, setup.settings().retrainDays()), exploration, coldStart, history, clock,
                out);
        SimulationTally tally = new SimulationTally();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            clock.moveTo(day);
            DailyProcess.DayResult result = process.runDay(day, history.snapshot());
            for (DunningEvent e : result.plan().events()) {
                history.event(e);
                world.act(e.invoiceId(), e.action(), day);
            }
            tally.add(result);
            DayFacts facts = world.advance(day);
            facts.invoices().forEach(history::invoice);
            facts.payments().forEach(history::payment);
            facts.inquiries().forEach(history::inquiry);
            facts.ended().forEach(history::customer);
            tally.world(facts.invoices().size(), facts.payments().size(),
                    facts.payments().stream().mapToLong(p -> p.amount().cents()).sum(),
                    (int) facts.inquiries().stream().filter(Inquiry::aboutInvoices).count(), facts.ended().size());
        }
        return tally;
    }

    /** Counts for the closing report. */
    static final class SimulationTally {
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

        void add(DailyProcess.DayResult r) {
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
