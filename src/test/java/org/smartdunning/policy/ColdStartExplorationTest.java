package org.smartdunning.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.smartdunning.policy.HalvesModel.p;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.features.FeatureExtractor;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.testing.HistoryBuilder;

class ColdStartExplorationTest {
    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    /** Not paying costs the invoice: "none" (pay 0.5) gives up 0.4 × amount against SMS (pay 0.9), so small invoices are cheapest to try it on. */
    private static final HalvesModel RULES = new HalvesModel(Map.of(
            DunningAction.NONE, List.of(p(0.5, 0.01, 0.1), p(0.5, 0.01, 0.1)),
            DunningAction.SMS, List.of(p(0.9, 0.01, 0.1), p(0.9, 0.01, 0.1)),
            DunningAction.EMAIL, List.of(p(0.9, 0.01, 0.1), p(0.9, 0.01, 0.1)),
            DunningAction.LETTER, List.of(p(0.9, 0.01, 0.1), p(0.9, 0.01, 0.1)),
            DunningAction.COLLECTION, List.of(p(0.95, 0.01, 0.1), p(0.95, 0.01, 0.1))), 10);

    /** 200 overdue invoices of amounts 10, 20, …, 2000, each of its own customer reachable on every channel. */
    private static List<InvoiceFeatures> batch() {
        HistoryBuilder b = new HistoryBuilder();
        for (int i = 1; i <= 200; i++) {
            b.customer("C" + i, LocalDate.of(2024, 1, 1), true, true, 100).invoice("I" + i, "C" + i, DAY.minusDays(14), 10 * i);
        }
        CreditorHistory h = b.build();
        FeatureExtractor extractor = new FeatureExtractor(h);
        List<InvoiceFeatures> batch = new ArrayList<>();
        for (int i = 200; i >= 1; i--) { // largest first, so the order of the batch cannot stand in for the cost
            batch.add(extractor.extract(h.invoice(new InvoiceId("I" + i)), DAY));
        }
        return batch;
    }

    private static List<Decision> policyDecisions(List<InvoiceFeatures> batch) {
        return new ExpectedValuePolicy(RULES, BusinessSettings.DEFAULTS).decideAll(batch);
    }

    @Test
    void triesAThinActionOnHalfOfTheCheapestInvoicesWithinTheBudget() {
        List<InvoiceFeatures> batch = batch();
        List<Decision> policy = policyDecisions(batch);
        assertThat(policy).noneMatch(d -> d.action() == DunningAction.NONE);
        ColdStartExploration explore = new ColdStartExploration(0.10, 500, 7);

        List<Decision> out = explore.apply(batch, policy, Set.of(DunningAction.NONE), RULES, BusinessSettings.DEFAULTS);

        List<Decision> tried = out.stream().filter(ColdStartExploration::tried).toList();
        assertThat(tried).hasSize(20).allMatch(d -> d.action() == DunningAction.NONE && d.propensity() == 0.5);
        // the pool is the 40 smallest invoices (cost 0.4 × amount): 10 … 400; half of it tried, half kept
        assertThat(tried).allMatch(d -> amount(d) <= 400);
        List<Decision> kept = out.stream().filter(d -> !ColdStartExploration.tried(d) && amount(d) <= 400).toList();
        assertThat(kept).hasSize(20).allMatch(d -> d.action() == policy.get(out.indexOf(d)).action()
                && d.propensity() == 0.5);
        for (int i = 0; i < out.size(); i++) {
            if (amount(out.get(i)) > 400) {
                assertThat(out.get(i)).isEqualTo(policy.get(i));
            }
        }
    }

    @Test
    void splitsTheBudgetAmongThinActionsAndNeverTriesOneInvoiceTwice() {
        List<InvoiceFeatures> batch = batch();
        ColdStartExploration explore = new ColdStartExploration(0.30, 500, 7);

        List<Decision> out = explore.apply(batch, policyDecisions(batch),
                Set.of(DunningAction.NONE, DunningAction.SMS, DunningAction.LETTER), RULES, BusinessSettings.DEFAULTS);

        List<Decision> tried = out.stream().filter(ColdStartExploration::tried).toList();
        assertThat(tried).hasSizeLessThanOrEqualTo((int) (0.30 * batch.size()));
        for (DunningAction a : List.of(DunningAction.NONE, DunningAction.SMS, DunningAction.LETTER)) {
            assertThat(tried.stream().filter(d -> d.action() == a)).hasSize(20);
        }
        assertThat(out.stream().map(Decision::invoiceId).distinct()).hasSize(batch.size());
    }

    /** Sets of enums iterate by identity hash, which differs between runs: the pools must not follow it. */
    @Test
    void replaysWhateverOrderTheThinActionsComeIn() {
        List<InvoiceFeatures> batch = batch();
        List<Decision> policy = policyDecisions(batch);
        ColdStartExploration explore = new ColdStartExploration(0.30, 500, 7);
        Set<DunningAction> forward = new java.util.LinkedHashSet<>(List.of(DunningAction.NONE, DunningAction.SMS,
                DunningAction.LETTER));
        Set<DunningAction> backward = new java.util.LinkedHashSet<>(List.of(DunningAction.LETTER, DunningAction.SMS,
                DunningAction.NONE));

        assertThat(explore.apply(batch, policy, backward, RULES, BusinessSettings.DEFAULTS).stream().map(Decision::action))
                .containsExactlyElementsOf(explore.apply(batch, policy, forward, RULES, BusinessSettings.DEFAULTS).stream()
                        .map(Decision::action).toList());
    }

    @Test
    void replaysWithTheSameSeedAndDrawsAnotherHalfWithAnother() {
        List<InvoiceFeatures> batch = batch();
        List<Decision> policy = policyDecisions(batch);
        Set<DunningAction> thin = Set.of(DunningAction.NONE);
        List<InvoiceId> first = triedIds(new ColdStartExploration(0.1, 500, 7).apply(batch, policy, thin, RULES,
                BusinessSettings.DEFAULTS));
        assertThat(triedIds(new ColdStartExploration(0.1, 500, 7).apply(batch, policy, thin, RULES,
                BusinessSettings.DEFAULTS))).isEqualTo(first);
        assertThat(triedIds(new ColdStartExploration(0.1, 500, 8).apply(batch, policy, thin, RULES,
                BusinessSettings.DEFAULTS))).isNotEqualTo(first);
    }

    @Test
    void anActionIsThinBelowTheMinimumAndNothingIsTriedWithoutBudget() {
        ColdStartExploration explore = new ColdStartExploration(0, 500, 7);
        assertThat(explore.thin(Map.of(DunningAction.NONE, 499, DunningAction.SMS, 500, DunningAction.EMAIL, 9000,
                DunningAction.LETTER, 500, DunningAction.COLLECTION, 20_000))).containsExactly(DunningAction.NONE);
        List<InvoiceFeatures> batch = batch();
        List<Decision> policy = policyDecisions(batch);
        assertThat(explore.apply(batch, policy, Set.of(DunningAction.NONE), RULES, BusinessSettings.DEFAULTS))
                .isEqualTo(policy);
        assertThatThrownBy(() -> new ColdStartExploration(1.5, 500, 7)).hasMessageContaining("within [0, 1], was 1.5");
    }

    private static double amount(Decision d) {
        return Integer.parseInt(d.invoiceId().value().substring(1)) * 10.0;
    }

    private static List<InvoiceId> triedIds(List<Decision> decisions) {
        return decisions.stream().filter(ColdStartExploration::tried).map(Decision::invoiceId).toList();
    }
}
