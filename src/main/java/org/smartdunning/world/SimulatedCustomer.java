package org.smartdunning.world;

import java.time.LocalDate;
import java.util.Set;
import org.smartdunning.history.Customer;
import org.smartdunning.history.DunningAction;

/**
 * A generated customer: its observable row (without end date, which the simulation decides)
 * and its hidden traits.
 *
 * @param profile        the customers.csv row with {@code endedOn} still empty
 * @param deliveryAmount mean amount of one delivery invoice; 0 for a subscription customer
 * @param inExperiment   whether its overdue invoices of the last 12 months were randomised
 */
public record SimulatedCustomer(Customer profile, HiddenTraits traits, double deliveryAmount, boolean inExperiment) {

    /** Billed per delivery (no monthly fee) rather than on the monthly cycle. */
    public boolean perDelivery() {
        return profile.monthlyFee() == null;
    }

    /** Actions the creditor can take for this customer: SMS needs a phone, e-mail an address. */
    public Set<DunningAction> reachableActions() {
        return DunningAction.reachable(profile.hasPhone(), profile.hasEmail());
    }

    /** The final customers.csv row, with the end date when it lies before the run date. */
    public Customer withEnd(LocalDate endedOn) {
        Customer c = profile;
        return new Customer(c.id(), c.createdOn(), endedOn, c.type(), c.country(), c.language(), c.postalCode(),
                c.birthYear(), c.paymentMethod(), c.email(), c.phone(), c.plan(), c.monthlyFee());
    }
}
