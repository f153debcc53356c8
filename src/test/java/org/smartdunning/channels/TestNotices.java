package org.smartdunning.channels;

import java.time.LocalDate;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.history.Money;

/** Notices and recipients for tests. */
public final class TestNotices {
    public static final Creditor CREDITOR = new Creditor("Nordtel AB", "Box 1\n111 22 Stockholm", "556000-0000",
            "Bankgiro 123-4567", "billing@nordtel.example", "+46 8 123 456");

    private TestNotices() {
    }

    public static Notice notice(String invoice, String stage, LocalDate day) {
        return new Notice(CREDITOR, new InvoiceId(invoice), "SEK", Money.parse("499.00"), Money.parse("60.00"),
                Money.parse("3.10"), Money.ZERO, day.minusDays(14), day, day.plusDays(10), invoice, stage, "reminder",
                "firm");
    }

    public static Recipient recipient(String customer, boolean phone, boolean email) {
        return new Recipient(new CustomerId(customer), email ? customer.toLowerCase() + "@example.com" : null,
                phone ? "+46701234567" : null, "11122", "SE", "sv");
    }
}
