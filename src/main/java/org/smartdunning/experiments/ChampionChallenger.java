package org.smartdunning.experiments;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Judges a newly trained policy (the challenger) against the one in use (the champion) on the same logged
 * experiment decisions: both valued by the doubly robust estimator, their difference taken row by row
 * ({@link PairedDifference}), and the challenger put live only if that difference's one-sided 95% lower bound
 * is at least minus the rule's margin. Without closed logged decisions nothing can be shown: the champion stays.
 */
public final class ChampionChallenger {
    private ChampionChallenger() {
    }

    /**
     * @param meanAmount the mean amount of the logged decisions' invoices, which the margin is a share of
     * @param force      put the challenger live even where it is not shown non-inferior (the verdict says so)
     */
    public static PromotionVerdict judge(PromotionRule rule, List<LoggedDecision> logged, double meanAmount,
                                         String challengerName, TargetPolicy challenger,
                                         String championName, TargetPolicy champion, boolean force) {
        if (logged.isEmpty()) {
            return verdict(force, challengerName, championName, Optional.empty(), Optional.empty(), Optional.empty(),
                    Double.NaN, "there are no logged experiment decisions with closed outcomes to compare them on");
        }
        PolicyEstimate next = OffPolicyEvaluator.evaluate(challengerName, challenger, logged);
        PolicyEstimate now = OffPolicyEvaluator.evaluate(championName, champion, logged);
        PairedDifference d = PairedDifference.of(challengerName, challenger, championName, champion, logged);
        double margin = rule.margin(meanAmount);
        String figures = String.format(Locale.ROOT, "on %,d logged experiment decisions the challenger is worth %.2f"
                        + " per invoice and the champion %.2f (doubly robust); difference %+.2f, one-sided 95%% lower"
                        + " bound %+.2f, margin %.2f (%.2f%% of the mean amount %.2f)", d.rows(), next.dr().value(),
                now.dr().value(), d.dr().value(), d.lowerBound(), margin, 100 * rule.marginShare(), meanAmount);
        Optional<PolicyEstimate> values = Optional.of(next);
        if (d.lowerBound() >= -margin) {
            return new PromotionVerdict(PromotionVerdict.Outcome.PROMOTED, challengerName, Optional.of(championName),
                    values, Optional.of(now), Optional.of(d), margin, challengerName + " goes live: it is not worse"
                    + " than " + championName + " by more than the margin with 95% confidence (" + figures + ")");
        }
        return verdict(force, challengerName, championName, values, Optional.of(now), Optional.of(d), margin,
                "the lower bound is below minus the margin (" + figures + ")");
    }

    /** The champion stays, or on request the challenger goes live anyway; {@code why} it is not shown non-inferior. */
    private static PromotionVerdict verdict(boolean force, String challengerName, String championName,
                                            Optional<PolicyEstimate> next, Optional<PolicyEstimate> now,
                                            Optional<PairedDifference> d, double margin, String why) {
        String notShown = challengerName + " is not shown to be within the margin of " + championName
                + " with 95% confidence: " + why;
        return force
                ? new PromotionVerdict(PromotionVerdict.Outcome.FORCED, challengerName, Optional.of(championName), next,
                        now, d, margin, challengerName + " goes live on request, although " + notShown)
                : new PromotionVerdict(PromotionVerdict.Outcome.KEPT, challengerName, Optional.of(championName), next,
                        now, d, margin, championName + " stays live: " + notShown);
    }
}
