package org.smartdunning.application.decide;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.history.Money;
import org.smartdunning.policy.Decision;

/**
 * What the engine would decide today for an invoice, without recording or sending anything: the
 * value and predicted outcomes of every allowed action, the customer's lifetime value, the chosen
 * action with the probability it would be chosen, and the reasons. Each invoice is valued alone
 * (the cold-start budget of a batch does not apply).
 */
public final class PreviewDecisions {
    /** One invoice's preview. */
    public record Preview(Invoice invoice, Money unpaid, LocalDate decideOn, Decision decision) {
    }

    private final PreviewSnapshot snapshot;

    public PreviewDecisions(PreviewSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    /** The preview, or empty when the snapshot does not know the invoice. */
    public Optional<Preview> preview(InvoiceId id) {
        List<Preview> one = previews(List.of(id));
        return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
    }

    /** The previews of the invoices the snapshot knows, in the order asked, decided together. */
    public List<Preview> previews(List<InvoiceId> ids) {
        LocalDate day = snapshot.day();
        List<Invoice> invoices = new ArrayList<>();
        for (InvoiceId id : ids) {
            Invoice invoice = snapshot.history().invoice(id);
            if (invoice != null) {
                invoices.add(invoice);
            }
        }
        synchronized (snapshot) {
            List<Invoice> open = invoices.stream()
                    .filter(invoice -> snapshot.history().unpaidBefore(invoice.id(), day).cents() > 0).toList();
            var decided = snapshot.policy().decideAll(open.stream()
                    .map(invoice -> snapshot.features().extract(invoice, day)).toList()).iterator();
            List<Preview> previews = new ArrayList<>();
            for (Invoice invoice : invoices) {
                Money unpaid = snapshot.history().unpaidBefore(invoice.id(), day);
                Decision decision = unpaid.cents() > 0 ? decided.next()
                        : new Decision(invoice.id(), day, DunningAction.NONE, 1.0, Double.NaN, List.of(),
                                "already paid before " + day, snapshot.policy().provenance());
                previews.add(new Preview(invoice, unpaid, day, decision));
            }
            return previews;
        }
    }
}
