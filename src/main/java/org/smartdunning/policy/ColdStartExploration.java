package org.smartdunning.policy;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.economics.DecisionValue;
import org.smartdunning.economics.LifetimeValue;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.DunningAction;
import org.smartdunning.models.OutcomeModel;

/**
 * Tries the actions the creditor's log holds too few of, which the models therefore cannot learn and
 * Thompson sampling never picks (a never-logged action has no uncertainty to sample from). Within a
 * stated budget: of each batch, at most {@code share} of the invoices are tried on a thin action,
 * split evenly among the thin actions. For each thin action the invoices where trying it costs least
 * by the {@code rules} model (its value below that model's best action) form a pool twice the action's
 * quota; a seeded half of the pool, drawn without replacement, gets the action. So every pool member
 * had probability 1/2 of being tried, and the logged propensity says so: the tried and the untried
 * half are a randomised experiment on the cheapest invoices.
 *
 * @param share     largest share of a batch's invoices tried on thin actions
 * @param minLogged an action logged, with its payment known, fewer times than this is thin
 * @param seed      seed of the draws; with the batch's invoice ids and day, decisions replay
 */
public record ColdStartExploration(double share, int minLogged, long seed) implements Serializable {
    /** Default budget: up to 10% of each day's overdue invoices; see the README's learn section for the cost measured. */
    public static final double DEFAULT_SHARE = 0.10;
    /** Default: an action is thin until the log holds 200 of it with the payment known. */
    public static final int DEFAULT_MIN_LOGGED = 200;
    /** No cold-start exploration: nothing is tried and no action counts as thin. */
    public static final ColdStartExploration OFF = new ColdStartExploration(0, 0, 0);
    /** How the reason of a decision that tried a thin action begins. */
    public static final String TRIED = "tried ";
    /** Every pool member is tried with this probability. */
    static final double TRY_PROBABILITY = 0.5;

