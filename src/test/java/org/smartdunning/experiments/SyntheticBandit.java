package org.smartdunning.experiments;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.smartdunning.history.DunningAction;

/**
 * A contextual bandit with known true values: 3 invoice types, 5 actions, reward = amount if a
 * Bernoulli payment happens, minus the action's cost, plus Gaussian noise. Invoices whose customer
 * has no phone or e-mail allow only none, letter and collection. The logging policy is uniform
 * over the allowed actions (propensity 1/5 or 1/3).
 */
final class SyntheticBandit {
    static final DunningAction[] ACTIONS = DunningAction.values();
    static final double[] TYPE_SHARE = {0.5, 0.3, 0.2};
    /** Share of invoices whose customer can be reached by SMS and e-mail. */
    static final double REACHABLE_SHARE = 0.7;
    static final double[] AMOUNT = {100, 300, 50};
    /** P(pay | type, action) in the order none, sms, email, letter, collection. */
    static final double[][] PAY = {
        {0.50, 0.70, 0.65, 0.75, 0.85},
        {0.30, 0.40, 0.45, 0.55, 0.80},
        {0.80, 0.85, 0.90, 0.85, 0.90}};
    static final double[] COST = {0, 0.60, 0.05, 11, 40};
    static final double NOISE_SD = 5;

    /** One invoice: its type and whether all five actions are allowed. */
    record Invoice(int type, boolean reachable) {
        List<DunningAction> allowed() {
            return reachable ? List.of(ACTIONS)
                    : List.of(DunningAction.NONE, DunningAction.LETTER, DunningAction.COLLECTION);
        }
    }

    /** The logged sample and the invoices behind it, aligned. */
    record Sample(List<Invoice> invoices, List<LoggedDecision> logged) {
        List<Map<DunningAction, Double>> target(Function<Invoice, Map<DunningAction, Double>> policy) {
            return invoices.stream().map(policy).toList();
        }
    }

    /** An outcome model's prediction for an invoice and action. */
    interface RewardModel {
        double predict(Invoice invoice, DunningAction action);
    }

    private SyntheticBandit() {
    }

    static double trueMean(int type, DunningAction a) {
        return AMOUNT[type] * PAY[type][a.ordinal()] - COST[a.ordinal()];
    }

    /** Close to the truth, with a small systematic error, as a decent cross-fitted model would be. */
    static final RewardModel GOOD_MODEL = (inv, a) -> trueMean(inv.type(), a) + 3 * ((inv.type() + a.ordinal()) % 3 - 1);
    /** Badly wrong: the truth turned upside down and shifted, so its ranking is reversed. */
    static final RewardModel WRONG_MODEL = (inv, a) -> 120 - trueMean(inv.type(), a);

    /** The true value per invoice of a policy: the population average of sum_a pi(a|x) mean(x,a). */
    static double trueValue(Function<Invoice, Map<DunningAction, Double>> policy) {
        double value = 0;
        for (int type = 0; type < TYPE_SHARE.length; type++) {
            for (boolean reachable : new boolean[] {true, false}) {
                double share = TYPE_SHARE[type] * (reachable ? REACHABLE_SHARE : 1 - REACHABLE_SHARE);
                Invoice inv = new Invoice(type, reachable);
                for (Map.Entry<DunningAction, Double> e : policy.apply(inv).entrySet()) {
                    value += share * e.getValue() * trueMean(type, e.getKey());
                }
            }
        }
        return value;
    }

    static Sample draw(long seed, int n, RewardModel model) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Invoice> invoices = new ArrayList<>(n);
        List<LoggedDecision> logged = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Invoice inv = new Invoice(type(random.nextDouble()), random.nextDouble() < REACHABLE_SHARE);
            List<DunningAction> allowed = inv.allowed();
            DunningAction a = allowed.get(random.nextInt(allowed.size()));
            double reward = (random.nextDouble() < PAY[inv.type()][a.ordinal()] ? AMOUNT[inv.type()] : 0)
                    - COST[a.ordinal()] + NOISE_SD * random.nextGaussian();
            Map<DunningAction, Double> predicted = new EnumMap<>(DunningAction.class);
            if (model != null) {
                allowed.forEach(b -> predicted.put(b, model.predict(inv, b)));
            }
            invoices.add(inv);
            logged.add(new LoggedDecision(a, 1.0 / allowed.size(), reward, predicted));
        }
        return new Sample(invoices, logged);
    }

    private static int type(double u) {
        double cumulative = 0;
        for (int type = 0; type < TYPE_SHARE.length - 1; type++) {
            cumulative += TYPE_SHARE[type];
            if (u < cumulative) {
                return type;
            }
        }
        return TYPE_SHARE.length - 1;
    }

    // --- target policies, as functions of the invoice ---

    /** Deterministic: SMS to reachable ordinary invoices, a letter to large ones, nothing to small ones. */
    static Map<DunningAction, Double> rule(Invoice inv) {
        DunningAction a = switch (inv.type()) {
            case 0 -> inv.reachable() ? DunningAction.SMS : DunningAction.LETTER;
            case 1 -> DunningAction.LETTER;
            default -> DunningAction.NONE;
        };
        return Map.of(a, 1.0);
    }

    static Map<DunningAction, Double> standard(Invoice inv) {
        return Map.of(DunningAction.COLLECTION, 1.0);
    }

    /** Stochastic: mostly gentle reminders, some collection; only allowed actions. */
    static Map<DunningAction, Double> stochastic(Invoice inv) {
        return inv.reachable()
                ? Map.of(DunningAction.SMS, 0.4, DunningAction.EMAIL, 0.2, DunningAction.LETTER, 0.2,
                        DunningAction.COLLECTION, 0.2)
                : Map.of(DunningAction.NONE, 0.3, DunningAction.LETTER, 0.5, DunningAction.COLLECTION, 0.2);
    }

    /** The logging policy itself: uniform over the allowed actions. */
    static Map<DunningAction, Double> logging(Invoice inv) {
        Map<DunningAction, Double> pi = new EnumMap<>(DunningAction.class);
        inv.allowed().forEach(a -> pi.put(a, 1.0 / inv.allowed().size()));
        return pi;
    }
}
