package org.smartdunning.policy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.smartdunning.features.FeatureExtractor;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.BatchItem;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.Invoice;

/** The business act of deciding a batch of overdue invoices and recording the decisions. */
public final class DecideBatch {
    private final Policy policy;
    private final DecisionLog log;
    private final Clock clock;

    public DecideBatch(Policy policy, DecisionLog log, Clock clock) {
        this.policy = policy;
        this.log = log;
        this.clock = clock;
    }

    public DecisionRun decide(CreditorHistory history, List<BatchItem> batch, LocalDate asOf) {
        FeatureExtractor extractor = new FeatureExtractor(history);
        Decision[] decisions = new Decision[batch.size()];
        List<InvoiceFeatures> open = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            BatchItem item = batch.get(i);
            Invoice invoice = history.invoice(item.invoiceId());
            decisions[i] = alreadyPaid(history, invoice, item);
            if (decisions[i] == null) {
                open.add(extractor.extract(invoice, item.decideOn()));
            }
        }
        java.util.Iterator<Decision> next = policy.decideAll(open).iterator();
        for (int i = 0; i < decisions.length; i++) {
            if (decisions[i] == null) {
                decisions[i] = next.next();
            }
        }
        Instant now = clock.instant();
        DecisionRun run = new DecisionRun(policy.provenance().label() + "/" + asOf + "/" + now, policy.provenance(),
                asOf, now, List.of(decisions));
        log.record(run);
        return run;
    }

    /**
     * The batch's invoices still unpaid on their decision day, in batch order: the ones the policy decides
     * (the others are already paid and need nothing).
     */
    public static List<BatchItem> open(CreditorHistory history, List<BatchItem> batch) {
        return batch.stream().filter(item -> unpaid(history, item)).toList();
    }

    /** The features the policy decides {@link #open} invoices by, in batch order. */
    public static List<InvoiceFeatures> openFeatures(CreditorHistory history, List<BatchItem> batch) {
        FeatureExtractor extractor = new FeatureExtractor(history);
        return open(history, batch).stream().map(item -> extractor.extract(history.invoice(item.invoiceId()),
                item.decideOn())).toList();
    }

    private static boolean unpaid(CreditorHistory history, BatchItem item) {
        return history.unpaidBefore(item.invoiceId(), item.decideOn()).cents() > 0;
    }

    /** A batch invoice already settled before the decision day needs nothing: say so instead of dunning it. */
    private Decision alreadyPaid(CreditorHistory history, Invoice invoice, BatchItem item) {
        if (unpaid(history, item)) {
            return null;
        }
        return new Decision(invoice.id(), item.decideOn(), DunningAction.NONE, 1.0, Double.NaN, List.of(),
                "already paid before " + item.decideOn(), policy.provenance());
    }
}
