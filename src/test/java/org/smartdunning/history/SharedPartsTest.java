package org.smartdunning.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SharedPartsTest {
    /** A new object each time, as a reader makes one per cell. */
    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    private static String copy(String text) {
        return new String(text.toCharArray());
    }

    private static CustomerId customerId() {
        return new CustomerId(copy("C1"));
    }

    private static InvoiceId invoiceId() {
        return new InvoiceId(copy("I1"));
    }

    private static Customer customer() {
        return new Customer(customerId(), day("2024-01-01"), null, CustomerType.PRIVATE, copy("SE"), copy("sv"),
                "111 22", null, copy("card"), null, null, copy("Basic"), new Money(44900));
    }

    private static Invoice invoice() {
        return new Invoice(invoiceId(), customerId(), day("2026-05-01"), day("2026-05-18"), new Money(44900), copy("SEK"));
    }

    @Test
    void rowsKeepTheirValues() {
        SharedParts parts = new SharedParts();
        Payment payment = new Payment("P1", invoiceId(), day("2026-05-15"), new Money(100));
        DunningEvent event = new DunningEvent(invoiceId(), day("2026-05-20"), DunningAction.SMS, new Money(0),
                copy("e1"), copy("sms"), 0.25);
        Inquiry inquiry = new Inquiry(customerId(), day("2026-05-21"), copy("invoice"), null);

        assertThat(parts.customer(customer())).isEqualTo(customer());
        assertThat(parts.invoice(invoice())).isEqualTo(invoice());
        assertThat(parts.payment(payment)).isEqualTo(payment);
        assertThat(parts.event(event)).isEqualTo(event);
        assertThat(parts.inquiry(inquiry)).isEqualTo(inquiry).extracting(Inquiry::invoiceId).isNull();
    }

    @Test
    void everyRowReferringToAnIdSharesTheOneObject() {
        SharedParts parts = new SharedParts();
        Customer customer = parts.customer(customer());
        Invoice invoice = parts.invoice(invoice());
        Payment payment = parts.payment(new Payment("P1", invoiceId(), day("2026-05-15"), new Money(44900)));
        DunningEvent event = parts.event(new DunningEvent(invoiceId(), day("2026-05-18"), DunningAction.NONE,
                new Money(0), null, null, null));
        Inquiry inquiry = parts.inquiry(new Inquiry(customerId(), day("2026-05-15"), copy("invoice"), invoiceId()));

        assertThat(invoice.customerId()).isSameAs(customer.id());
        assertThat(inquiry.customerId()).isSameAs(customer.id());
        assertThat(payment.invoiceId()).isSameAs(invoice.id());
        assertThat(event.invoiceId()).isSameAs(invoice.id());
        assertThat(inquiry.invoiceId()).isSameAs(invoice.id());
        // a payment of the whole invoice shares its amount; equal days and texts are one object
        assertThat(payment.amount()).isSameAs(invoice.amount()).isSameAs(customer.monthlyFee());
        assertThat(inquiry.occurredOn()).isSameAs(payment.paidOn());
        assertThat(event.occurredOn()).isSameAs(invoice.dueOn());
        assertThat(parts.text(copy("SEK"))).isSameAs(invoice.currency());
    }

    @Test
    void aReferenceBeforeItsInvoiceGivesTheInvoiceItsIdObject() {
        SharedParts parts = new SharedParts();
        DunningEvent event = parts.event(new DunningEvent(invoiceId(), day("2026-05-18"), DunningAction.NONE,
                new Money(0), null, null, null));
        Invoice invoice = parts.invoice(invoice());
        Payment payment = parts.payment(new Payment("P1", invoiceId(), day("2026-05-15"), new Money(44900)));

        assertThat(invoice.id()).isSameAs(event.invoiceId()).isSameAs(payment.invoiceId());
        assertThat(invoice.customerId()).isSameAs(parts.customerId(customerId()));
    }

    @Test
    void daysAndAmountsAreSharedBySourceAndByNumber() {
        SharedParts parts = new SharedParts();
        LocalDate first = parts.day(day("2026-05-18"));

        assertThat(parts.day(day("2026-05-18"))).isSameAs(first);
        assertThat(parts.day(first.toEpochDay())).isSameAs(first);
        assertThat(parts.day(LocalDate.of(2026, 5, 19).toEpochDay())).isEqualTo(day("2026-05-19"))
                .isSameAs(parts.day(day("2026-05-19")));
        assertThat(parts.money(1234)).isSameAs(parts.money(new Money(1234))).isEqualTo(new Money(1234));
        // outside the shared range a day is returned as it came
        LocalDate far = day("2300-01-01");
        assertThat(parts.day(far)).isSameAs(far);
        assertThat(parts.day((LocalDate) null)).isNull();
        assertThat(parts.money(null)).isNull();
        assertThat(parts.text(null)).isNull();
        assertThat(parts.customerId(null)).isNull();
        assertThat(parts.invoiceId(null)).isNull();
    }
}
