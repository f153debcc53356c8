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
            return f("%s explored with probability %.4f (expected value %.2f); best %s %.2f; policy's choice %s %.2f",
                    taken.action().key(), propensity, taken.value(), best.action().key(), best.value(),
                    preferred.action().key(), preferred.value());
        }
        String taking = propensity < 1 ? f("; taken with probability %.4f", propensity) : "";
        if (pick == choice.best()) {
            CandidateValue runnerUp = candidates.stream().filter(c -> c != taken)
                    .max(Comparator.comparingDouble(CandidateValue::value)).orElse(null);
            return f("%s has the highest expected value (%.2f%s%s)", taken.action().key(), taken.value(),
                    runnerUp == null ? "" : f("; next %s %.2f", runnerUp.action().key(), runnerUp.value()), taking);
        }
        if (pick == choice.reference()) {
            return f("%s is the reference policy's action (%s, expected value %.2f%s); best %s %.2f, its advantage"
                            + " %+.2f is not certain enough (%s)", taken.action().key(), referenceName, taken.value(),
                    taking, best.action().key(), best.value(), choice.advantage()[choice.best()],
                    choice.why(choice.best()));
        }
        return f("%s has the highest value the models are sure of (expected value %.2f%s, advantage over the reference's"
                        + " %s %+.2f, %s); best %s %.2f is less certain", taken.action().key(), taken.value(), taking,
                candidates.get(choice.reference()).action().key(), choice.advantage()[pick], choice.why(pick),
                best.action().key(), best.value());
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

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
