package org.smartdunning.world;

import java.time.LocalDate;
import java.util.List;
import org.smartdunning.history.Customer;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.Payment;

/**
 * What happened in the live world on one day, in the contract's rows.
 *
 * @param ended customers whose relationship ended that day, with {@code endedOn} set to it
 */
public record DayFacts(LocalDate day, List<Invoice> invoices, List<Payment> payments, List<Inquiry> inquiries,
                       List<Customer> ended) {
    public DayFacts {
        invoices = List.copyOf(invoices);
        payments = List.copyOf(payments);
        inquiries = List.copyOf(inquiries);
        ended = List.copyOf(ended);
    }
}
