package org.smartdunning.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartdunning.history.DunningAction;

/** Champion and challenger on hand-made logged experiments: worse is kept out, better goes live, equal by the margin. */
class ChampionChallengerTest {
    private static final TargetPolicy ALWAYS_EMAIL = TargetPolicy.always(DunningAction.EMAIL);
    private static final TargetPolicy ALWAYS_NONE = TargetPolicy.always(DunningAction.NONE);
    private static final double MEAN_AMOUNT = 1000;

    /** 400 decisions randomised half and half between none and e-mail; an e-mail earns 100 ± 20, nothing 60 ± 20. */
    private static List<LoggedDecision> emailPays() {
        List<LoggedDecision> logged = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            DunningAction action = i % 2 == 0 ? DunningAction.EMAIL : DunningAction.NONE;
            double noise = (i / 2) % 2 == 0 ? 20 : -20;
            logged.add(new LoggedDecision(action, 0.5, (action == DunningAction.EMAIL ? 100 : 60) + noise));
        }
        return logged;
    }

    @Test
    void aChallengerClearlyWorseThanTheChampionIsNotPromotedAndTheReasonSaysWhy() {
        PromotionVerdict verdict = ChampionChallenger.judge(PromotionRule.DEFAULT, emailPays(), MEAN_AMOUNT,
                "challenger none", ALWAYS_NONE, "champion email", ALWAYS_EMAIL, false);

        assertThat(verdict.outcome()).isEqualTo(PromotionVerdict.Outcome.KEPT);
        assertThat(verdict.live()).isFalse();
        // IPS = DR here (no predictions): e-mail 2 x mean of the e-mail rows' rewards / 2 = 100, none 60
        assertThat(verdict.championValue().orElseThrow().dr().value()).isCloseTo(100, within(1e-9));
        assertThat(verdict.challengerValue().orElseThrow().dr().value()).isCloseTo(60, within(1e-9));
        PairedDifference d = verdict.difference().orElseThrow();
        assertThat(d.dr().value()).isCloseTo(-40, within(1e-9));
        assertThat(d.rows()).isEqualTo(400);
        assertThat(verdict.margin()).isCloseTo(10, within(1e-12));
        assertThat(verdict.reason()).startsWith("champion email stays live: challenger none is not shown to be within"
                + " the margin of champion email with 95% confidence")
                .contains("on 400 logged experiment decisions the challenger is worth 60.00 per invoice and the"
                        + " champion 100.00 (doubly robust); difference -40.00")
                .contains(String.format(java.util.Locale.ROOT, "lower bound %+.2f", d.lowerBound()))
                .contains("margin 10.00 (1.00% of the mean amount 1000.00)");
    }

    @Test
    void aChallengerClearlyBetterThanTheChampionGoesLive() {
        PromotionVerdict verdict = ChampionChallenger.judge(PromotionRule.DEFAULT, emailPays(), MEAN_AMOUNT,
                "challenger email", ALWAYS_EMAIL, "champion none", ALWAYS_NONE, false);

        assertThat(verdict.outcome()).isEqualTo(PromotionVerdict.Outcome.PROMOTED);
        assertThat(verdict.live()).isTrue();
        assertThat(verdict.difference().orElseThrow().lowerBound()).isGreaterThan(0);
        assertThat(verdict.reason()).startsWith("challenger email goes live: it is not worse than champion none by"
                + " more than the margin with 95% confidence");
    }

    @Test
    void equalWithinNoiseTheMarginDecides() {
        // the challenger departs from the champion (always e-mail) on every 10th row only, towards an action that
        // earns the same: the 40 differing rows differ by +-2 x 80, balanced, so the difference is 0 exactly
        List<LoggedDecision> logged = new ArrayList<>();
        List<Map<DunningAction, Double>> challenger = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            DunningAction action = (i / 10) % 2 == 0 ? DunningAction.EMAIL : DunningAction.NONE;
            logged.add(new LoggedDecision(action, 0.5, 80));
            challenger.add(Map.of(i % 10 == 0 ? DunningAction.NONE : DunningAction.EMAIL, 1.0));
        }
        TargetPolicy departs = TargetPolicy.of(challenger);

        PromotionVerdict withMargin = ChampionChallenger.judge(PromotionRule.DEFAULT, logged, MEAN_AMOUNT,
                "challenger", departs, "champion", ALWAYS_EMAIL, false);
        PromotionVerdict noMargin = ChampionChallenger.judge(new PromotionRule(0), logged, MEAN_AMOUNT,
                "challenger", departs, "champion", ALWAYS_EMAIL, false);

        PairedDifference d = withMargin.difference().orElseThrow();
        assertThat(d.dr().value()).isCloseTo(0, within(1e-9));
        // standard error sqrt(40 x 160^2 / 399 / 400) = 2.533: lower bound -4.17, above -10, below 0
        assertThat(d.lowerBound()).isCloseTo(-1.6448536269514722 * 160 * Math.sqrt(40.0 / 399 / 400), within(1e-9));
        assertThat(withMargin.outcome()).as("not worse by more than 1% of the amount").isEqualTo(PromotionVerdict.Outcome.PROMOTED);
        assertThat(noMargin.outcome()).as("a margin of 0 asks it to be proven better").isEqualTo(PromotionVerdict.Outcome.KEPT);
    }

    @Test
    void withoutClosedLoggedDecisionsTheChampionStaysUnlessForced() {
        PromotionVerdict kept = ChampionChallenger.judge(PromotionRule.DEFAULT, List.of(), MEAN_AMOUNT,
                "challenger", ALWAYS_EMAIL, "champion", ALWAYS_NONE, false);
        PromotionVerdict forced = ChampionChallenger.judge(PromotionRule.DEFAULT, List.of(), MEAN_AMOUNT,
                "challenger", ALWAYS_EMAIL, "champion", ALWAYS_NONE, true);

        assertThat(kept.outcome()).isEqualTo(PromotionVerdict.Outcome.KEPT);
        assertThat(kept.reason()).isEqualTo("champion stays live: challenger is not shown to be within the margin of"
                + " champion with 95% confidence: there are no logged experiment decisions with closed outcomes to"
                + " compare them on");
        assertThat(kept.difference()).isEmpty();
        assertThat(forced.outcome()).isEqualTo(PromotionVerdict.Outcome.FORCED);
        assertThat(forced.live()).isTrue();
        assertThat(forced.reason()).startsWith("challenger goes live on request, although challenger is not shown");
    }

    @Test
    void aForcedChallengerClearlyWorseGoesLiveWithItsFigures() {
        PromotionVerdict verdict = ChampionChallenger.judge(PromotionRule.DEFAULT, emailPays(), MEAN_AMOUNT,
                "challenger none", ALWAYS_NONE, "champion email", ALWAYS_EMAIL, true);

        assertThat(verdict.outcome()).isEqualTo(PromotionVerdict.Outcome.FORCED);
        assertThat(verdict.difference().orElseThrow().dr().value()).isCloseTo(-40, within(1e-9));
        assertThat(verdict.reason()).contains("difference -40.00");
    }

    @Test
    void theMarginIsAShareBetweenZeroAndOne() {
        assertThat(new PromotionRule(0.02).margin(500)).isCloseTo(10, within(1e-12));
        for (double wrong : new double[] {-0.01, 1.5, Double.NaN}) {
            assertThatThrownBy(() -> new PromotionRule(wrong)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("promotion margin must be a share between 0 and 1");
        }
    }
}
