package org.smartdunning.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
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
    void triesAThinActionOnARandomShareOfAllInvoicesAndLogsItsPropensity() {
        List<InvoiceFeatures> batch = batch();
        List<Decision> policy = policyDecisions(batch);
        assertThat(policy).noneMatch(d -> d.action() == DunningAction.NONE);
        ColdStartExploration explore = new ColdStartExploration(0.10, 500, 7);

        List<Decision> out = explore.apply(batch, policy, Set.of(DunningAction.NONE));

        List<Decision> tried = out.stream().filter(ColdStartExploration::tried).toList();
        // 200 invoices at 10%: 20 expected, and a binomial draw stays within 8..34 but for one seed in 10,000
        assertThat(tried).hasSizeBetween(8, 34).allMatch(d -> d.action() == DunningAction.NONE && d.propensity() == 0.1);
        // not only where trying costs least (small invoices): the arm is learned on invoices like all
        assertThat(tried).anyMatch(d -> amount(d) > 1000).anyMatch(d -> amount(d) <= 1000);
        for (int i = 0; i < out.size(); i++) {
            if (!ColdStartExploration.tried(out.get(i))) {
                assertThat(out.get(i).action()).isEqualTo(policy.get(i).action());
                assertThat(out.get(i).propensity()).isCloseTo(0.9 * policy.get(i).propensity(), within(1e-12));
            }
        }
    }

    @Test
    void splitsTheBudgetAmongThinActionsAndLogsTheSumOfBothChances() {
        List<InvoiceFeatures> batch = batch();
        List<Decision> policy = policyDecisions(batch);
        ColdStartExploration explore = new ColdStartExploration(0.30, 500, 7);
        Set<DunningAction> thin = Set.of(DunningAction.NONE, DunningAction.SMS, DunningAction.LETTER);

        List<Decision> out = explore.apply(batch, policy, thin);

        List<Decision> tried = out.stream().filter(ColdStartExploration::tried).toList();
        assertThat(tried).hasSizeBetween(40, 80);
        for (DunningAction a : thin) {
            assertThat(tried.stream().filter(d -> d.action() == a)).isNotEmpty();
        }
        for (int i = 0; i < out.size(); i++) {
            Decision d = out.get(i);
            double own = policy.get(i).action() == d.action() ? policy.get(i).propensity() : 0;
            double chance = thin.contains(d.action()) ? 0.1 : 0;
            assertThat(d.propensity()).isCloseTo(chance + 0.7 * own, within(1e-12));
        }
        assertThat(out.stream().map(Decision::invoiceId).distinct()).hasSize(batch.size());
    }

    @Test
    void anActionReachableOnFewerInvoicesIsTriedMoreOftenThereSoEveryThinActionGathersAlike() {
        HistoryBuilder b = new HistoryBuilder();
        for (int i = 1; i <= 400; i++) { // every other customer has no phone number
            b.customer("C" + i, LocalDate.of(2024, 1, 1), true, i % 2 == 0, 100).invoice("I" + i, "C" + i,
                    DAY.minusDays(14), 10 * i);
        }
        CreditorHistory h = b.build();
        FeatureExtractor extractor = new FeatureExtractor(h);
        List<InvoiceFeatures> batch = new ArrayList<>();
        for (int i = 1; i <= 400; i++) {
            batch.add(extractor.extract(h.invoice(new InvoiceId("I" + i)), DAY));
        }
        List<Decision> policy = policyDecisions(batch);
        Set<DunningAction> thin = Set.of(DunningAction.SMS, DunningAction.EMAIL);

        List<Decision> out = new ColdStartExploration(0.20, 500, 7).apply(batch, policy, thin);

        // 20% of 400 split between two actions: 40 each, SMS among the 200 it reaches (0.2), e-mail among all (0.1)
        List<Decision> tried = out.stream().filter(ColdStartExploration::tried).toList();
        assertThat(tried.stream().filter(d -> d.action() == DunningAction.SMS))
                .allMatch(d -> Math.abs(d.propensity() - 0.2) < 1e-12).hasSizeBetween(20, 60);
        assertThat(tried.stream().filter(d -> d.action() == DunningAction.EMAIL))
                .allMatch(d -> Math.abs(d.propensity() - 0.1) < 1e-12).hasSizeBetween(20, 60);
    }

    @Test
    void replaysWithTheSameSeedAndDrawsAnotherHalfWithAnother() {
        List<InvoiceFeatures> batch = batch();
        List<Decision> policy = policyDecisions(batch);
        Set<DunningAction> thin = Set.of(DunningAction.NONE);
        List<InvoiceId> first = triedIds(new ColdStartExploration(0.1, 500, 7).apply(batch, policy, thin));
        assertThat(triedIds(new ColdStartExploration(0.1, 500, 7).apply(batch, policy, thin))).isEqualTo(first);
        assertThat(triedIds(new ColdStartExploration(0.1, 500, 8).apply(batch, policy, thin))).isNotEqualTo(first);
    }

    @Test
    void anActionIsThinBelowTheMinimumAndNothingIsTriedWithoutBudget() {
        ColdStartExploration explore = new ColdStartExploration(0, 500, 7);
        assertThat(explore.thin(Map.of(DunningAction.NONE, 499, DunningAction.SMS, 500, DunningAction.EMAIL, 9000,
                DunningAction.LETTER, 500, DunningAction.COLLECTION, 20_000))).containsExactly(DunningAction.NONE);
        List<InvoiceFeatures> batch = batch();
        List<Decision> policy = policyDecisions(batch);
        assertThat(explore.apply(batch, policy, Set.of(DunningAction.NONE)))
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
