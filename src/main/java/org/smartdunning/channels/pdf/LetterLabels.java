package org.smartdunning.channels.pdf;

import org.smartdunning.channels.Language;

/** The fixed words printed on a letter, in Swedish, Norwegian (Bokmål), German or English. */
record LetterLabels(String customerNumber, String postalCode, String country, String date, String registration,
                    String phone, String email, String invoice, String dueOn, String amountDue, String fee,
                    String interest, String compensation, String total, String payBy, String reference,
                    String bankAccount) {

    private static final LetterLabels SV = new LetterLabels("Kundnummer", "Postnummer", "Land", "Datum", "Org.nr",
            "Telefon", "E-post", "Faktura", "Förfallodag", "Förfallet belopp", "Påminnelseavgift", "Dröjsmålsränta",
            "Förseningsersättning", "Att betala", "Betala senast", "OCR/referens", "Betala till");
    private static final LetterLabels NB = new LetterLabels("Kundenummer", "Postnummer", "Land", "Dato", "Org.nr.",
            "Telefon", "E-post", "Faktura", "Forfallsdato", "Forfalt beløp", "Purregebyr", "Forsinkelsesrente",
            "Kompensasjon", "Å betale", "Betal innen", "KID/referanse", "Kontonummer");
    private static final LetterLabels DE = new LetterLabels("Kundennummer", "Postleitzahl", "Land", "Datum",
            "Handelsregister", "Telefon", "E-Mail", "Rechnung", "Fälligkeitsdatum", "Offener Betrag", "Mahngebühr",
            "Verzugszinsen", "Verzugspauschale", "Gesamtbetrag", "Zahlbar bis", "Verwendungszweck",
            "Bankverbindung");
    private static final LetterLabels EN = new LetterLabels("Customer number", "Postal code", "Country", "Date",
            "Reg. no.", "Phone", "E-mail", "Invoice", "Due date", "Amount due", "Reminder fee",
            "Late-payment interest", "Recovery compensation", "Total due", "Pay by", "Payment reference",
            "Bank account");

    /** The labels for a language; English for any other. */
    static LetterLabels of(Language language) {
        return switch (language.orEnglish().code()) {
            case "sv" -> SV;
            case "nb" -> NB;
            case "de" -> DE;
            default -> EN;
        };
    }
}
