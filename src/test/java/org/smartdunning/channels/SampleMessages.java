package org.smartdunning.channels;

import java.time.LocalDate;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.history.Money;

/** Typical messages of a Swedish, Norwegian, German and English-speaking debtor, for the channel tests. */
public final class SampleMessages {
    public static final LocalDate DUE_ON = LocalDate.of(2025, 3, 3);
    public static final LocalDate ISSUED_ON = LocalDate.of(2025, 3, 17);
    public static final LocalDate PAY_BY = LocalDate.of(2025, 3, 31);
    public static final String INVOICE = "INV-2025-004711";

    private SampleMessages() {
    }

    public static Creditor creditor(String language) {
        return switch (language) {
            case "nb" -> new Creditor("Fjordnett AS", "Postboks 45 Sentrum\n0101 Oslo", "987 654 321",
                    "1503.12.34567", "kundeservice@fjordnett.no", "+47 22 12 34 56");
            case "de" -> new Creditor("Alpenstrom GmbH", "Königstraße 12\n70173 Stuttgart", "HRB 123456",
                    "DE89 3704 0044 0532 0130 00", "service@alpenstrom.de", "+49 711 123456");
            default -> new Creditor("Nordtele AB", "Box 123\n111 22 Stockholm", "556677-8899", "BG 5050-1055",
                    "kundservice@nordtele.se", "08-123 456 78");
        };
    }

    public static String currency(String language) {
        return switch (language) {
            case "nb" -> "NOK";
            case "de" -> "EUR";
            default -> "SEK";
        };
    }

    public static String country(String language) {
        return switch (language) {
            case "nb" -> "NO";
            case "de" -> "DE";
            case "en" -> "GB";
            default -> "SE";
        };
    }

    /** 1,234.50 due, a 60.00 fee and 12.34 interest, plus 40.00 compensation for the German (B2B) debtor. */
    public static Notice notice(String language) {
        Money compensation = language.equals("de") ? Money.parse("40.00") : Money.ZERO;
        return new Notice(creditor(language), new InvoiceId(INVOICE), currency(language), Money.parse("1234.50"),
                Money.parse("60.00"), Money.parse("12.34"), compensation, DUE_ON, ISSUED_ON, PAY_BY,
                OcrReference.of(new InvoiceId(INVOICE)).value(), "reminder-1", "reminder", "firm");
    }

    public static Recipient recipient(String language) {
        return new Recipient(new CustomerId("C-1001"), "anna.lund@example.se", "+46701234567", "114 55",
                country(language), language);
    }

    public static OutboundMessage message(String key, DunningAction action, String language) {
        return new OutboundMessage(key, action, recipient(language), notice(language),
                "Påminnelse: faktura " + INVOICE, "Hej Anna!\n\nVi har ännu inte fått betalt. Åtgärda gärna snart.");
    }
}
