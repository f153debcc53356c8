package org.smartdunning.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.economics.OutcomeProbabilities;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.DunningAction;
import org.smartdunning.models.ModelProvenance;
import org.smartdunning.models.OutcomeModel;

class ExpectedValuePolicyTest {
    /** A model with fixed answers, so the policy's arithmetic can be checked by hand. */
    record FixedModel(Map<DunningAction, OutcomeProbabilities> answers) implements OutcomeModel {
        public OutcomeProbabilities predict(InvoiceFeatures f, DunningAction a) {
            return answers.get(a);
        }

        public double payShare(InvoiceFeatures f) {
            return 0.95;
        }

        public double remainingMonths(InvoiceFeatures f) {
            return 24;
        }

        public ModelProvenance provenance() {
            return new ModelProvenance("fixed", "1", null, null, 0, Map.of());
        }
    }

    static InvoiceFeatures features(boolean email, boolean phone) {
        return OverdueInvoice.features("OPEN", email, phone);
    }

    static final Map<DunningAction, OutcomeProbabilities> ANSWERS = Map.of(
            DunningAction.NONE, new OutcomeProbabilities(0.80, 0.05, 0.01),
            DunningAction.SMS, new OutcomeProbabilities(0.90, 0.10, 0.02),
            DunningAction.EMAIL, new OutcomeProbabilities(0.95, 0.10, 0.02),
            DunningAction.LETTER, new OutcomeProbabilities(0.92, 0.10, 0.05),
            DunningAction.COLLECTION, new OutcomeProbabilities(0.97, 0.25, 0.10));

    @Test
    void valuesEachAllowedActionWithTheContractFormulaAndTakesTheBest() {
        ExpectedValuePolicy policy = new ExpectedValuePolicy(new FixedModel(ANSWERS), BusinessSettings.DEFAULTS);

        Decision d = policy.decide(features(true, true));

        // CLV = 100 * (0.95 - 0.65) * min(36, 24) = 720
        // email: 500*0.95 - 0.05 - 80*0.02 - 720*0.10 = 401.35
        assertThat(d.candidate(DunningAction.EMAIL).orElseThrow().value()).isCloseTo(401.35, within(1e-9));
        // none: 500*0.80 - 0 - 80*0.01 - 720*0.05 = 363.2
        assertThat(d.candidate(DunningAction.NONE).orElseThrow().value()).isCloseTo(363.2, within(1e-9));
        // letter: 500*0.92 + 60*0.92 - 11 - 80*0.05 - 72 = 428.2
        assertThat(d.candidate(DunningAction.LETTER).orElseThrow().value()).isCloseTo(428.2, within(1e-9));
        assertThat(d.action()).isEqualTo(DunningAction.LETTER);
        assertThat(d.propensity()).isEqualTo(1.0);
        assertThat(d.reason()).startsWith("letter has the highest expected value (428.20; next email 401.35)");
    }

    @Test
    void neverOffersAChannelTheCustomerCannotBeReachedOn() {
        ExpectedValuePolicy policy = new ExpectedValuePolicy(new FixedModel(ANSWERS), BusinessSettings.DEFAULTS);

        Decision d = policy.decide(features(false, false));

        assertThat(d.candidates()).extracting(CandidateValue::action)
                .containsExactlyInAnyOrder(DunningAction.NONE, DunningAction.LETTER, DunningAction.COLLECTION);
        assertThat(d.reason()).contains("no phone").contains("no e-mail");
    }
}
