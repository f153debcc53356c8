package org.smartdunning.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.DunningAction;

/**
 * Tries the actions the creditor's log holds too few of, which the models therefore cannot learn and
 * Thompson sampling never picks (a never-logged action has no uncertainty to sample from). Within a
 * stated budget: {@code share} of the invoices in expectation, split evenly among the thin actions,
 * each tried on a uniform random sample of the invoices it may be taken on, and the logged
 * propensity says so. The tried invoices are a random sample
 * of all, so each thin arm is learned, and the reference policy judged, on invoices like those it will
 * decide, not on a corner of them (see {@link #draws}).
 *
 * @param share     share of the invoices tried on thin actions, in expectation
 * @param minLogged an action logged, with its payment known, fewer times than this is thin
 * @param seed      seed of the draws; with the batch's invoice ids and day, decisions replay
 */
public record ColdStartExploration(double share, int minLogged, long seed) {
    /** Default budget: up to 10% of each day's overdue invoices; see the README's learn section for the cost measured. */
    public static final double DEFAULT_SHARE = 0.10;
    /** Default: an action is thin until the log holds 200 of it with the payment known. */
    public static final int DEFAULT_MIN_LOGGED = 200;
    /** No cold-start exploration: nothing is tried and no action counts as thin. */
    public static final ColdStartExploration OFF = new ColdStartExploration(0, 0, 0);
    /** How the reason of a decision that tried a thin action begins. */
    public static final String TRIED = "tried ";

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
     * The policy's decisions with the thin actions tried on a random share of the batch.
     *
     * @param batch    the invoices, in the order of {@code decided}
     * @param decided  the policy's decisions on them (their propensities are the policy's own)
     * @param thin     actions to try (see {@link #thin})
     */
    public List<Decision> apply(List<InvoiceFeatures> batch, List<Decision> decided, Set<DunningAction> thin) {
        return apply(batch, decided, thin, AllowedActions::of);
    }

    /** The same where {@code allowed} gives each invoice's actions (a workflow stage's, reachable and lawful). */
    public List<Decision> apply(List<InvoiceFeatures> batch, List<Decision> decided, Set<DunningAction> thin,
                                Function<InvoiceFeatures, Set<DunningAction>> allowed) {
        if (batch.size() != decided.size()) {
            throw new IllegalArgumentException(batch.size() + " invoices but " + decided.size() + " decisions");
        }
        List<Draw> draws = draws(batch, thin, allowed);
        List<Decision> out = new ArrayList<>(decided.size());
        for (int i = 0; i < batch.size(); i++) {
            out.add(draws.get(i) == null ? decided.get(i) : mixed(decided.get(i), draws.get(i), thin.size()));
        }
        return out;
    }

    /** Whether the decision tried a thin action. */
    public static boolean tried(Decision d) {
        return d.reason().startsWith(TRIED);
    }

    /**
     * An invoice's draw: the thin action it would be tried on, whether it was, and the probability with
     * which each of its thin actions is tried.
     */
    record Draw(DunningAction action, boolean tried, Map<DunningAction, Double> chances) {
        double chance(DunningAction a) {
            return chances.getOrDefault(a, 0.0);
        }
    }

    /**
     * Per invoice with an allowed thin action, its draw, else null. Each thin action gets an equal part
     * of the budget, {@code share} of the batch over the thin actions, spread uniformly over the
     * invoices it may be taken on (SMS over those with a phone number), so every thin action gathers
     * data at the same pace; an invoice is tried on at most one. Every invoice can be drawn, so every
     * allowed action has a positive logged propensity everywhere: an arm learned on the cheapest
     * invoices only (as this class did before) extrapolated its effect to invoices unlike them, and the
     * reference policy's doubly robust comparison rested on that extrapolation where the arm was never
     * logged (email-first, see the README's learn section).
     */
    List<Draw> draws(List<InvoiceFeatures> batch, Set<DunningAction> thin,
                     Function<InvoiceFeatures, Set<DunningAction>> allowed) {
        List<Draw> draws = new ArrayList<>(Collections.nCopies(batch.size(), null));
        if (thin.isEmpty() || batch.isEmpty() || share == 0) {
            return draws;
        }
        List<Set<DunningAction>> permitted = batch.stream().map(allowed).toList();
        Map<DunningAction, Double> rate = new EnumMap<>(DunningAction.class);
        for (DunningAction a : thin) {
            long reachable = permitted.stream().filter(p -> p.contains(a)).count();
            if (reachable > 0) {
                rate.put(a, Math.min(1, share * batch.size() / thin.size() / reachable));
            }
        }
        for (int i = 0; i < batch.size(); i++) {
            Map<DunningAction, Double> chances = new EnumMap<>(DunningAction.class);
            double total = 0;
            for (DunningAction a : DunningAction.values()) {
                if (rate.containsKey(a) && permitted.get(i).contains(a)) {
                    chances.put(a, rate.get(a));
                    total += rate.get(a);
                }
            }
            if (chances.isEmpty()) {
                continue;
            }
            double scale = Math.min(1, 1 / total); // an invoice is tried on one action at most
            chances.replaceAll((a, c) -> c * scale);
            InvoiceFeatures f = batch.get(i);
            double u = new SplittableRandom(seed * 1_000_003L + f.invoiceId().value().hashCode() * 31L
                    + f.decideOn().toEpochDay()).nextDouble();
            DunningAction action = null;
            double cumulative = 0;
            for (Map.Entry<DunningAction, Double> c : chances.entrySet()) {
                cumulative += c.getValue();
                if (action == null && u < cumulative) {
                    action = c.getKey();
                }
            }
            draws.set(i, new Draw(action == null ? chances.keySet().iterator().next() : action, action != null, chances));
        }
        return draws;
    }

    /**
     * A drawn invoice's decision, logged with the probability of its action: the draw's chance of
     * trying it plus the rest times the policy's own chance of it (taken as 0 for a thin action the
     * policy did not pick: Thompson sampling gives a never-learned action next to no chance).
     */
    private Decision mixed(Decision policy, Draw draw, int thinActions) {
        DunningAction action = draw.tried() ? draw.action() : policy.action();
        double own = policy.action() == action ? policy.propensity() : 0;
        double tried = draw.chances().values().stream().mapToDouble(Double::doubleValue).sum();
        double propensity = draw.chance(action) + (1 - tried) * own;
        if (!draw.tried()) {
            return new Decision(policy.invoiceId(), policy.decideOn(), action, propensity, policy.clv(),
                    policy.candidates(), policy.reason() + String.format(Locale.ROOT, "; kept with probability %.4f in a"
                    + " draw that tries %s at random with probability %s", propensity,
                    draw.chances().keySet().stream().map(DunningAction::key).collect(Collectors.joining(" ")),
                    draw.chances().values().stream().map(c -> String.format(Locale.ROOT, "%.4f", c))
                            .collect(Collectors.joining(" "))), policy.provenance());
        }
        String reason = TRIED + String.format(Locale.ROOT, "%s with probability %.4f: logged too rarely to learn (fewer than"
                + " %,d times; %d action(s) so), drawn at random; the policy's choice was %s",
                action.key(), propensity, minLogged, thinActions, policy.action().key());
        return new Decision(policy.invoiceId(), policy.decideOn(), action, propensity, policy.clv(), policy.candidates(),
                reason, policy.provenance());
    }
}
