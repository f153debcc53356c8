package org.smartdunning.workflow;

import java.util.List;
import org.smartdunning.history.Customer;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.Money;

/**
 * An unpaid invoice with stages fallen due and not yet dealt with.
 *
 * @param amountDue   what is still unpaid before the day
 * @param daysAfterDue the day's distance from the due date (negative before it)
 * @param pending     the stages due by now and not dealt with, by day
 * @param done        the stages dealt with on earlier days
 */
record DueInvoice(Invoice invoice, Customer customer, Money amountDue, int daysAfterDue, List<Stage> pending,
                  List<StageRun> done) {
}
