package org.smartdunning.channels.agency;

import java.time.LocalDate;
import java.util.List;
import org.smartdunning.channels.Notice;
import org.smartdunning.channels.OutboundMessage;
import org.smartdunning.channels.Recipient;

/** One claim handed to the collection agency, as the columns of the daily hand-off file. */
record HandoffRow(List<String> values) {
    static final List<String> HEADER = List.of("key", "invoice_id", "customer_id", "country", "language", "currency",
            "amount_due", "fee", "interest", "compensation", "total", "due_on", "handed_over_on", "reference", "email",
            "phone", "postal_code");

    /** Amounts as the data contract writes them: '.' decimal point, two decimals; dates ISO; unknown as empty. */
    static HandoffRow of(OutboundMessage message) {
        Notice notice = message.notice();
        Recipient recipient = message.recipient();
        return new HandoffRow(List.of(message.key(), notice.invoiceId().value(), recipient.customerId().value(),
                recipient.country(), recipient.language(), text(notice.currency()), notice.amountDue().toString(),
                notice.fee().toString(), notice.interest().toString(), notice.compensation().toString(),
                notice.total().toString(), date(notice.dueOn()), date(notice.issuedOn()), text(notice.reference()),
                text(recipient.email()), text(recipient.phone()), text(recipient.postalCode())));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String date(LocalDate day) {
        return day == null ? "" : day.toString();
    }
}
