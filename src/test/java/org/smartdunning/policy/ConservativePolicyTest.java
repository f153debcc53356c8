package org.smartdunning.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartdunning.policy.HalvesModel.p;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.DunningAction;

class ConservativePolicyTest {
    static final ReferencePolicy ALWAYS_NONE = ReferencePolicy.always(DunningAction.NONE);

    /**
     * CLV 720 (fee 100, pay share 0.95, 24 months). None is worth 363.20. The halves agree that
     * e-mail gains about 25 over none (spread 5); they disagree on SMS (mean gain 11.90, spread 62.50).
     */
    static HalvesModel halves() {
        return new HalvesModel(Map.of(
                DunningAction.NONE, List.of(p(0.80, 0.05, 0.01), p(0.80, 0.05, 0.01)),
                DunningAction.EMAIL, List.of(p(0.86, 0.05, 0.01), p(0.84, 0.05, 0.01)),
                DunningAction.SMS, List.of(p(0.95, 0.05, 0.01), p(0.70, 0.05, 0.01)),
                DunningAction.LETTER, List.of(p(0.80, 0.15, 0.05), p(0.80, 0.15, 0.05)),
                DunningAction.COLLECTION, List.of(p(0.95, 0.25, 0.10), p(0.95, 0.25, 0.10))), 24);
    }

    static InvoiceFeatures invoice(String id, boolean email, boolean phone) {
        return OverdueInvoice.features(id, email, phone);
    }

    @Test
    void fallsBackToTheReferenceWhereTheAdvantageIsWithinTheUncertainty() {
        ExpectedValuePolicy policy = new ExpectedValuePolicy(halves(), BusinessSettings.DEFAULTS, Exploration.NONE,
                ALWAYS_NONE);

        Decision d = policy.decide(invoice("SMS-ONLY", false, true));

        assertThat(d.candidate(DunningAction.SMS).orElseThrow().value())
                .as("SMS has the highest expected value").isGreaterThan(d.candidate(DunningAction.NONE).orElseThrow().value());
        assertThat(d.action()).as("but its gain of 11.90 is within the halves' spread of 62.50").isEqualTo(DunningAction.NONE);
        assertThat(d.propensity()).isEqualTo(1.0);
        assertThat(d.reason()).startsWith("none is the reference policy's action (always none, expected value 363.20);"
                + " best sms 375.10, its advantage +11.90 is not certain enough (lower bound -50.60, uncertainty 62.50)");
    }

    @Test
    void takesTheLearnedActionWhereItIsClearlyBetter() {
        ExpectedValuePolicy policy = new ExpectedValuePolicy(halves(), BusinessSettings.DEFAULTS, Exploration.NONE,
                ALWAYS_NONE);

        Decision d = policy.decide(invoice("BOTH", true, true));

        assertThat(d.action()).as("e-mail gains 24.95 over none, the halves differ by 5").isEqualTo(DunningAction.EMAIL);
        assertThat(d.reason()).startsWith("email has the highest expected value (388.15; next sms 375.10)");
    }

    @Test
    void withoutAReferenceTheHighestExpectedValueWins() {
        ExpectedValuePolicy policy = new ExpectedValuePolicy(halves(), BusinessSettings.DEFAULTS);

        assertThat(policy.decide(invoice("SMS-ONLY", false, true)).action()).isEqualTo(DunningAction.SMS);
    }

    @Test
    void aReferenceActionTheCustomerCannotBeReachedOnBecomesALetter() {
        ReferencePolicy email = ReferencePolicy.always(DunningAction.EMAIL);

        assertThat(email.action(invoice("X", false, true), Set.of(DunningAction.NONE, DunningAction.SMS,
                DunningAction.LETTER, DunningAction.COLLECTION))).isEqualTo(DunningAction.LETTER);
        assertThat(email.action(invoice("X", false, true), Set.of(DunningAction.NONE))).as("no reference there").isNull();
    }

