package org.smartdunning.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.features.FeatureExtractor;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.models.HistoryRulesModel;
import org.smartdunning.models.TrainOutcomeModels;
import org.smartdunning.policy.AllowedActions;
import org.smartdunning.policy.ReferencePolicy;
import org.smartdunning.testing.HistoryBuilder;

class ReferenceChoiceTest {
    static final LocalDate D = LocalDate.of(2026, 6, 1);

    static final CreditorHistory HISTORY = new HistoryBuilder()
            .customer("C", LocalDate.of(2024, 1, 1), true, true, 100)
            .invoice("OPEN", "C", D.minusDays(14), 500).build();
    static final InvoiceFeatures INVOICE = new FeatureExtractor(HISTORY).extract(HISTORY.invoice(new InvoiceId("OPEN")), D);
    static final HistoryRulesModel RULES = TrainOutcomeModels.fallback(HISTORY, D, BusinessSettings.DEFAULTS);

    /**
     * A uniform five-arm experiment in which {@code winner} earns 100 more than every other action,
     * with noise, and an outcome model that knows the means.
     */
    static LoggedExperiment experiment(DunningAction winner, int n) {
        return experiment(winner, n, 100);
    }

    /** The same with {@code margin} instead of 100 between the winner and the rest. */
    static LoggedExperiment experiment(DunningAction winner, int n, double margin) {
        SplittableRandom random = new SplittableRandom(42);
        List<InvoiceFeatures> features = new ArrayList<>();
        List<LoggedDecision> logged = new ArrayList<>();
        DunningAction[] arms = DunningAction.values();
        Map<DunningAction, Double> means = new java.util.EnumMap<>(DunningAction.class);
        for (DunningAction a : arms) {
            means.put(a, a == winner ? 200.0 + margin : 200.0);
        }
        for (int i = 0; i < n; i++) {
            DunningAction a = arms[random.nextInt(arms.length)];
            double reward = means.get(a) + 20 * random.nextGaussian();
            features.add(INVOICE);
            logged.add(new LoggedDecision(a, 0.2, reward, means));
        }
        return new LoggedExperiment(features, new int[n], logged);
    }

    @Test
    void keepsTheBaselineWhenNoFixedActionIsClearlyBetter() {
        // SMS is better by 5 per invoice, but on 300 decisions with noise 20 that is within the uncertainty (about 3.6)
        ReferenceChoice choice = ReferenceChoice.of(experiment(DunningAction.SMS, 300, 5), RULES, BusinessSettings.DEFAULTS);

        assertThat(choice.estimate("always sms").orElseThrow().dr().value())
                .as("the plain best estimate would have picked SMS")
                .isGreaterThan(choice.estimate("history-rules").orElseThrow().dr().value());
        assertThat(choice.chosen().name()).isEqualTo("history-rules");
    }

    @Test
    void picksTheCandidateOfHighestDoublyRobustValue() {
        assertThat(ReferencePolicy.bestUnder("history-rules", RULES, BusinessSettings.DEFAULTS)
                .action(INVOICE, AllowedActions.of(INVOICE))).as("the baseline does not already send an SMS")
                .isNotEqualTo(DunningAction.SMS);

        ReferenceChoice choice = ReferenceChoice.of(experiment(DunningAction.SMS, 2000), RULES, BusinessSettings.DEFAULTS);

        assertThat(choice.chosen().name()).isEqualTo("always sms");
        assertThat(choice.estimates()).extracting(PolicyEstimate::policy).containsExactly("history-rules",
                "always none", "always sms", "always email", "always letter", "always collection");
        assertThat(choice.estimate("always sms").orElseThrow().dr().value()).isBetween(290.0, 310.0);
        assertThat(choice.estimate("always none").orElseThrow().dr().value()).isBetween(190.0, 210.0);
    }

