package org.smartdunning.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import org.smartdunning.features.FactPhrases;
import org.smartdunning.features.FixedDecimals;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.DunningAction;

/** Says in plain words why an action was chosen: the value comparison and the facts that drove it. */
final class DecisionReasons {
    private DecisionReasons() {
    }

    /**
     * Why candidate {@code pick} was taken: the value comparison (or, when it was explored or the
     * reference policy's action was kept, that it was, with the best action's value and the
     * probability it was taken with), then the model's drivers of its payment in plain words, or
     * rule-based facts without them.
     *
     * @param probabilities per candidate, the probability the policy takes it
     */
    static String explain(int pick, List<CandidateValue> candidates, ConservativeChoice choice, double[] probabilities,
                          String referenceName, InvoiceFeatures f, List<String> drivers, int facts) {
        String comparison = comparison(pick, candidates, choice, probabilities[pick], referenceName);
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

    /** The first clause: how the taken action compares with the others, in the terms the choice was made in. */
    private static String comparison(int pick, List<CandidateValue> candidates, ConservativeChoice choice, double propensity,
                             String referenceName) {
        CandidateValue taken = candidates.get(pick);
        CandidateValue best = candidates.get(choice.best());
        if (pick != choice.chosen()) {
            CandidateValue preferred = candidates.get(choice.chosen());
            return taken.action().key() + " explored with probability " + d(propensity, 4) + " (expected value "
                    + d(taken.value(), 2) + "); best " + best.action().key() + " " + d(best.value(), 2)
                    + "; policy's choice " + preferred.action().key() + " " + d(preferred.value(), 2);
        }
        String taking = propensity < 1 ? "; taken with probability " + d(propensity, 4) : "";
        if (pick == choice.best()) {
            CandidateValue runnerUp = candidates.stream().filter(c -> c != taken)
                    .max(Comparator.comparingDouble(CandidateValue::value)).orElse(null);
            return taken.action().key() + " has the highest expected value (" + d(taken.value(), 2)
                    + (runnerUp == null ? "" : "; next " + runnerUp.action().key() + " " + d(runnerUp.value(), 2))
                    + taking + ")";
        }
        if (pick == choice.reference()) {
            return taken.action().key() + " is the reference policy's action (" + referenceName + ", expected value "
                    + d(taken.value(), 2) + taking + "); best " + best.action().key() + " " + d(best.value(), 2)
                    + ", its advantage " + FixedDecimals.signed(choice.advantage()[choice.best()], 2)
                    + " is not certain enough (" + choice.why(choice.best()) + ")";
        }
        return taken.action().key() + " has the highest value the models are sure of (expected value "
                + d(taken.value(), 2) + taking + ", advantage over the reference's "
                + candidates.get(choice.reference()).action().key() + " " + FixedDecimals.signed(choice.advantage()[pick], 2)
                + ", " + choice.why(pick) + "); best " + best.action().key() + " " + d(best.value(), 2)
                + " is less certain";
    }

    /** The comparison, then rule-based facts about the customer's record. */
    private static String facts(String comparison, InvoiceFeatures f) {
        List<String> parts = new ArrayList<>();
        parts.add(comparison);
        if (f.earlierInvoices() > 0) {
            parts.add("paid " + f.paidOnTime() + " of " + f.earlierInvoices() + " invoices on time");
        } else {
            parts.add("no earlier invoices");
        }
        if (f.unpaidNow() > 0) {
            parts.add(f.unpaidNow() + " other invoice" + (f.unpaidNow() == 1 ? "" : "s") + " unpaid");
        }
        for (DunningAction a : DunningAction.values()) {
            if (a != DunningAction.NONE && f.earlier(a).taken() > 0) {
                parts.add(a.key() + " paid after " + f.earlier(a).paidAfter() + " of " + f.earlier(a).taken() + " earlier");
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

    private static String d(double v, int decimals) {
        return FixedDecimals.of(v, decimals);
    }
}