    @Test
    void recordsTheReferenceAndItsThresholdInTheProvenance() {
        ExpectedValuePolicy policy = new ExpectedValuePolicy(halves(), BusinessSettings.DEFAULTS,
                new Exploration(1, 3), ALWAYS_NONE);

        assertThat(policy.provenance().parameters()).containsEntry(ExpectedValuePolicy.REFERENCE_POLICY, "always none")
                .containsEntry("reference_threshold", String.valueOf(ExpectedValuePolicy.CLEAR_ADVANTAGE));
        assertThat(ReferencePolicy.named("always none", "history-rules", halves(), BusinessSettings.DEFAULTS).name())
                .isEqualTo("always none");
        assertThat(ReferencePolicy.named("history-rules", "history-rules", halves(), BusinessSettings.DEFAULTS)
                .action(invoice("BOTH", true, true), AllowedActions.of(invoice("BOTH", true, true))))
                .as("the best action under the rules model").isEqualTo(DunningAction.EMAIL);
        assertThat(ReferencePolicy.named(null, "history-rules", halves(), BusinessSettings.DEFAULTS))
                .isSameAs(ReferencePolicy.UNCONSTRAINED);
    }

    @Test
    void exploresAroundTheReferenceWithinTheBudgetAndLogsThePropensity() {
        Exploration on = new Exploration(1, 5, 0.01);
        ExpectedValuePolicy policy = new ExpectedValuePolicy(halves(), BusinessSettings.DEFAULTS, on, ALWAYS_NONE);
        int none = 0;
        for (int i = 0; i < 100; i++) {
            InvoiceFeatures f = invoice("E" + i, false, true);
            Map<DunningAction, Double> p = policy.probabilities(f);
            Decision d = policy.decide(f);
            assertThat(d.propensity()).isEqualTo(p.get(d.action())).isPositive();
            assertThat(p.get(DunningAction.COLLECTION)).isZero();
            none += d.action() == DunningAction.NONE ? 1 : 0;
        }
        assertThat(none).as("mostly the reference's action, sometimes the uncertain SMS").isBetween(80, 99);
    }

    /** The same halves, with only {@code emailRows} logged e-mail rows among invoices like this one. */
    record Supported(HalvesModel halves, int emailRows) implements org.smartdunning.models.OutcomeModel {
        @Override
        public org.smartdunning.economics.OutcomeProbabilities predict(InvoiceFeatures f, DunningAction a) {
            return halves.predict(f, a);
        }

        @Override
        public List<org.smartdunning.economics.OutcomeProbabilities> predictions(InvoiceFeatures f, DunningAction a) {
            return halves.predictions(f, a);
        }

        @Override
        public int support(InvoiceFeatures f, DunningAction a) {
            return a == DunningAction.EMAIL ? emailRows : 1000;
        }

        @Override
        public double payShare(InvoiceFeatures f) {
            return halves.payShare(f);
        }

        @Override
        public double remainingMonths(InvoiceFeatures f) {
            return halves.remainingMonths(f);
        }

        @Override
        public org.smartdunning.models.ModelProvenance provenance() {
            return halves.provenance();
        }
    }

    @Test
    void aClearAdvantageLearnedFromThinDataKeepsTheReferenceAndSaysWhy() {
        ExpectedValuePolicy thin = new ExpectedValuePolicy(new Supported(halves(), 12), BusinessSettings.DEFAULTS,
                Exploration.NONE, ALWAYS_NONE, 1.0, 30);
        ExpectedValuePolicy enough = new ExpectedValuePolicy(new Supported(halves(), 30), BusinessSettings.DEFAULTS,
                Exploration.NONE, ALWAYS_NONE, 1.0, 30);

        Decision kept = thin.decide(invoice("BOTH", true, true));
        assertThat(kept.action()).as("e-mail's +24.95 (spread 5) rests on 12 logged e-mails").isEqualTo(DunningAction.NONE);
        assertThat(kept.reason()).startsWith("none is the reference policy's action (always none, expected value 363.20);"
                + " best email 388.15, its advantage +24.95 is not certain enough (thin data: 12 logged rows of it and"
                + " 1000 of the reference's among similar invoices, 30 of each needed)");
        assertThat(enough.decide(invoice("BOTH", true, true)).action()).isEqualTo(DunningAction.EMAIL);
        assertThat(enough.provenance().parameters()).containsEntry("reference_min_support", "30");
    }
}
