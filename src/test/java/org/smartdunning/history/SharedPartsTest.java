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

    @Test
    void rowsKeepTheirValues() {
        SharedParts parts = new SharedParts();
        DunningEvent event = new DunningEvent(invoiceId(), day("2026-05-20"), DunningAction.SMS, new Money(0),
                copy("e1"), copy("sms"), 0.25);
        Inquiry inquiry = new Inquiry(customerId(), day("2026-05-21"), copy("invoice"), null);

        assertThat(parts.customer(customer())).isEqualTo(customer());
        assertThat(parts.event(event)).isEqualTo(event);
        assertThat(parts.inquiry(inquiry)).isEqualTo(inquiry).extracting(Inquiry::invoiceId).isNull();
    }

    @Test
    void rowsReferringToACustomerShareItsIdAndEqualPartsAreOneObject() {
        SharedParts parts = new SharedParts();
        Customer customer = parts.customer(customer());
        DunningEvent event = parts.event(new DunningEvent(invoiceId(), day("2026-05-18"), DunningAction.NONE,
                new Money(44900), copy("plan"), null, null));
        Inquiry inquiry = parts.inquiry(new Inquiry(customerId(), day("2026-05-18"), copy("Basic"), invoiceId()));

        assertThat(inquiry.customerId()).isSameAs(customer.id());
        assertThat(event.fee()).isSameAs(customer.monthlyFee());
        assertThat(inquiry.occurredOn()).isSameAs(event.occurredOn());
        assertThat(inquiry.topic()).isSameAs(customer.plan());
        assertThat(parts.text(copy("plan"))).isSameAs(event.experiment());
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
    }
}