    public ColdStartExploration {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("cold-start exploration share must be within [0, 1], was " + share);
        }
        if (minLogged < 0) {
            throw new IllegalArgumentException("cold-start minimum logged actions must be non-negative, was " + minLogged);
        }
    }

    /** The actions logged fewer than {@link #minLogged} times, in enum order. */
    public Set<DunningAction> thin(Map<DunningAction, Integer> logged) {
        Set<DunningAction> thin = EnumSet.noneOf(DunningAction.class);
        for (DunningAction a : DunningAction.values()) {
            if (logged.getOrDefault(a, 0) < minLogged) {
                thin.add(a);
            }
        }
        return thin;
    }

    /**
     * The policy's decisions with a thin action tried on the cheapest invoices of the batch.
     *
     * @param batch    the invoices, in the order of {@code decided}
     * @param decided  the policy's decisions on them (their propensities are the policy's own)
     * @param thin     actions to try (see {@link #thin})
     * @param rules    the model the cost of trying is judged by (the history-rules baseline)
     */
    public List<Decision> apply(List<InvoiceFeatures> batch, List<Decision> decided, Set<DunningAction> thin,
                                OutcomeModel rules, BusinessSettings settings) {
        return apply(batch, decided, thin, rules, settings, AllowedActions::of);
    }

    /** The same where {@code allowed} gives each invoice's actions (a workflow stage's, reachable and lawful). */
    public List<Decision> apply(List<InvoiceFeatures> batch, List<Decision> decided, Set<DunningAction> thin,
                                OutcomeModel rules, BusinessSettings settings,
                                Function<InvoiceFeatures, Set<DunningAction>> allowed) {
        if (batch.size() != decided.size()) {
            throw new IllegalArgumentException(batch.size() + " invoices but " + decided.size() + " decisions");
        }
        List<Draw> draws = draws(batch, thin, rules, settings, allowed);
        List<Decision> out = new ArrayList<>(decided.size());
        for (int i = 0; i < batch.size(); i++) {
            out.add(draws.get(i) == null ? decided.get(i) : drawn(decided.get(i), draws.get(i), thin.size()));
        }
        return out;
    }

    /** Whether the decision tried a thin action. */
    public static boolean tried(Decision d) {
        return d.reason().startsWith(TRIED);
    }

    /** An invoice in the pool of a thin action, and whether the draw tried the action on it. */
    public record Draw(DunningAction action, boolean tried) implements Serializable {
    }

    /**
     * What trying each action costs on one invoice of the batch (by the rules model, against its best
     * action; +inf where not allowed) and which actions it allows: the draw's input, so a batch decided in
     * parts (a giant creditor's customers on Spark) is drawn over whole, as {@link #apply} draws it.
     */
    public record Trial(String invoiceId, Set<DunningAction> permitted, double[] cost) implements Serializable {
        public Trial {
            permitted = permitted.isEmpty() ? EnumSet.noneOf(DunningAction.class) : EnumSet.copyOf(permitted);
            cost = cost.clone();
        }
    }

    /**
     * Per invoice, the pool it is in and the draw, or null outside every pool; at most {@code share} of
     * the batch is tried in all.
     */
    List<Draw> draws(List<InvoiceFeatures> batch, Set<DunningAction> thin, OutcomeModel rules,
                     BusinessSettings settings, Function<InvoiceFeatures, Set<DunningAction>> allowed) {
        if (thin.isEmpty() || batch.isEmpty() || share == 0) {
            return new ArrayList<>(Collections.nCopies(batch.size(), null));
        }
        return draws(trials(batch, rules, settings, allowed), thin, batch.get(0).decideOn());
    }

    /**
     * Per trial, in their order, the pool it is in and the draw, or null outside every pool: the draw over a
     * whole batch whose trials were worked out in parts.
     *
     * @param trials   every invoice of the batch still open ({@link #trials}), in any order: the pools are
     *                 ranked by cost, then invoice id
     * @param firstDay the decision day of the batch's first open invoice, which seeds the draw
     */
    public List<Draw> draws(List<Trial> trials, Set<DunningAction> thin, LocalDate firstDay) {
        List<Draw> draws = new ArrayList<>(Collections.nCopies(trials.size(), null));
        if (thin.isEmpty() || trials.isEmpty() || share == 0) {
            return draws;
        }
        int quota = (int) Math.floor(share * trials.size() / thin.size());
        boolean[] inPool = new boolean[trials.size()];
        // in action order: the first action's pool takes the cheapest invoices, so the order decides
        for (DunningAction action : DunningAction.ordered(thin)) {
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < trials.size(); i++) {
                if (!inPool[i] && trials.get(i).permitted().contains(action)) {
                    candidates.add(i);
                }
            }
            candidates.sort(Comparator.<Integer>comparingDouble(i -> trials.get(i).cost()[action.ordinal()])
                    .thenComparing(i -> trials.get(i).invoiceId()));
            List<Integer> pool = new ArrayList<>(candidates.subList(0, Math.min(2 * quota, candidates.size())));
            pool.forEach(i -> inPool[i] = true);
            Collections.shuffle(pool, new java.util.Random(new SplittableRandom(seed * 1_000_003L + action.ordinal() * 7919L
                    + firstDay.toEpochDay()).nextLong()));
            for (int k = 0; k < pool.size(); k++) {
                draws.set(pool.get(k), new Draw(action, k < pool.size() / 2));
            }
        }
        return draws;
    }

    /**
     * Per invoice, the value the rules model gives up by each action against its best (+inf where not
     * allowed), and the actions allowed: what the draw needs of the invoice, nothing else.
     */
    public List<Trial> trials(List<InvoiceFeatures> batch, OutcomeModel rules, BusinessSettings settings,
                              Function<InvoiceFeatures, Set<DunningAction>> allowed) {
        DecisionValue value = new DecisionValue(settings);
        LifetimeValue lifetime = new LifetimeValue(settings);
        rules.prepare(batch);
        List<Trial> trials = new ArrayList<>(batch.size());
        for (InvoiceFeatures f : batch) {
            double[] cost = new double[DunningAction.values().length];
            double clv = lifetime.of(f.monthlyValue(), rules.payShare(f), rules.remainingMonths(f));
            Set<DunningAction> permitted = allowed.apply(f);
            double best = Double.NEGATIVE_INFINITY;
            for (DunningAction a : DunningAction.values()) {
                cost[a.ordinal()] = permitted.contains(a) ? value.of(a, f.amount(), clv, rules.predict(f, a))
                        : Double.NEGATIVE_INFINITY;
                best = Math.max(best, cost[a.ordinal()]);
            }
            for (DunningAction a : DunningAction.values()) {
                cost[a.ordinal()] = best - cost[a.ordinal()];
            }
            trials.add(new Trial(f.invoiceId().value(), permitted, cost));
        }
        return trials;
    }

    /**
     * A pool member's decision, logged with the probability of its action: the draw's half for the thin
     * action plus the other half times the policy's own chance of it (taken as 0 for a thin action the
     * policy did not pick: Thompson sampling gives a never-learned action next to no chance).
     */
    public Decision drawn(Decision policy, Draw draw, int thinActions) {
        DunningAction action = draw.tried() ? draw.action() : policy.action();
        double own = policy.action() == action ? policy.propensity() : 0;
        double propensity = (action == draw.action() ? TRY_PROBABILITY : 0) + (1 - TRY_PROBABILITY) * own;
        if (!draw.tried()) {
            return new Decision(policy.invoiceId(), policy.decideOn(), action, propensity, policy.clv(),
                    policy.candidates(), policy.reason() + String.format(Locale.ROOT, "; kept with probability %.2f in a"
                    + " draw that tried %s on half of the invoices where it costs least", propensity, draw.action().key()),
                    policy.provenance());
        }
        String reason = TRIED + String.format(Locale.ROOT, "%s with probability %.2f: logged too rarely to learn (fewer than"
                + " %,d times; %d action(s) so), among the invoices where trying it costs least; the policy's choice was %s",
                action.key(), propensity, minLogged, thinActions, policy.action().key());
        return new Decision(policy.invoiceId(), policy.decideOn(), action, propensity, policy.clv(), policy.candidates(),
                reason, policy.provenance());
    }
}
