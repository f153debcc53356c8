package org.smartdunning.world;

import org.smartdunning.economics.OutcomeProbabilities;
import org.smartdunning.history.BatchItem;
import org.smartdunning.history.Customer;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.Payment;

/** Receives the generated rows one at a time, so a large world streams instead of piling up in memory. */
public interface WorldSink {
    void customer(Customer customer);

    void invoice(Invoice invoice);

    void payment(Payment payment);

    void event(DunningEvent event);

    void inquiry(Inquiry inquiry);

    void batch(BatchItem item);

    void truth(TruthRow truth);

    /**
     * The hidden side of a historic dunning event: what the world's probabilities were had nothing
     * been done. Not written anywhere; lets checks verify the field facts on the history itself.
     */
    default void eventTruth(DunningEvent event, OutcomeProbabilities ifNothing) {
    }
}
