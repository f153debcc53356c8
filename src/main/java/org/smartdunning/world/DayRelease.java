package org.smartdunning.world;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.smartdunning.history.Customer;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.Money;
import org.smartdunning.history.Payment;

/**
 * Turns what the agenda held for a day into that day's facts: invoices of customers who had left
 * by then are never issued (nor paid), inquiries other than about a dunned invoice stop with the
 * customer, a superseded end is no end, and payment ids are given in a fixed order.
 */
final class DayRelease {
    private DayRelease() {
    }

    static DayFacts facts(LocalDate day, Agenda.Day due, Agenda agenda, RowIds ids) {
        List<Customer> ended = new ArrayList<>();
        for (LiveCustomer c : due.ends) {
            Customer row = c.endingOn(day);
            if (row != null) {
                ended.add(row);
            }
        }
        List<Invoice> invoices = new ArrayList<>();
        for (Agenda.Issue issue : due.invoices) {
            if (issue.customer().endedBefore(day)) {
                agenda.voidInvoice(issue.invoice().id());
            } else {
                invoices.add(issue.invoice());
            }
        }
        // in invoice order, so payment ids follow the day's invoices and not the order the world drew them in
        List<Agenda.Arrival> arrivals = new ArrayList<>(due.payments);
        arrivals.sort(Comparator.comparing((Agenda.Arrival a) -> a.invoice().id()).thenComparingLong(Agenda.Arrival::cents));
        List<Payment> payments = new ArrayList<>();
        for (Agenda.Arrival a : arrivals) {
            if (!agenda.voided(a.invoice().id())) {
                payments.add(new Payment(ids.nextPayment(), a.invoice().id(), day, new Money(a.cents())));
            }
        }
        List<Inquiry> inquiries = new ArrayList<>();
        for (Agenda.Contact contact : due.inquiries) {
            if (!contact.whileActive() || !contact.customer().endedBefore(day)) {
                inquiries.add(contact.inquiry());
            }
        }
        inquiries.sort(Comparator.comparing((Inquiry q) -> q.customerId().value())
                .thenComparing(q -> q.invoiceId() == null ? "" : q.invoiceId().value()).thenComparing(Inquiry::topic));
        ended.sort(Comparator.comparing(c -> c.id().value()));
        return new DayFacts(day, invoices, payments, inquiries, ended);
    }
}
