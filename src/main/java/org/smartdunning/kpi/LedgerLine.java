package org.smartdunning.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.InvoiceFacts;
import org.smartdunning.history.Payment;

/**
 * One invoice with what every KPI period reads of it, gathered once per report: a monthly report
 * at 100,000 customers would otherwise look up 1.4 million invoices' payments and events each month.
 *
 * @param group        the invoice's group in the report ({@link GroupLabels})
 * @param fullyPaidOn  the first day its payments covered the amount, or null ({@link InvoiceLedger})
 * @param horizonEnd   the last day of its horizon, the due date plus {@code horizon.days}
 */
record LedgerLine(Invoice invoice, String group, LocalDate fullyPaidOn, LocalDate horizonEnd, List<Payment> payments,
                  List<DunningEvent> events) {

    /** Every invoice of the history, in the history's order. */
    static List<LedgerLine> of(CreditorHistory history, InvoiceLedger ledger, GroupLabels labels, int horizonDays) {
        List<LedgerLine> lines = new ArrayList<>(history.invoiceCount());
        for (InvoiceFacts facts : history.invoiceFacts()) {
            Invoice invoice = facts.invoice();
            lines.add(new LedgerLine(invoice, labels.of(invoice), ledger.fullyPaidOn(invoice),
                    invoice.dueOn().plusDays(horizonDays), facts.payments(), facts.events()));
        }
        return lines;
    }

    /** What is still owed at the end of {@code day}, never below zero, in cents ({@link InvoiceLedger#openCentsAt}). */
    long openCentsAt(LocalDate day) {
        return Math.max(0, invoice.amount().cents() - InvoiceLedger.paidCentsBy(payments, day));
    }
}
