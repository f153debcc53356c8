package org.smartdunning.world;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.BiFunction;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Generates a synthetic creditor: customers, 24 months of billing and dunning history, the batch
 * of invoices to decide on the run date, and the hidden truth about them. All randomness comes
 * from one seeded generator, consumed in a fixed order, so a seed always gives the same world.
 */
public final class WorldSimulator {
    /** Share of customers who were already customers when the history starts. */
    private static final double TENURED_SHARE = 0.55;

    private final WorldParameters world;
    private final BillingCalendar calendar;
    private final RandomGenerator random;

    public WorldSimulator(WorldParameters world, LocalDate asOf, long seed) {
        this.world = world;
        this.calendar = new BillingCalendar(asOf);
        this.random = stream(seed);
    }

    /** The world's generator algorithm, seeded. */
    static RandomGenerator stream(long seed) {
        return RandomGeneratorFactory.<RandomGenerator>of("L64X128MixRandom").create(seed);
    }

    /** Simulates {@code customers} customers, handing every row to the sink as soon as it is known. */
    public void run(int customers, WorldSink sink) {
        run(customers, sink, RunDateBatch::new);
    }

    /**
     * Lives every customer's history up to the run date, in the fixed order, streaming its rows to the
     * sink; {@code futures} gives each customer what receives its facts from the run date on.
     *
     * @return the world's shared context, whose row ids go on where the history stopped
     */
    CustomerLife.Context run(int customers, WorldSink sink,
                             BiFunction<CustomerLife.Context, SimulatedCustomer, Future> futures) {
        LocalDate start = calendar.historyStart();
        int windowDays = (int) ChronoUnit.DAYS.between(start, calendar.asOf());
        CustomerFactory factory = new CustomerFactory(world, random, calendar.asOf());
        TrueOutcomes outcomes = new TrueOutcomes(world);
        CustomerLife.Context context = new CustomerLife.Context(world, calendar, sink, new RowIds(),
                outcomes, new LoggingPolicy(random, calendar.asOf()), new TruthOracle(world, outcomes));
        for (int i = 1; i <= customers; i++) {
            LocalDate created = random.nextDouble() < TENURED_SHARE
                    ? start.minusDays(1 + random.nextInt(2500))
                    : start.plusDays(random.nextInt(windowDays));
            SimulatedCustomer customer = factory.next(RowIds.customer(i), created);
            new CustomerLife(context, customer, random, futures.apply(context, customer)).liveHistory();
        }
        return context;
    }
}
