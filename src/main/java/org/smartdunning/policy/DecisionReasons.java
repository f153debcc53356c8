package org.smartdunning.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.smartdunning.features.FactPhrases;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.DunningAction;

/** Says in plain words why an action was chosen: the value comparison and the facts that drove it. */
final class DecisionReasons {
    private DecisionReasons() {
    }

    /**
     * Why candidate {@code pick} was taken: the value comparison (or, when the reference policy's
     * action was kept, why), then the model's drivers of its payment in plain words, or rule-based
     * facts without them.
     */
    static String explain(int pick, List<CandidateValue> candidates, ConservativeChoice choice, String referenceName,
                          InvoiceFeatures f, List<String> drivers, int facts) {
        DunningAction chosen = candidates.get(pick).action();
        String comparison = pick == choice.reference() && choice.best() != pick
                ? kept(candidates, choice, referenceName) : valueComparison(chosen, candidates);
        if (drivers.isEmpty()) {
            return facts(comparison, f);
        }
        LinkedHashSet<String> parts = new LinkedHashSet<>();
        parts.add(comparison);
        for (String feature : drivers) {
            String phrase = FactPhrases.of(feature, f);
            if (phrase != null && parts.size() <= facts) {
                parts.add(phrase); // several features can say the same thing: the set keeps one
            }
        }
        return String.join("; ", parts);
    }

    /** The reference policy's action kept: the models' best gains too little over it for their uncertainty. */
    private static String kept(List<CandidateValue> candidates, ConservativeChoice choice, String referenceName) {
        CandidateValue kept = candidates.get(choice.reference());
        CandidateValue best = candidates.get(choice.best());
        return String.format(Locale.ROOT, "%s is the reference policy's action (%s, expected value %.2f); %s's"
                        + " advantage %+.2f is within the models' uncertainty (%.2f)",
                kept.action().key(), referenceName, kept.value(), best.action().key(),
                choice.advantage()[choice.best()], choice.spread()[choice.best()]);
    }

    private static String valueComparison(DunningAction chosen, List<CandidateValue> candidates) {
        CandidateValue best = candidates.stream().filter(c -> c.action() == chosen).findFirst().orElseThrow();
        CandidateValue runnerUp = candidates.stream().filter(c -> c.action() != chosen)
                .max(Comparator.comparingDouble(CandidateValue::value)).orElse(null);
        return String.format(Locale.ROOT, "%s has the highest expected value (%.2f%s)", chosen.key(), best.value(),
                runnerUp == null ? "" : String.format(Locale.ROOT, "; next %s %.2f", runnerUp.action().key(), runnerUp.value()));
    }

    /** The comparison, then rule-based facts about the customer's record. */
    private static String facts(String comparison, InvoiceFeatures f) {
        List<String> parts = new ArrayList<>();
        parts.add(comparison);
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
