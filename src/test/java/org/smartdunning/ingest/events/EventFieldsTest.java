package org.smartdunning.ingest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartdunning.history.Money;

class EventFieldsTest {
    @Test
    void anInvoiceIssuedIsReadWithTheContractsRules() {
        BillingEvent event = EventFields.parse("e1", "invoice.issued", Map.of("invoice_id", "I1", "customer_id", "C1",
                "issued_on", "2026-11-01", "due_on", "2026-11-20", "amount", "499.5", "currency", "SEK"));
        var issued = (BillingEvent.InvoiceIssued) event;
        assertThat(issued.invoice().amount()).isEqualTo(new Money(49_950));
        assertThat(issued.occurredOn()).hasToString("2026-11-01");
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        assertThatThrownBy(() -> EventFields.parse("e1", "invoice.issued", Map.of("invoice_id", "I1",
                "issued_on", "2026-13-01", "due_on", "2026-10-01", "amount", "4,99", "currency", "SEKK")))
                .isInstanceOf(EventRejectedException.class)
                .satisfies(e -> assertThat(((EventRejectedException) e).problems()).extracting(FieldProblem::field)
                        .containsExactly("data.customer_id", "data.issued_on", "data.amount", "data.currency"));
    }

    @Test
    void aDueDayBeforeTheIssueDayIsRefused() {
        assertThatThrownBy(() -> EventFields.parse("e1", "invoice.issued", Map.of("invoice_id", "I1", "customer_id", "C1",
                "issued_on", "2026-11-01", "due_on", "2026-10-01", "amount", "1", "currency", "SEK")))
                .satisfies(e -> assertThat(((EventRejectedException) e).problems())
                        .containsExactly(new FieldProblem("data.due_on", "is before issued_on")));
    }

    @Test
    void personalValuesAreNeverEchoed() {
        assertThatThrownBy(() -> EventFields.parse("e1", "customer.created", Map.of("customer_id", "C1",
                "created_on", "2025-01-01", "type", "private", "country", "SE", "email", "anna at example.com",
                "phone", "12")))
                .satisfies(e -> {
                    var problems = ((EventRejectedException) e).problems();
                    assertThat(problems).extracting(FieldProblem::field).containsExactlyInAnyOrder("data.email", "data.phone");
                    assertThat(problems.toString()).doesNotContain("anna").doesNotContain("'12'");
                });
    }

    @Test
    void aNationalPhoneNumberIsStoredInE164() {
        var changed = (BillingEvent.CustomerChanged) EventFields.parse("e1", "customer.created", Map.of("customer_id",
                "C1", "created_on", "2025-01-01", "type", "private", "country", "SE", "phone", "070-123 45 67"));
        assertThat(changed.customer().phone()).isEqualTo("+46701234567");
    }

    @Test
    void unknownTypesAndMissingIdsAreNamed() {
        assertThatThrownBy(() -> EventFields.parse("", "invoice.paid", Map.of()))
                .satisfies(e -> assertThat(((EventRejectedException) e).problems()).extracting(FieldProblem::field)
                        .containsExactly("event_id", "type"));
        assertThatThrownBy(() -> EventFields.parse("x".repeat(101), "dispute.opened", Map.of("invoice_id", "I\n1",
                "opened_on", "2026-01-01")))
                .satisfies(e -> assertThat(((EventRejectedException) e).problems()).extracting(FieldProblem::reason)
                        .containsExactly("longer than 100 characters", "holds a control character"));
    }

    @Test
    void aPaymentOfNothingAndAPlanEndingBeforeItBeginsAreRefused() {
        assertThatThrownBy(() -> EventFields.parse("e", "payment.received", Map.of("payment_id", "P", "invoice_id", "I",
                "paid_on", "2026-01-01", "amount", "0.00")))
                .satisfies(e -> assertThat(((EventRejectedException) e).problems())
                        .containsExactly(new FieldProblem("data.amount", "must be more than zero")));
        assertThatThrownBy(() -> EventFields.parse("e", "payment_plan.agreed", Map.of("invoice_id", "I",
                "agreed_on", "2026-02-01", "last_instalment_on", "2026-01-01")))
                .satisfies(e -> assertThat(((EventRejectedException) e).problems()).extracting(FieldProblem::field)
                        .containsExactly("data.last_instalment_on"));
    }
}
