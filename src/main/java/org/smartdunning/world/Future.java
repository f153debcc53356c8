package org.smartdunning.world;

import java.time.LocalDate;
import java.util.random.RandomGenerator;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;

/**
 * What a customer's life brings on or after the run date, which its history cannot hold yet: the
 * batch generator keeps only the decisions due on the run date, the live world keeps everything.
 */
interface Future {
    void invoice(Invoice invoice);

    /** Money for the invoice arriving on {@code day}; the payment id is given when it arrives. */
    void payment(Invoice invoice, LocalDate day, long cents);

    void inquiry(Inquiry inquiry);

    /**
     * An invoice inquiry after a dunning action, on {@code day}; whether customer service ties it to the
     * invoice is still to be drawn.
     *
     * @param outcomes the stream the action's outcomes are drawn from; while the history is lived that is
     *                 the world's shared stream, which must then be left alone
     */
    void invoiceInquiry(Invoice invoice, LocalDate day, RandomGenerator outcomes);

    /** An invoice still unpaid at a decision day on or after the run date, with the customer's hidden state then. */
    void decision(Invoice invoice, DecisionState state);

    /** The customer's history up to the run date is complete; its customers.csv row comes next. */
    void historyLived(CustomerLife life);
}
