package org.smartdunning.experiments;

import java.util.List;
import java.util.Map;
import org.smartdunning.history.DunningAction;

/** The policy being evaluated: its probability of each action for logged decision {@code index}. */
@FunctionalInterface
public interface TargetPolicy {

    /** Probabilities of the actions for logged decision {@code index}; absent actions have probability 0. */
    Map<DunningAction, Double> probabilities(int index);

    /** The probability of one action for logged decision {@code index}. */
    default double probability(int index, DunningAction action) {
        return probabilities(index).getOrDefault(action, 0.0);
    }

    /** Probabilities given per logged decision, aligned with the logged list. */
    static TargetPolicy of(List<Map<DunningAction, Double>> rows) {
        List<Map<DunningAction, Double>> copy = List.copyOf(rows);
        return copy::get;
    }

    /** A deterministic policy: exactly one action per logged decision, aligned with the logged list. */
    static TargetPolicy deterministic(List<DunningAction> actions) {
        List<Map<DunningAction, Double>> rows = actions.stream().map(a -> Map.of(a, 1.0)).toList();
        return rows::get;
    }

    /** The same action for every invoice. */
    static TargetPolicy always(DunningAction action) {
        Map<DunningAction, Double> row = Map.of(action, 1.0);
        return index -> row;
    }

    /** The contract's standard process: every invoice still unpaid goes to collection. */
    static TargetPolicy standardProcess() {
        return always(DunningAction.COLLECTION);
    }
}
