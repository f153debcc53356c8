package org.smartdunning.ingest.events;

import java.time.LocalDate;
import org.smartdunning.history.Customer;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.history.Payment;

/** One fact from the billing system, with the sender's event id (a repeated id is the same event). */
public sealed interface BillingEvent {
    String eventId();

    EventType type();

    /** The day the fact happened. */
    LocalDate occurredOn();

    /** A customer was created or changed (a snapshot, as customers.csv rows are). */
    record CustomerChanged(String eventId, EventType type, Customer customer) implements BillingEvent {
        public LocalDate occurredOn() {
            return customer.createdOn();
        }
    }

    /** A customer relationship ended. */
    record CustomerEnded(String eventId, CustomerId customerId, LocalDate endedOn) implements BillingEvent {
        public EventType type() {
            return EventType.CUSTOMER_ENDED;
        }

        public LocalDate occurredOn() {
            return endedOn;
        }
    }

    /** An invoice was issued. */
    record InvoiceIssued(String eventId, Invoice invoice) implements BillingEvent {
        public EventType type() {
            return EventType.INVOICE_ISSUED;
        }

        public LocalDate occurredOn() {
            return invoice.issuedOn();
        }
    }

    /** A payment (possibly partial) arrived. */
    record PaymentReceived(String eventId, Payment payment) implements BillingEvent {
        public EventType type() {
            return EventType.PAYMENT_RECEIVED;
        }

        public LocalDate occurredOn() {
            return payment.paidOn();
        }
    }

    /** A payment was taken back (a returned direct debit, a charge-back): stored as its negative. */
    record PaymentReversed(String eventId, String reversalId, String reverses, LocalDate reversedOn)
            implements BillingEvent {
        public EventType type() {
            return EventType.PAYMENT_REVERSED;
        }

        public LocalDate occurredOn() {
            return reversedOn;
        }
    }

    /** The customer contacted customer service. */
    record InquiryReceived(String eventId, Inquiry inquiry) implements BillingEvent {
        public EventType type() {
            return EventType.INVOICE_INQUIRY;
        }

        public LocalDate occurredOn() {
            return inquiry.occurredOn();
        }
    }

    /** The customer disputes an invoice: dunning stops until it is closed. */
    record DisputeOpened(String eventId, InvoiceId invoiceId, LocalDate openedOn) implements BillingEvent {
        public EventType type() {
            return EventType.DISPUTE_OPENED;
        }

        public LocalDate occurredOn() {
            return openedOn;
        }
    }

    /** A dispute was settled: dunning may resume. */
    record DisputeClosed(String eventId, InvoiceId invoiceId, LocalDate closedOn) implements BillingEvent {
        public EventType type() {
            return EventType.DISPUTE_CLOSED;
        }

        public LocalDate occurredOn() {
            return closedOn;
        }
    }

    /** A payment plan was agreed: dunning of the invoice pauses until its last instalment. */
    record PaymentPlanAgreed(String eventId, InvoiceId invoiceId, LocalDate agreedOn, LocalDate lastInstalmentOn)
            implements BillingEvent {
        public EventType type() {
            return EventType.PAYMENT_PLAN_AGREED;
        }

        public LocalDate occurredOn() {
            return agreedOn;
        }
    }
}
