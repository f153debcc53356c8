package org.smartdunning.ingest.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.smartdunning.history.Customer;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.CustomerType;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.history.Money;
import org.smartdunning.history.Payment;
import org.smartdunning.ingest.FieldRules;

/**
 * Reads one event's fields (text values by name, as the API received them) with the data
 * contract's rules, collecting every problem before refusing: an event is recorded whole or not at all.
 */
public final class EventFields {
    /** Ids are stored in columns of this width. */
    static final int MAX_ID = 100;
    private static final Set<String> PERSONAL = Set.of("email", "phone", "postal_code");

    private final Map<String, String> data;
    private final List<FieldProblem> problems = new ArrayList<>();

    private EventFields(Map<String, String> data) {
        this.data = data;
    }

    /**
     * The event, when every field keeps the contract.
     *
     * @param data the event's {@code data} fields; absent and empty mean the same
     * @throws EventRejectedException naming each field ({@code event_id}, {@code type}, {@code data.amount}…)
     */
    public static BillingEvent parse(String eventId, String type, Map<String, String> data) {
        EventFields fields = new EventFields(data);
        String id = fields.id("event_id", eventId);
        EventType eventType = null;
        if (type == null || type.isEmpty()) {
            fields.problem("type", "required");
        } else {
            try {
                eventType = EventType.ofWire(type);
            } catch (IllegalArgumentException e) {
                fields.problem("type", e.getMessage());
            }
        }
        BillingEvent event = eventType == null ? null : fields.read(id, eventType);
        if (!fields.problems.isEmpty()) {
            throw new EventRejectedException(fields.problems);
        }
        return event;
    }

    private BillingEvent read(String id, EventType type) {
        return switch (type) {
            case CUSTOMER_CREATED, CUSTOMER_UPDATED -> customer(id, type);
            case CUSTOMER_ENDED -> ended(id);
            case INVOICE_ISSUED -> new BillingEvent.InvoiceIssued(id, invoice());
            case PAYMENT_RECEIVED -> payment(id);
            case PAYMENT_REVERSED -> new BillingEvent.PaymentReversed(id, required("payment_id"), required("reverses"),
                    date("reversed_on", true));
            case INVOICE_INQUIRY -> inquiry(id);
            case DISPUTE_OPENED -> new BillingEvent.DisputeOpened(id, invoiceId(), date("opened_on", true));
            case DISPUTE_CLOSED -> new BillingEvent.DisputeClosed(id, invoiceId(), date("closed_on", true));
            case PAYMENT_PLAN_AGREED -> plan(id);
        };
    }

    private BillingEvent customer(String id, EventType type) {
        String customerId = required("customer_id");
        LocalDate created = date("created_on", true);
        LocalDate ended = date("ended_on", false);
        CustomerType customerType = value("type", true, CustomerType::parse);
        String country = value("country", true, FieldRules::country);
        String phone = country == null ? null : value("phone", false, text -> FieldRules.phone(text, country));
        String email = value("email", false, FieldRules::email);
        Integer birthYear = value("birth_year", false, FieldRules::year);
        Money monthlyFee = value("monthly_fee", false, FieldRules::amount);
        if (!problems.isEmpty()) {
            return null;
        }
        return new BillingEvent.CustomerChanged(id, type, new Customer(new CustomerId(customerId), created, ended,
                customerType, country, optional("language"), optional("postal_code"), birthYear,
                optional("payment_method"), email, phone, optional("plan"), monthlyFee));
    }

    private BillingEvent ended(String id) {
        String customerId = required("customer_id");
        LocalDate ended = date("ended_on", true);
        return problems.isEmpty() ? new BillingEvent.CustomerEnded(id, new CustomerId(customerId), ended) : null;
    }

    private Invoice invoice() {
        String invoiceId = required("invoice_id");
        String customerId = required("customer_id");
        LocalDate issued = date("issued_on", true);
        LocalDate due = date("due_on", true);
        Money amount = value("amount", true, FieldRules::amount);
        String currency = value("currency", true, FieldRules::currency);
        if (issued != null && due != null && due.isBefore(issued)) {
            problem("data.due_on", "is before issued_on");
        }
        return problems.isEmpty()
                ? new Invoice(new InvoiceId(invoiceId), new CustomerId(customerId), issued, due, amount, currency) : null;
    }

    private BillingEvent payment(String id) {
        String paymentId = required("payment_id");
        InvoiceId invoice = invoiceId();
        LocalDate paid = date("paid_on", true);
        Money amount = value("amount", true, FieldRules::amount);
        if (amount != null && amount.cents() == 0) {
            problem("data.amount", "must be more than zero");
        }
        return problems.isEmpty() ? new BillingEvent.PaymentReceived(id, new Payment(paymentId, invoice, paid, amount))
                : null;
    }

    private BillingEvent inquiry(String id) {
        String customerId = required("customer_id");
        LocalDate on = date("occurred_on", true);
        String invoice = optional("invoice_id");
        String topic = optional("topic");
        return problems.isEmpty() ? new BillingEvent.InquiryReceived(id, new Inquiry(new CustomerId(customerId), on,
                topic == null ? Inquiry.INVOICE_TOPIC : topic, invoice == null ? null : new InvoiceId(invoice))) : null;
    }

    private BillingEvent plan(String id) {
        InvoiceId invoice = invoiceId();
        LocalDate agreed = date("agreed_on", true);
        LocalDate last = date("last_instalment_on", true);
        if (agreed != null && last != null && last.isBefore(agreed)) {
            problem("data.last_instalment_on", "is before agreed_on");
        }
        return problems.isEmpty() ? new BillingEvent.PaymentPlanAgreed(id, invoice, agreed, last) : null;
    }

    private InvoiceId invoiceId() {
        String value = required("invoice_id");
        return value == null ? null : new InvoiceId(value);
    }

    private String required(String name) {
        return id("data." + name, data.get(name));
    }

    private String id(String field, String value) {
        if (value == null || value.isEmpty()) {
            problem(field, "required");
            return null;
        }
        if (value.length() > MAX_ID) {
            problem(field, "longer than " + MAX_ID + " characters");
        } else if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            problem(field, "holds a control character");
        }
        return value;
    }

    private String optional(String name) {
        String value = data.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    private LocalDate date(String name, boolean required) {
        return value(name, required, FieldRules::date);
    }

    private <T> T value(String name, boolean required, Function<String, T> rule) {
        String text = optional(name);
        if (text == null) {
            if (required) {
                problem("data." + name, "required");
            }
            return null;
        }
        try {
            return rule.apply(text);
        } catch (IllegalArgumentException e) {
            problem("data." + name, PERSONAL.contains(name) ? e.getMessage().replace(text, "…") : e.getMessage());
            return null;
        }
    }

    private void problem(String field, String reason) {
        problems.add(new FieldProblem(field, reason));
    }
}
