package org.smartdunning.workflow;

import java.util.Collection;
import java.util.Map;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.history.Money;

/** Port: what is still unpaid on invoices according to every payment known now, including today's. */
public interface InvoiceBalances {
    /** Unpaid amount per invoice; invoices unknown to the store are absent. */
    Map<InvoiceId, Money> unpaid(Collection<InvoiceId> invoices);
}
