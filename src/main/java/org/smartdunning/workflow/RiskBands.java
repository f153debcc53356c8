package org.smartdunning.workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.InvoiceId;

/**
 * Risk bands from the model, computed in one batch and only for invoices whose pending stages, or an experiment at
 * one of them, ask for one.
 */
final class RiskBands {
    private RiskBands() {
    }

    static Map<InvoiceId, RiskBand> of(List<DueInvoice> due, Map<InvoiceId, InvoiceFeatures> features,
                                       StageDecider decider, Experiments experiments) {
        List<InvoiceFeatures> asked = new ArrayList<>();
        for (DueInvoice d : due) {
            if (d.pending().stream().anyMatch(s -> !s.when().riskBands().isEmpty() || experiments.asksRisk(s))) {
                asked.add(features.get(d.invoice().id()));
            }
        }
        Map<InvoiceId, RiskBand> bands = new HashMap<>();
        if (asked.isEmpty()) {
            return bands;
        }
        double[] pay = decider.payWithoutAction(asked);
        for (int i = 0; i < asked.size(); i++) {
            bands.put(asked.get(i).invoiceId(), RiskBand.of(pay[i]));
        }
        return bands;
    }
}
