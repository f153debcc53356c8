package org.smartdunning.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
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
import org.smartdunning.models.HistoryRulesModel;
import org.smartdunning.models.LearnedOutcomeModel;
import org.smartdunning.models.LoggedSupport;
import org.smartdunning.models.ModelProvenance;
import org.smartdunning.models.TrainOutcomeModels;
import org.smartdunning.testing.HistoryBuilder;

class LearningPolicyTest {
    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    private static final ColdStartExploration COLD_START = new ColdStartExploration(0.10, 200, 7);

    @Test
    void theLearnedModelDecidesOnlyOnceNoActionIsThin() {
        CreditorHistory h = history();
        HistoryRulesModel rules = TrainOutcomeModels.fallback(h, DAY, BusinessSettings.DEFAULTS);

        DecidingModel enough = DecidingModel.of(learned(rules, 200), COLD_START);
        assertThat(enough.learned()).isTrue();
        assertThat(enough.model()).isInstanceOf(LearnedOutcomeModel.class);
        assertThat(enough.rules()).isSameAs(rules);
        assertThat(enough.thinKeys()).isEqualTo("-");

        DecidingModel oneShort = DecidingModel.of(learned(rules, 199), COLD_START);
        assertThat(oneShort.learned()).isFalse();
        assertThat(oneShort.model()).isSameAs(rules);
        assertThat(oneShort.thin()).containsExactly(DunningAction.SMS);
        assertThat(oneShort.thinKeys()).isEqualTo("sms");
    }

    @Test
    void aModelSavedBeforeTheLogWasCountedOrTheRulesAloneDecideAsTheyAre() {
        HistoryRulesModel rules = TrainOutcomeModels.fallback(history(), DAY, BusinessSettings.DEFAULTS);
        LearnedOutcomeModel uncounted = new LearnedOutcomeModel(Map.of(), rules, 12, provenance(), null);
        assertThat(DecidingModel.of(uncounted, COLD_START)).isEqualTo(new DecidingModel(uncounted, uncounted, Set.of(), true));
        assertThat(DecidingModel.of(rules, COLD_START)).isEqualTo(new DecidingModel(rules, rules, Set.of(), false));
    }

    @Test
    void whileAnActionIsThinTheRulesDecideAndTheThinActionIsTriedWithinTheWorkflowsActions() {
        CreditorHistory h = history();
        HistoryRulesModel rules = TrainOutcomeModels.fallback(h, DAY, BusinessSettings.DEFAULTS);
        List<InvoiceFeatures> batch = batch(h);
        LearningPolicy policy = new LearningPolicy(DecidingModel.of(learned(rules, 150), COLD_START),
                BusinessSettings.DEFAULTS, Exploration.NONE, ReferencePolicy.UNCONSTRAINED, COLD_START);

        List<Decision> out = policy.decideAll(batch);
        List<Decision> rulesAlone = new ExpectedValuePolicy(rules, BusinessSettings.DEFAULTS).decideAll(batch);

        List<Decision> tried = out.stream().filter(ColdStartExploration::tried).toList();
        assertThat(tried).hasSize(20).allMatch(d -> d.action() == DunningAction.SMS && d.propensity() == 0.5);
        for (int i = 0; i < out.size(); i++) {
            if (!ColdStartExploration.tried(out.get(i))) {
                assertThat(out.get(i).action()).isEqualTo(rulesAlone.get(i).action());
            }
        }
        assertThat(out).allSatisfy(d -> assertThat(d.provenance().parameters())
                .containsEntry("thin_actions", "sms").containsEntry("cold_start_share", "0.1")
                .containsEntry("cold_start_min_logged", "200"));
        assertThat(out.get(0).provenance().name()).isEqualTo(HistoryRulesModel.NAME);

        Set<DunningAction> noSms = EnumSet.of(DunningAction.NONE, DunningAction.LETTER);
        assertThat(policy.decideAll(batch, f -> noSms)).allMatch(d -> noSms.contains(d.action()))
                .noneMatch(ColdStartExploration::tried);
    }

    /** A learned model (with no arms of its own: only the log's counts matter here) whose log holds {@code sms} SMS rows and 1,000 of every other action. */
    private static LearnedOutcomeModel learned(HistoryRulesModel rules, int sms) {
        int[][] rows = new int[16][DunningAction.values().length];
        for (DunningAction a : DunningAction.values()) {
            rows[0][a.ordinal()] = a == DunningAction.SMS ? sms : 1000;
        }
        return new LearnedOutcomeModel(Map.of(), rules, 12, provenance(), LoggedSupport.restore(rows));
    }

    private static ModelProvenance provenance() {
        return new ModelProvenance("test-learned", "1", DAY.minusYears(1), DAY, 7, Map.of());
    }

    private static CreditorHistory history() {
        HistoryBuilder b = new HistoryBuilder();
        for (int i = 1; i <= 200; i++) {
            b.customer("C" + i, LocalDate.of(2024, 1, 1), true, true, 100).invoice("I" + i, "C" + i, DAY.minusDays(14), 10 * i);
        }
        return b.build();
    }

    private static List<InvoiceFeatures> batch(CreditorHistory h) {
        FeatureExtractor extractor = new FeatureExtractor(h);
        List<InvoiceFeatures> batch = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            batch.add(extractor.extract(h.invoice(new InvoiceId("I" + i)), DAY));
        }
        return batch;
    }
}
