package org.smartdunning.policy;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.economics.DecisionValue;
import org.smartdunning.economics.LifetimeValue;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.DunningAction;
import org.smartdunning.models.OutcomeModel;

/**
 * The simple policy the learned one improves on conservatively: the learned policy departs from
 * the reference's action only where the models are clearly better (see {@link ConservativeChoice}).
 * Chosen at training time as the best of the {@code history-rules} baseline and every fixed action
 * on the logged experiment.
 */
public interface ReferencePolicy {
    /** No reference: the learned policy takes the action of highest expected value everywhere. */
    String UNCONSTRAINED_NAME = "unconstrained";
    /** The name of a fixed action, e.g. {@code always email}; the prefix of {@link #always}. */
    String ALWAYS = "always ";
    ReferencePolicy UNCONSTRAINED = new Named(UNCONSTRAINED_NAME, (f, allowed) -> null);

    /** The name it is recorded under in provenance: {@code history-rules}, {@code always email}, {@code unconstrained}. */
    String name();

    /** Its action among the allowed ones; null when it has none there (the learned choice is then free). */
    DunningAction action(InvoiceFeatures features, Set<DunningAction> allowed);

    /** Scores a batch ahead of the per-invoice calls; a no-op unless the reference uses a model. */
    default void prepare(List<InvoiceFeatures> batch) {
    }

    /**
     * The same action for every invoice; where it cannot reach the customer a letter, which always
     * does (as the scorecard's fixed-action yardsticks do).
     */
    static ReferencePolicy always(DunningAction action) {
        return new Named(ALWAYS + action.key(), (f, allowed) -> allowed.contains(action) ? action
                : allowed.contains(DunningAction.LETTER) ? DunningAction.LETTER : null);
    }

    /** The action of highest expected value under {@code model} (the history-rules baseline), ties to the gentler action. */
    static ReferencePolicy bestUnder(String name, OutcomeModel model, BusinessSettings settings) {
        DecisionValue value = new DecisionValue(settings);
        LifetimeValue lifetime = new LifetimeValue(settings);
        return new ReferencePolicy() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public DunningAction action(InvoiceFeatures f, Set<DunningAction> allowed) {
                double clv = lifetime.of(f.monthlyValue(), model.payShare(f), model.remainingMonths(f));
                return allowed.stream().max(Comparator.<DunningAction>comparingDouble(
                                a -> value.of(a, f.amount(), clv, model.predict(f, a)))
                        .thenComparing(a -> -a.ordinal())).orElse(null);
            }

            @Override
            public void prepare(List<InvoiceFeatures> batch) {
                model.prepare(batch);
            }
        };
    }

    /**
     * The reference recorded under {@code name}: a fixed action, {@code rulesName} for the
     * baseline {@code rules}, anything else (or null) unconstrained.
     */
    static ReferencePolicy named(String name, String rulesName, OutcomeModel rules, BusinessSettings settings) {
        if (name == null) {
            return UNCONSTRAINED;
        }
        if (name.equals(rulesName)) {
            return bestUnder(rulesName, rules, settings);
        }
        for (DunningAction a : DunningAction.values()) {
            if (name.equals(ALWAYS + a.key())) {
                return always(a);
            }
        }
        return UNCONSTRAINED;
    }

    /** A reference given by a rule on the invoice's features and allowed actions. */
    record Named(String name, java.util.function.BiFunction<InvoiceFeatures, Set<DunningAction>, DunningAction> rule)
            implements ReferencePolicy {
        @Override
        public DunningAction action(InvoiceFeatures features, Set<DunningAction> allowed) {
            return rule.apply(features, allowed);
        }
    }
}
