package org.smartdunning.world;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.smartdunning.economics.OutcomeProbabilities;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceId;

/**
 * A synthetic creditor that goes on living day by day after its history, where the engine's dunning
 * actions change what happens next according to the world's hidden truth ({@link TrueOutcomes}).
 *
 * <p>{@link #start} generates the world exactly as {@link WorldSimulator} does with as_of = the start
 * day, streaming the history (everything dated before it) to a sink, and keeps what goes on: each
 * customer's traits, ability and billing, invoices awaiting a decision, and facts already drawn for
 * later days (payments, inquiries, ends). From then on every customer has its own seeded stream and
 * every awaited decision its own seed, so one invoice's action changes only its customer's future.
 * Customers keep being billed monthly (or per delivery), drift in ability, churn, and ask customer
 * service; no new customers join. The first live cycle invoice is issued on the start day even when
 * its cycle began up to three days earlier.
 *
 * <p>Outcomes of the engine's actions ({@link #act}): an invoice unpaid at its decision day (due date +
 * {@link BillingCalendar#DECISION_DAYS}) has its payment, churn and invoice inquiry drawn once, at the
 * end of that day, from {@link TrueOutcomes} with the customer's hidden state of the invoice's month:
 * for the first action the engine took on it that day, or for {@link DunningAction#NONE} when it took
 * none. Payments then arrive after that day within horizon.days of the due date (8% in two parts), a
 * churn ends the customer within churn.window_months and supersedes a churn still pending for it, an
 * invoice inquiry follows within ten days. Simplification: only that first action on the decision day
 * counts; actions before it (friendly reminders before or at the due date), later ones on the same
 * invoice and actions on invoices that are paid or not awaiting a decision change nothing.
 */
public final class LiveWorld {
    /** Keeps the live streams apart from the history's, which must stay exactly as the generator draws it. */
    private static final long LIVE_STREAMS = 0x4C49_5645_574F_524CL;

    private final BillingCalendar calendar;
    private final RowIds ids;
    private final Agenda agenda;
    private final TruthOracle oracle;
    /** Customers not yet gone, in customer order: each month draws from their streams in that fixed order. */
    private List<LiveCustomer> living;
    /** The next live billing cycle, counted like {@link BillingCalendar#cycleDue}: -1 is the one after the batch cycle. */
    private int cycle = -1;

    private LiveWorld(CustomerLife.Context cx, Agenda agenda, List<LiveCustomer> living) {
        this.calendar = cx.calendar();
        this.ids = cx.ids();
        this.agenda = agenda;
        this.oracle = cx.oracle();
        this.living = living;
    }

    /**
     * Generates the world's history before {@code from} into {@code history} (customers, invoices,
     * payments, the logging policy's dunning events, inquiries; no batch or truth rows) and keeps the
     * world ready to go on from {@code from}.
     */
    public static LiveWorld start(WorldParameters world, LocalDate from, int customers, long seed, WorldSink history) {
        Objects.requireNonNull(history, "history");
        RandomGenerator streams = WorldSimulator.stream(seed ^ LIVE_STREAMS);
        Agenda agenda = new Agenda(from);
        List<LiveCustomer> living = new ArrayList<>();
        CustomerLife.Context cx = new WorldSimulator(world, from, seed).run(customers, history, (c, customer) ->
                new LiveCustomer(customer, agenda, WorldSimulator.stream(streams.nextLong()), living::add));
        return new LiveWorld(cx, agenda, living);
    }

    /**
     * Moves the world through {@code day}, the day after the last one advanced (the start day first), and
     * returns everything dated that day: invoices issued, payments arrived, inquiries made, customers
     * whose relationship ended (with endedOn set). Invoices whose decision day it is and that got no
     * action get none.
     */
    public DayFacts advance(LocalDate day) {
        requireToday(day, "advance");
        if (day.equals(cycleStart(cycle))) {
            LocalDate due = calendar.cycleDue(cycle);
            LocalDate end = cycleStart(cycle - 1);
            List<LiveCustomer> staying = new ArrayList<>(living.size());
            for (LiveCustomer customer : living) {
                if (customer.month(day, due, end)) {
                    staying.add(customer);
                }
            }
            living = staying;
            cycle--;
        }
        Agenda.Day due = agenda.close(day);
        for (PendingDecision decision : due.decisions) {
            if (agenda.settle(decision)) {
                decision.decide();
            }
        }
        return DayRelease.facts(day, due, agenda, ids);
    }

    /**
     * The engine took {@code action} on the invoice on {@code day}, the day about to be advanced; see the
     * class comment for when that changes the outcome.
     *
     * @throws IllegalArgumentException for another day than the one about to be advanced, or a reminder on a
     *                                  channel the customer cannot be reached on
     */
    public void act(InvoiceId invoice, DunningAction action, LocalDate day) {
        requireToday(day, "act");
        Optional<PendingDecision> decision = agenda.pending(invoice).filter(d -> d.decisionDay().equals(day));
        if (decision.isPresent()) {
            if (!decision.get().customer().customer().reachableActions().contains(action)) {
                throw new IllegalArgumentException(action.key() + " cannot reach the customer of invoice " + invoice);
            }
            decision.get().take(action);
        }
    }

    /**
     * The world's exact outcome probabilities of {@code action} on an invoice awaiting its decision, up to
     * the end of its decision day; empty for any other invoice.
     */
    public Optional<OutcomeProbabilities> truth(InvoiceId invoice, DunningAction action) {
        return agenda.pending(invoice).map(d -> d.outcomes(action));
    }

    /**
     * The invoices awaiting the engine's action today (the day about to be advanced): issued before
     * today, unpaid at their decision day, which is today. In the order the world scheduled them.
     */
    public List<InvoiceId> awaitingDecision(LocalDate day) {
        requireToday(day, "awaitingDecision");
        return agenda.decisionsOn(day).stream().map(d -> d.invoice().id()).toList();
    }

    /**
     * The hidden truth of an invoice awaiting its decision: the customer's true lifetime value and every
     * action's exact outcome probabilities and value, as {@code truth.csv} gives them for a batch invoice;
     * empty for any other invoice. For scoring the engine only: nothing here may reach its decisions.
     */
    public Optional<TruthRow> truthRow(InvoiceId invoice) {
        return agenda.pending(invoice).map(d -> d.truth(oracle));
    }

    /** Live cycles start on their issue day, the first one no earlier than the start day. */
    private LocalDate cycleStart(int k) {
        LocalDate issue = calendar.cycleDue(k).minusDays(BillingCalendar.CYCLE_TERMS);
        return issue.isBefore(calendar.asOf()) ? calendar.asOf() : issue;
    }

    private void requireToday(LocalDate day, String what) {
        if (!day.equals(agenda.today())) {
            throw new IllegalArgumentException(what + " is for " + agenda.today()
                    + ", the next day of the live world (days go in order without gaps), not " + day);
        }
    }
}
