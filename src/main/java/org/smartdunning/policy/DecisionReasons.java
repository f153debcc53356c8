package org.smartdunning.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.DunningAction;

/** Says in plain words why an action was chosen: the value comparison and the facts that drove it. */
final class DecisionReasons {
    private DecisionReasons() {
    }

    /** With the model's drivers of the chosen action's payment, in plain words; rule-based facts without them. */
    static String explain(DunningAction chosen, List<CandidateValue> candidates, InvoiceFeatures f, List<String> drivers,
                          int facts) {
        if (drivers.isEmpty()) {
            return explain(chosen, candidates, f);
        }
        java.util.LinkedHashSet<String> parts = new java.util.LinkedHashSet<>();
        parts.add(valueComparison(chosen, candidates));
        for (String feature : drivers) {
            String phrase = org.smartdunning.features.FactPhrases.of(feature, f);
            if (phrase != null && parts.size() <= facts) {
                parts.add(phrase); // several features can say the same thing: the set keeps one
            }
        }
        return String.join("; ", parts);
    }

    private static String valueComparison(DunningAction chosen, List<CandidateValue> candidates) {
        CandidateValue best = candidates.stream().filter(c -> c.action() == chosen).findFirst().orElseThrow();
        CandidateValue runnerUp = candidates.stream().filter(c -> c.action() != chosen)
                .max(Comparator.comparingDouble(CandidateValue::value)).orElse(null);
        return String.format(Locale.ROOT, "%s has the highest expected value (%.2f%s)", chosen.key(), best.value(),
                runnerUp == null ? "" : String.format(Locale.ROOT, "; next %s %.2f", runnerUp.action().key(), runnerUp.value()));
    }

    static String explain(DunningAction chosen, List<CandidateValue> candidates, InvoiceFeatures f) {
        List<String> parts = new ArrayList<>();
        parts.add(valueComparison(chosen, candidates));
        if (f.earlierInvoices() > 0) {
            parts.add(String.format(Locale.ROOT, "paid %d of %d invoices on time", f.paidOnTime(), f.earlierInvoices()));
        } else {
            parts.add("no earlier invoices");
        }
        if (f.unpaidNow() > 0) {
            parts.add(f.unpaidNow() + " other invoice" + (f.unpaidNow() == 1 ? "" : "s") + " unpaid");
        }
        for (DunningAction a : DunningAction.values()) {
            if (a != DunningAction.NONE && f.earlier(a).taken() > 0) {
                parts.add(String.format(Locale.ROOT, "%s paid after %d of %d earlier", a.key(),
                        f.earlier(a).paidAfter(), f.earlier(a).taken()));
            }
        }
        if (!f.hasPhone()) {
            parts.add("no phone");
        }
        if (!f.hasEmail()) {
            parts.add("no e-mail");
        }
        return String.join("; ", parts);
    }
}
