package org.smartdunning.application.summary;

import java.util.EnumMap;
import java.util.Map;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceLedger;
import org.smartdunning.policy.Decision;

/**
 * The process the creditor runs now, which the engine's decisions are compared with: the action the
 * history's dunning events outside experiments took most often once invoices were overdue (ties to
 * the gentler action); without such events, the contract's standard process, collection. Where the
 * action cannot reach a customer (no phone, no address) a letter goes instead.
 *
 * @param action the action today's process takes on an overdue invoice
 * @param events the history's overdue dunning events outside experiments it was read from; 0 when
 *               the contract's standard process stands in
 */
public record TodaysProcess(DunningAction action, int events) {
    /** The contract's standard process: every invoice still unpaid 14 days after its due date goes to collection. */
    public static final TodaysProcess STANDARD = new TodaysProcess(DunningAction.COLLECTION, 0);

    /** The prevailing overdue action of the history outside experiments, else the contract's standard process. */
    public static TodaysProcess of(CreditorHistory history) {
        Map<DunningAction, Integer> counts = new EnumMap<>(DunningAction.class);
        InvoiceLedger ledger = history.ledger();
        for (int k = 0; k < ledger.invoices(); k++) {
            for (int j = 0; j < ledger.events(k); j++) {
                if (!ledger.eventInExperiment(k, j) && ledger.eventDay(k, j) > ledger.dueOn(k)) {
                    counts.merge(ledger.eventAction(k, j), 1, Integer::sum);
                }
            }
        }
        return of(counts);
    }

    /** The prevailing action of these counts of overdue actions outside experiments, else the standard process. */
    public static TodaysProcess of(Map<DunningAction, Integer> counts) {
        int events = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (events == 0) {
            return STANDARD;
        }
        DunningAction prevailing = DunningAction.NONE;
        for (DunningAction a : DunningAction.values()) { // in order, so a tie keeps the gentler action
            if (counts.getOrDefault(a, 0) > counts.getOrDefault(prevailing, 0)) {
                prevailing = a;
            }
        }
        return new TodaysProcess(prevailing, events);
    }

    /** Today's action on a decided invoice: this process's action where the invoice allows it, else a letter. */
    public DunningAction actionFor(Decision decision) {
        return decision.candidate(action).isPresent() ? action : DunningAction.LETTER;
    }
}
