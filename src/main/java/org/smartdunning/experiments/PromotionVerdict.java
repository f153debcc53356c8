package org.smartdunning.experiments;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a newly trained model went live, and why: the champion's and the challenger's doubly robust values
 * on the same logged experiment rows, their paired difference with its one-sided 95% lower bound, and the
 * margin it was held to. Estimates are absent where nothing was compared (no champion).
 *
 * @param outcome    what was done
 * @param challenger the new model's label
 * @param champion   the live model's label before; empty when there was none
 * @param margin     how much worse per invoice the challenger may be (NaN when nothing was compared)
 * @param reason     the verdict in one sentence, with its figures
 */
public record PromotionVerdict(Outcome outcome, String challenger, Optional<String> champion,
                               Optional<PolicyEstimate> challengerValue, Optional<PolicyEstimate> championValue,
                               Optional<PairedDifference> difference, double margin, String reason) {
    /** What became of the challenger. */
    public enum Outcome {
        /** No live model yet (or the live one retrained under its own key): the challenger goes live. */
        FIRST,
        /** Not worse than the champion by more than the margin, with 95% confidence: live. */
        PROMOTED,
        /** Not shown non-inferior: the champion stays live. */
        KEPT,
        /** Not shown non-inferior, but put live on request. */
        FORCED;

        /** The word stored and shown. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether the challenger is live after the verdict. */
    public boolean live() {
        return outcome != Outcome.KEPT;
    }

    /** The challenger goes live with nothing to compare it with. */
    public static PromotionVerdict first(String challenger, String why) {
        return new PromotionVerdict(Outcome.FIRST, challenger, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Double.NaN, challenger + " goes live: " + why);
    }
}
