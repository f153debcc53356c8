package org.smartdunning.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.smartdunning.economics.OutcomeProbabilities;
import org.smartdunning.history.Customer;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.InvoiceId;

/** Drives a live world the way the engine would: each day, acts on the invoices whose decision day it is, then advances. */
final class LiveRun {
    /** A decision the world was waiting for: the action taken (NONE when the run took none) and its truth then. */
    record Decision(Invoice invoice, LocalDate day, DunningAction action, OutcomeProbabilities truth) {
    }

    final CollectingSink history = new CollectingSink();
    final LiveWorld world;
    final LocalDate from;
    final String worldName;
    final List<DayFacts> days = new ArrayList<>();
    final Map<InvoiceId, Invoice> invoices = new HashMap<>();
    final Map<String, Customer> customers = new HashMap<>();
    final Map<InvoiceId, Decision> decisions = new LinkedHashMap<>();
    private final Map<LocalDate, List<Invoice>> byDecisionDay = new HashMap<>();
    private final Map<LocalDate, List<Invoice>> byDueDay = new HashMap<>();

    LiveRun(String world, LocalDate from, int customers, long seed) {
        this.from = from;
        this.worldName = world;
        this.world = LiveWorld.start(WorldPresets.named(world), from, customers, seed, history);
        history.invoices.forEach(this::index);
        history.customers.forEach(c -> this.customers.put(c.id().value(), c));
    }

    /**
     * Advances {@code count} days; on each, every invoice whose decision day it is gets {@code policy}'s
     * action (none taken when the policy answers null); {@code extra} may act more before the day advances.
     */
    LiveRun run(int count, Function<Invoice, DunningAction> policy, Extra extra) {
        for (int i = 0; i < count; i++) {
            LocalDate day = days.isEmpty() ? from : days.get(days.size() - 1).day().plusDays(1);
            for (Invoice invoice : byDecisionDay.getOrDefault(day, List.of())) {
                DunningAction action = policy.apply(invoice);
                DunningAction taken = action == null ? DunningAction.NONE : action;
                world.truth(invoice.id(), taken).ifPresent(p -> decisions.put(invoice.id(), new Decision(invoice, day, taken, p)));
                if (action != null) {
                    world.act(invoice.id(), action, day);
                }
            }
            extra.before(world, day, this);
            DayFacts facts = world.advance(day);
            days.add(facts);
            facts.invoices().forEach(this::index);
        }
        return this;
    }

    LiveRun run(int count, Function<Invoice, DunningAction> policy) {
        return run(count, policy, (w, d, r) -> { });
    }

    /** More actions of a test on a day, before it is advanced. */
    interface Extra {
        void before(LiveWorld world, LocalDate day, LiveRun run);
    }

    /** Day by day, so a difference shows that day only. */
    static void assertSameFacts(LiveRun actual, LiveRun expected) {
        assertThat(actual.days).hasSameSizeAs(expected.days);
        for (int i = 0; i < expected.days.size(); i++) {
            assertThat(actual.days.get(i)).isEqualTo(expected.days.get(i));
        }
    }

    /** The invoices known so far that are due within {@code first} to {@code last} days after {@code day}. */
    List<Invoice> dueAround(LocalDate day, int first, int last) {
        List<Invoice> due = new ArrayList<>();
        for (int k = first; k <= last; k++) {
            due.addAll(byDueDay.getOrDefault(day.plusDays(k), List.of()));
        }
        return due;
    }

    Customer customerOf(Invoice invoice) {
        return customers.get(invoice.customerId().value());
    }

    private void index(Invoice invoice) {
        invoices.put(invoice.id(), invoice);
        byDueDay.computeIfAbsent(invoice.dueOn(), d -> new ArrayList<>()).add(invoice);
        byDecisionDay.computeIfAbsent(invoice.dueOn().plusDays(BillingCalendar.DECISION_DAYS), d -> new ArrayList<>()).add(invoice);
    }
}
