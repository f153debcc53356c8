package org.smartdunning.policy;

import java.util.EnumSet;
import java.util.Set;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.DunningAction;

/** The actions the creditor can take on an invoice: no e-mail without an address, no SMS without a phone. */
public final class AllowedActions {
    private AllowedActions() {
    }

    public static Set<DunningAction> of(InvoiceFeatures f) {
        Set<DunningAction> allowed = EnumSet.of(DunningAction.NONE, DunningAction.LETTER, DunningAction.COLLECTION);
        if (f.hasPhone()) {
            allowed.add(DunningAction.SMS);
        }
        if (f.hasEmail()) {
            allowed.add(DunningAction.EMAIL);
        }
        return allowed;
    }
}
