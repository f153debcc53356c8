package org.smartdunning.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.economics.OutcomeProbabilities;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceId;

/** Two hand-made invoices under the contract's default economics; every figure is worked out below. */
public class EvaluationTest {
    private static final Offset<Double> EXACT = within(1e-9);

    /*
     * value = amount*pay + fee_kept*pay - cost - 80*inquiry - clv*churn   (letter fee 60, costs 0/0.6/0.05/11/40)
     * A: amount 100, clv 1000, phone yes, e-mail no
     *   none        50 - 0 - 0 - 100                =  -50
     *   sms         70 - 0.6 - 0 - 200              = -130.6
     *   email       60 - 0.05 - 0 - 200             = -140.05 (unreachable)
     *   letter      80 + 48 - 11 - 8 - 150          =  -41     <- best
     *   collection  90 - 40 - 16 - 300              = -266
     * B: amount 200, clv -100, phone no, e-mail yes
     *   none        40 + 10                         =   50
     *   sms         60 - 0.6 + 20                   =   79.4  (unreachable)
     *   email       60 - 0.05 + 20                  =   79.95
     *   letter      60 + 18 - 11 - 8 + 20           =   79
     *   collection  120 - 40 - 20 + 50              =  110     <- best
     */
    static final TruthCase A = truth("A", 100, 1000, true, false,
            p(.5, .1, 0), p(.7, .2, 0), p(.6, .2, 0), p(.8, .15, .1), p(.9, .3, .2));
    static final TruthCase B = truth("B", 200, -100, false, true,
            p(.2, .1, 0), p(.3, .2, 0), p(.3, .2, 0), p(.3, .2, .1), p(.6, .5, .25));

    @Test
    void computesTheHandCheckedFigures() {
        Map<InvoiceId, DunningAction> decisions = Map.of(A.invoiceId(), DunningAction.SMS, B.invoiceId(), DunningAction.EMAIL);
        EvaluationReport r = new Evaluation(BusinessSettings.DEFAULTS).evaluate(List.of(A, B), decisions);

        assertThat(r.invoices()).isEqualTo(2);
        assertThat(r.decisions().totalValue()).isCloseTo(-130.6 + 79.95, EXACT);
        assertThat(r.decisions().valuePerInvoice()).isCloseTo(-25.325, EXACT);
        assertThat(r.standard().totalValue()).isCloseTo(-266 + 110, EXACT);
        assertThat(r.oracle().totalValue()).isCloseTo(-41 + 110, EXACT);
        // (-50.65 - -156) / (69 - -156) = 105.35 / 225
        assertThat(r.gapClosed()).isCloseTo(105.35 / 225, EXACT);

        Map<String, PolicyResult> fixed = new java.util.HashMap<>();
        r.fixedActions().forEach(p -> fixed.put(p.policy(), p));
        assertThat(fixed.get("always none").totalValue()).isCloseTo(0, EXACT);
        assertThat(fixed.get("always sms").totalValue()).isCloseTo(-130.6 + 79, EXACT); // B falls back to a letter
        assertThat(fixed.get("always sms").fallbacks()).isEqualTo(1);
        assertThat(fixed.get("always email").totalValue()).isCloseTo(-41 + 79.95, EXACT); // A falls back to a letter
        assertThat(fixed.get("always letter").totalValue()).isCloseTo(38, EXACT);
        assertThat(fixed.get("always letter").fallbacks()).isZero();
        assertThat(fixed.get("always collection").totalValue()).isCloseTo(-156, EXACT);
        assertThat(r.bestFixedAction().policy()).isEqualTo("always email");

        assertThat(r.decisions().collections()).isZero();
        assertThat(r.standard().collections()).isEqualTo(2);
        assertThat(r.oracle().collections()).isEqualTo(1);
        assertThat(r.decisionsVsStandard().collectionsPct()).isCloseTo(-100, EXACT);
        assertThat(r.oracleVsStandard().collectionsPct()).isCloseTo(-50, EXACT);

        // cash: decisions 70 + 60 = 130, standard 90 + 120 = 210, oracle 80 + 120 = 200
        assertThat(r.decisions().cashRecovered()).isCloseTo(130, EXACT);
        assertThat(r.decisionsVsStandard().cashPct()).isCloseTo(100.0 * (130 - 210) / 210, EXACT);
        assertThat(r.oracleVsStandard().cashPct()).isCloseTo(100.0 * (200 - 210) / 210, EXACT);
        // churn: decisions 0.4, standard 0.8, oracle 0.65; inquiries: decisions 0, standard 0.45, oracle 0.35
        assertThat(r.decisionsVsStandard().churnPct()).isCloseTo(-50, EXACT);
        assertThat(r.oracleVsStandard().churnPct()).isCloseTo(-18.75, EXACT);
        assertThat(r.decisionsVsStandard().inquiriesPct()).isCloseTo(-100, EXACT);
        assertThat(r.oracleVsStandard().inquiriesPct()).isCloseTo(100 * (0.35 - 0.45) / 0.45, EXACT);
    }

    @Test
    void theOracleNeverPicksAnUnreachableChannel() {
        Evaluation evaluation = new Evaluation(BusinessSettings.DEFAULTS);
        assertThat(evaluation.best(A)).isEqualTo(DunningAction.LETTER);
        assertThat(evaluation.best(B)).isEqualTo(DunningAction.COLLECTION);
        // sms (89.4) and e-mail (9.95) would win but cannot reach C: none (0) beats letter (-11) and collection (-40)
        TruthCase unreachable = truth("C", 100, 0, false, false,
                p(0, 0, 0), p(.9, 0, 0), p(.1, 0, 0), p(0, 0, 0), p(0, 0, 0));
        assertThat(evaluation.best(unreachable)).isEqualTo(DunningAction.NONE);
    }

    @Test
    void theReportTableShowsEveryPolicyAndTheFallbackFootnote() {
        EvaluationReport r = new Evaluation(BusinessSettings.DEFAULTS).evaluate(List.of(A, B),
                Map.of(A.invoiceId(), DunningAction.LETTER, B.invoiceId(), DunningAction.COLLECTION));
        String text = ReportText.format(r);
        assertThat(text).contains("decisions", "standard process", "always none", "always sms *", "oracle",
                "a letter is sent instead", "100.0 %", "-50.0 %");
    }

    public static OutcomeProbabilities p(double pay, double churn, double inquiry) {
        return new OutcomeProbabilities(pay, churn, inquiry);
    }

    public static TruthCase truth(String id, double amount, double clv, boolean sms, boolean email, OutcomeProbabilities... byAction) {
        Map<DunningAction, OutcomeProbabilities> outcomes = new EnumMap<>(DunningAction.class);
        for (DunningAction a : DunningAction.values()) {
            outcomes.put(a, byAction[a.ordinal()]);
        }
        return new TruthCase(new InvoiceId(id), amount, clv, sms, email, outcomes);
    }
}
