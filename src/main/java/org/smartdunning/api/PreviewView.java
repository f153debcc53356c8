package org.smartdunning.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.smartdunning.application.decide.PreviewDecisions;
import org.smartdunning.models.ModelProvenance;
import org.smartdunning.policy.CandidateValue;
import org.smartdunning.policy.Decision;

/** A decision preview as the API shows it; values that do not apply (NaN) are null. */
record PreviewView(String invoiceId, String customerId, String amount, String currency, String dueOn, String unpaid,
                   String decideOn, String action, double propensity, Double expectedValue, Double clv, String reason,
                   List<CandidateView> candidates, ModelView model) {

    /** One allowed action with its predicted outcomes and value. */
    record CandidateView(String action, double value, double pPay, double pChurn, double pInquiry) {
        static CandidateView of(CandidateValue c) {
            return new CandidateView(c.action().key(), c.value(), c.outcomes().pay(), c.outcomes().churn(),
                    c.outcomes().inquiry());
        }
    }

    /** The provenance of the model behind the decision. */
    record ModelView(String name, String version, String trainedFrom, String trainedUntil, long seed,
                     Map<String, String> parameters) {
        static ModelView of(ModelProvenance p) {
            return new ModelView(p.name(), p.version(), text(p.trainedFrom()), text(p.trainedUntil()), p.seed(),
                    p.parameters());
        }
    }

    static PreviewView of(PreviewDecisions.Preview preview) {
        Decision d = preview.decision();
        return new PreviewView(preview.invoice().id().value(), preview.invoice().customerId().value(),
                preview.invoice().amount().toString(), preview.invoice().currency(), preview.invoice().dueOn().toString(),
                preview.unpaid().toString(), preview.decideOn().toString(), d.action().key(), d.propensity(),
                finite(d.value()), finite(d.clv()), d.reason(), d.candidates().stream().map(CandidateView::of).toList(),
                ModelView.of(d.provenance()));
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
