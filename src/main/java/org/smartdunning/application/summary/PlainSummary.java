package org.smartdunning.application.summary;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import org.smartdunning.economics.DecisionValue;
import org.smartdunning.economics.OutcomeProbabilities;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.policy.CandidateValue;
import org.smartdunning.policy.Decision;

/**
 * A batch of decisions as a credit manager reads it: how many invoices get each action, and what
 * the decisions are expected to bring against today's process on the same invoices. Every expected
 * figure sums the decisions' own per-action predictions (the chosen action's, and today's action's),
 * so the engine's side adds up to the decisions file.
 *
 * @param currency    the decided invoices' currency (several joined by a comma; empty when none)
 * @param decided     invoices that needed a decision
 * @param alreadyPaid invoices of the batch already paid before their decision day (left alone, not counted above)
 * @param actions     per action, the invoices that get it (all five, zero included)
 * @param today       the process compared with
 * @param engine      what the decisions are expected to bring
 * @param todays      what today's process is expected to bring on the same invoices
 */
public record PlainSummary(String currency, int decided, int alreadyPaid, Map<DunningAction, Integer> actions,
                           TodaysProcess today, Outlook engine, Outlook todays) {
    public PlainSummary {
        Objects.requireNonNull(currency, "currency");
        actions = Collections.unmodifiableMap(new EnumMap<>(actions));
    }

    /**
     * Expected outcomes of a set of decisions, summed over the invoices.
     *
     * @param cash            the invoices' amounts times their probability of payment (fees not included)
     * @param collectionCases invoices handed to collection
     * @param churn           customers expected to leave (the sum of the churn probabilities)
     * @param inquiries       invoice inquiries expected
     * @param value           the contract's value: cash and fees less costs, inquiries and lost customers' worth
     */
    public record Outlook(double cash, int collectionCases, double churn, double inquiries, double value) {
    }

    /**
     * Sums a run's decisions; an already-paid invoice (no candidates) counts apart.
     *
     * @param invoices looks up a decided invoice's amount and currency
     */
    public static PlainSummary of(List<Decision> decisions, Function<InvoiceId, Invoice> invoices, TodaysProcess today) {
        Map<DunningAction, Integer> actions = new EnumMap<>(DunningAction.class);
        for (DunningAction a : DunningAction.values()) {
            actions.put(a, 0);
        }
        Sum engine = new Sum();
        Sum todays = new Sum();
        TreeSet<String> currencies = new TreeSet<>();
        int alreadyPaid = 0;
        for (Decision d : decisions) {
            if (d.candidates().isEmpty()) {
                alreadyPaid++;
                continue;
            }
            Invoice invoice = invoices.apply(d.invoiceId());
            currencies.add(invoice.currency());
            actions.merge(d.action(), 1, Integer::sum);
            double amount = invoice.amount().toDouble();
            engine.add(amount, d.candidate(d.action()).orElseThrow());
            todays.add(amount, d.candidate(today.actionFor(d)).orElseThrow());
        }
        return new PlainSummary(String.join(", ", currencies), decisions.size() - alreadyPaid, alreadyPaid, actions,
                today, engine.outlook(), todays.outlook());
    }

    /** A running sum of one side's expected outcomes. */
    private static final class Sum {
        private double cash;
        private int collectionCases;
        private double churn;
        private double inquiries;
        private double value;

        void add(double amount, CandidateValue candidate) {
            OutcomeProbabilities p = candidate.outcomes();
            cash += DecisionValue.expectedCash(amount, p);
            collectionCases += candidate.action() == DunningAction.COLLECTION ? 1 : 0;
            churn += p.churn();
            inquiries += p.inquiry();
            value += candidate.value();
        }

        Outlook outlook() {
            return new Outlook(cash, collectionCases, churn, inquiries, value);
        }
    }
}
