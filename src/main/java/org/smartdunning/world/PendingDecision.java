package org.smartdunning.world;

import java.time.LocalDate;
import org.smartdunning.economics.OutcomeProbabilities;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.Invoice;

/**
 * An invoice of the live world unpaid at its decision day, waiting for the engine's action. Its
 * outcome is drawn once, when the day ends, from its own seeded stream: the same action on it always
 * has the same consequences, whatever happens elsewhere and in whatever order actions came in.
 */
final class PendingDecision {
    private final Invoice invoice;
    private final DecisionState state;
    private final LiveCustomer customer;
    private final long seed;
    private DunningAction action;

    PendingDecision(Invoice invoice, DecisionState state, LiveCustomer customer, long seed) {
        this.invoice = invoice;
        this.state = state;
        this.customer = customer;
        this.seed = seed;
    }

    Invoice invoice() {
        return invoice;
    }

    LocalDate decisionDay() {
        return invoice.dueOn().plusDays(BillingCalendar.DECISION_DAYS);
    }

    LiveCustomer customer() {
        return customer;
    }

    /** The world's exact probabilities of the action's outcomes. */
    OutcomeProbabilities outcomes(DunningAction candidate) {
        return customer.outcomes(candidate, state);
    }

    /** The truth of this invoice at its decision: true CLV, and every action's probabilities and value. */
    TruthRow truth(TruthOracle oracle) {
        return oracle.truth(customer.customer(), invoice, state, customer.monthlyValue());
    }

    /** The engine's action; only the first one counts. */
    void take(DunningAction taken) {
        if (action == null) {
            action = taken;
        }
    }

    /** At the end of the decision day: draws what follows the action taken, or nothing when none was. */
    void decide() {
        DunningAction taken = action == null ? DunningAction.NONE : action;
        customer.follow(invoice, decisionDay(), taken, state, WorldSimulator.stream(seed));
    }
}
