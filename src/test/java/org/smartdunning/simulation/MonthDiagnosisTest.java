package org.smartdunning.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartdunning.economics.OutcomeProbabilities;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.history.Money;
import org.smartdunning.models.ModelProvenance;
import org.smartdunning.policy.CandidateValue;
import org.smartdunning.policy.Decision;
import org.smartdunning.world.TruthRow;

class MonthDiagnosisTest {
    private static final OutcomeProbabilities P = new OutcomeProbabilities(0.5, 0.01, 0.1);

    @Test
    void pricesEachDisagreementWithTheOracleAndEachActionsBias() {
        MonthDiagnosis diagnosis = new MonthDiagnosis();
        // truth: email 100 (the oracle's), none 60, letter 40; the models value none 90, email 80, letter 70
        TruthRow truth = truth(Map.of(DunningAction.NONE, 60.0, DunningAction.EMAIL, 100.0, DunningAction.LETTER, 40.0));
        // the engine kept the reference's letter, though the models' best was none
        diagnosis.add(truth, decision(DunningAction.LETTER, Map.of(DunningAction.NONE, 90.0, DunningAction.EMAIL, 80.0,
                DunningAction.LETTER, 70.0)));
        // and took the oracle's email on a second, identical invoice
        diagnosis.add(truth, decision(DunningAction.EMAIL, Map.of(DunningAction.NONE, 90.0, DunningAction.EMAIL, 80.0,
                DunningAction.LETTER, 70.0)));

        List<String> lines = diagnosis.lines();

        // choice (40 + 100) / 2; models' best none twice: 60; held back on both, worth (20 - 40) / 2
        assertThat(lines.get(0)).isEqualTo("  choice 70.00, models' best 60.00 per invoice; best held back on 2 invoices,"
                + " worth -10.00 per invoice by the truth");
        // letter instead of email loses 60 on one of two invoices; agreeing with the oracle is not listed
        assertThat(lines.get(1)).endsWith(": letter>email 1 30.00;");
        assertThat(lines.get(2)).endsWith(": none +30.00 email -20.00 letter +30.00");
        assertThat(lines.get(3)).as("same probabilities and CLV as the truth").isEqualTo("  of which, models minus truth:"
                + " CLV +0.0; per action P(pay), P(churn) in points: none +0.0 +0.0 email +0.0 +0.0 letter +0.0 +0.0");
    }

    @Test
    void splitsAnActionsBiasIntoPaymentChurnAndLifetimeValue() {
        MonthDiagnosis diagnosis = new MonthDiagnosis();
        TruthRow truth = truth(Map.of(DunningAction.NONE, 60.0, DunningAction.EMAIL, 100.0));
        // the models see e-mail paid 10 points more often and churned 2 points more, and a CLV 250 above the truth's 0
        OutcomeProbabilities seen = new OutcomeProbabilities(0.6, 0.03, 0.1);
        diagnosis.add(truth, new Decision(new InvoiceId("I1"), LocalDate.of(2026, 6, 15), DunningAction.EMAIL, 1, 250,
                List.of(new CandidateValue(DunningAction.NONE, P, 60), new CandidateValue(DunningAction.EMAIL, seen, 100)),
                "test", new ModelProvenance("test", "1", null, null, 0, Map.of())));

        assertThat(diagnosis.lines().get(3)).isEqualTo("  of which, models minus truth: CLV +250.0; per action P(pay),"
                + " P(churn) in points: none +0.0 +0.0 email +10.0 +2.0");
    }

    private static TruthRow truth(Map<DunningAction, Double> values) {
        Map<DunningAction, OutcomeProbabilities> outcomes = new EnumMap<>(DunningAction.class);
        values.keySet().forEach(a -> outcomes.put(a, P));
        return new TruthRow(new InvoiceId("I1"), new CustomerId("C1"), Money.of(100), 0, false, true, outcomes, values,
                DunningAction.EMAIL);
    }

    private static Decision decision(DunningAction action, Map<DunningAction, Double> values) {
        List<CandidateValue> candidates = new EnumMap<>(values).entrySet().stream()
                .map(e -> new CandidateValue(e.getKey(), P, e.getValue())).toList();
        return new Decision(new InvoiceId("I1"), LocalDate.of(2026, 6, 15), action, 1, 0, candidates, "test",
                new ModelProvenance("test", "1", null, null, 0, Map.of()));
    }
}
