package org.smartdunning.policy;

import java.util.Set;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.DunningAction;

/** The actions the creditor can take on an invoice: no e-mail without an address, no SMS without a phone. */
public final class AllowedActions {
    private AllowedActions() {
    }

    public static Set<DunningAction> of(InvoiceFeatures f) {
        return DunningAction.reachable(f.hasPhone(), f.hasEmail());
    }
}
