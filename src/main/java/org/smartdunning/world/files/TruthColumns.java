package org.smartdunning.world.files;

import java.util.ArrayList;
import java.util.List;
import org.smartdunning.economics.OutcomeProbabilities;
import org.smartdunning.history.DunningAction;
import org.smartdunning.world.TruthRow;

/** The columns of truth.csv, shared by the writer and the evaluation's reader. */
public final class TruthColumns {
    private TruthColumns() {
    }

    public static List<String> header() {
        List<String> h = new ArrayList<>(List.of("invoice_id", "customer_id", "amount", "clv", "reachable_sms", "reachable_email"));
        for (DunningAction a : DunningAction.values()) {
            h.add("p_pay_" + a.key());
            h.add("p_churn_" + a.key());
            h.add("p_inquiry_" + a.key());
            h.add("value_" + a.key());
        }
        h.add("best_action");
        return h;
    }

    static List<String> fields(TruthRow t) {
        List<String> f = new ArrayList<>(List.of(t.invoiceId().value(), t.customerId().value(), t.amount().toString(),
                Double.toString(t.clv()), Boolean.toString(t.reachableSms()), Boolean.toString(t.reachableEmail())));
        for (DunningAction a : DunningAction.values()) {
            OutcomeProbabilities p = t.outcomes().get(a);
            f.add(Double.toString(p.pay()));
            f.add(Double.toString(p.churn()));
            f.add(Double.toString(p.inquiry()));
            f.add(Double.toString(t.values().get(a)));
        }
        f.add(t.bestAction().key());
        return f;
    }
}
