package org.smartdunning.world;

import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;
import org.smartdunning.history.DunningAction;

/**
 * The creditor's historic policy: the standard process sends every invoice unpaid 14 days after
 * due to collection; in the last 12 months an experiment randomised the customers in it
 * uniformly over the actions reachable for them.
 */
final class LoggingPolicy {
    private final RandomGenerator random;
    private final LocalDate experimentStart;

    LoggingPolicy(RandomGenerator random, LocalDate asOf) {
        this.random = random;
        this.experimentStart = asOf.minusMonths(12);
    }

    LoggedAction choose(SimulatedCustomer customer, LocalDate actionDay) {
        if (!customer.inExperiment() || actionDay.isBefore(experimentStart)) {
            return new LoggedAction(DunningAction.COLLECTION, "", "", 1);
        }
        List<DunningAction> arms = List.copyOf(customer.reachableActions());
        DunningAction arm = arms.get(random.nextInt(arms.size()));
        return new LoggedAction(arm, WorldParameters.EXPERIMENT, arm.key(), 1.0 / arms.size());
    }
}