    @Test
    void aFixedActionTheLogRarelyCoversIsNoCandidateHoweverGoodItsModelSaysItIs() {
        // a cold start: the baseline's own action with certainty, a rare one tried with probability 1/2 on a tenth,
        // and an outcome model that puts the rare one 100 above the rest, which its few rows cannot check
        SplittableRandom random = new SplittableRandom(7);
        DunningAction usual = ReferencePolicy.bestUnder("history-rules", RULES, BusinessSettings.DEFAULTS)
                .action(INVOICE, AllowedActions.of(INVOICE));
        DunningAction rare = usual == DunningAction.SMS ? DunningAction.EMAIL : DunningAction.SMS;
        Map<DunningAction, Double> believed = new java.util.EnumMap<>(DunningAction.class);
        for (DunningAction a : DunningAction.values()) {
            believed.put(a, a == rare ? 300.0 : 200.0);
        }
        List<InvoiceFeatures> features = new ArrayList<>();
        List<LoggedDecision> logged = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            boolean tried = i % 10 == 0 && random.nextBoolean();
            DunningAction a = tried ? rare : usual;
            features.add(INVOICE);
            // the rare action truly earns what the model says where it was tried: the error is where it never went
            logged.add(new LoggedDecision(a, tried ? 0.5 : 1.0, believed.get(a) + 20 * random.nextGaussian(), believed));
        }
        ReferenceChoice choice = ReferenceChoice.of(new LoggedExperiment(features, new int[features.size()], logged),
                RULES, BusinessSettings.DEFAULTS);

        assertThat(choice.differences().get(rare.ordinal()).lowerBound()).as("the paired interval alone would pick it")
                .isGreaterThan(0);
        assertThat(choice.coverage().get(rare.ordinal())).as("tried on about 5% with probability 1/2").isBetween(0.05, 0.15);
        assertThat(choice.chosen().name()).isEqualTo("history-rules");
    }

    @Test
    void coverageCountsOnlyTheInvoicesWhereTheCandidateDepartsFromTheBaseline() {
        // the baseline itself decided: collection on the first 15 invoices, none on the other 85, each with probability 1
        int n = 100;
        List<DunningAction> baseline = new ArrayList<>();
        double[] noneWeights = new double[n];
        for (int i = 0; i < n; i++) {
            DunningAction a = i < 15 ? DunningAction.COLLECTION : DunningAction.NONE;
            baseline.add(a);
            noneWeights[i] = a == DunningAction.NONE ? 1 : 0;
        }
        TargetPolicy rules = TargetPolicy.deterministic(baseline);
        TargetPolicy alwaysNone = TargetPolicy.always(DunningAction.NONE);
        // over all invoices "always none" looks covered (0.85), but its difference lives on the 15 it never logged
        assertThat(java.util.Arrays.stream(noneWeights).average().orElseThrow()).isEqualTo(0.85);
        assertThat(ReferenceChoice.coverageWhereDifferent(noneWeights, alwaysNone, rules, n)).isZero();
        // where none was tried at random on those 15 (probability 1/2, tried on 8), it is covered there
        for (int i = 0; i < 15; i++) {
            noneWeights[i] = i < 8 ? 2 : 0;
        }
        assertThat(ReferenceChoice.coverageWhereDifferent(noneWeights, alwaysNone, rules, n)).isEqualTo(16.0 / 15);
        // a candidate that never departs from the baseline needs no coverage
        assertThat(ReferenceChoice.coverageWhereDifferent(new double[n], rules, rules, n)).isEqualTo(1.0);
    }

    @Test
    void aRandomisedExperimentCoversEveryFixedAction() {
        ReferenceChoice choice = ReferenceChoice.of(experiment(DunningAction.SMS, 2000), RULES, BusinessSettings.DEFAULTS);

        assertThat(choice.coverage()).hasSize(DunningAction.values().length)
                .allSatisfy(c -> assertThat(c).isBetween(0.85, 1.15));
        assertThat(choice.chosen().name()).as("and so a clearly better one is still chosen").isEqualTo("always sms");
    }

    @Test
    void withoutAnExperimentThereIsNoReference() {
        ReferenceChoice choice = ReferenceChoice.of(new LoggedExperiment(List.of(), new int[0], List.of()), RULES,
                BusinessSettings.DEFAULTS);

        assertThat(choice.chosen()).isSameAs(ReferencePolicy.UNCONSTRAINED);
        assertThat(choice.estimates()).isEmpty();
    }
}
