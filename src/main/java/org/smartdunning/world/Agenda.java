package org.smartdunning.world;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.InvoiceId;

/**
 * What the live world still has coming, by day: invoices, payments, inquiries, ends of customer
 * relationships and decision days. A day once closed takes nothing more, so no fact can be dated
 * before the day it is handed out.
 */
final class Agenda {
    record Issue(LiveCustomer customer, Invoice invoice) {
    }

    record Arrival(Invoice invoice, long cents) {
    }

    /** @param whileActive only happens while the customer is still a customer (not about a dunned invoice) */
    record Contact(LiveCustomer customer, Inquiry inquiry, boolean whileActive) {
    }

    /** Everything due on one day, in the order it was put on the agenda. */
    static final class Day {
        final List<Issue> invoices = new ArrayList<>();
        final List<Arrival> payments = new ArrayList<>();
        final List<Contact> inquiries = new ArrayList<>();
        final List<LiveCustomer> ends = new ArrayList<>();
        final List<PendingDecision> decisions = new ArrayList<>();
    }

    private final Map<LocalDate, Day> days = new HashMap<>();
    private final Map<InvoiceId, PendingDecision> pending = new HashMap<>();
    private final Set<InvoiceId> voided = new HashSet<>();
    private LocalDate today;

    Agenda(LocalDate from) {
        this.today = from;
    }

    /** The first day not yet closed. */
    LocalDate today() {
        return today;
    }

    void invoice(LiveCustomer customer, Invoice invoice) {
        on(invoice.issuedOn()).invoices.add(new Issue(customer, invoice));
    }

    void payment(Invoice invoice, LocalDate day, long cents) {
        on(day).payments.add(new Arrival(invoice, cents));
    }

    void inquiry(LiveCustomer customer, Inquiry inquiry, boolean whileActive) {
        on(inquiry.occurredOn()).inquiries.add(new Contact(customer, inquiry, whileActive));
    }

    void end(LiveCustomer customer, LocalDate day) {
        on(day).ends.add(customer);
    }

    void decision(PendingDecision decision) {
        on(decision.decisionDay()).decisions.add(decision);
        pending.put(decision.invoice().id(), decision);
    }

    /** The invoice's decision while it awaits one or its decision day is not yet closed. */
    Optional<PendingDecision> pending(InvoiceId invoice) {
        return Optional.ofNullable(pending.get(invoice));
    }

    /** The decisions still pending whose decision day is {@code day}, in the order they were scheduled. */
    List<PendingDecision> decisionsOn(LocalDate day) {
        Day d = days.get(day);
        return d == null ? List.of() : d.decisions.stream().filter(p -> pending.get(p.invoice().id()) == p).toList();
    }

    /** Its decision day is over: the decision leaves the agenda; false when it had already left (voided). */
    boolean settle(PendingDecision decision) {
        return pending.remove(decision.invoice().id(), decision);
    }

    /** An invoice that will not be issued after all (its customer left first): no decision, no payment. */
    void voidInvoice(InvoiceId invoice) {
        pending.remove(invoice);
        voided.add(invoice);
    }

    boolean voided(InvoiceId invoice) {
        return voided.contains(invoice);
    }

    /** Takes everything due on {@code day} and closes it: from now on only later days can be scheduled. */
    Day close(LocalDate day) {
        if (!day.equals(today)) {
            throw new IllegalStateException("the agenda is at " + today + ", not " + day);
        }
        today = day.plusDays(1);
        Day due = days.remove(day);
        return due == null ? new Day() : due;
    }

    private Day on(LocalDate day) {
        if (day.isBefore(today)) {
            throw new IllegalStateException("a fact dated " + day + " came after that day was closed (at " + today + ")");
        }
        return days.computeIfAbsent(day, d -> new Day());
    }
}
