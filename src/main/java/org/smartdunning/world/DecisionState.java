package org.smartdunning.world;

/**
 * The hidden state of a customer when an overdue invoice is decided, 14 days after its due date.
 *
 * @param able    whether the customer could pay this month (then it merely forgot)
 * @param ability the ability logit of this month
 */
public record DecisionState(boolean able, double ability) {
}
