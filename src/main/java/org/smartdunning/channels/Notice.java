package org.smartdunning.channels;

import java.time.LocalDate;
import java.util.Objects;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.history.Money;

/**
 * The facts a dunning message states, shared by every channel and template.
 *
 * @param creditor      who is owed
 * @param invoiceId     the invoice
 * @param currency      ISO 4217 code
 * @param amountDue     the unpaid amount of the invoice
 * @param fee           fee charged with this message (zero when none)
 * @param interest      statutory late-payment interest accrued until {@code issuedOn}
 * @param compensation  B2B flat compensation claimed (zero for consumers or when not claimed)
 * @param dueOn         the invoice's original due date
 * @param issuedOn      the day the message is issued
 * @param payBy         the new deadline the message gives
 * @param reference     payment reference to quote
 * @param stage         workflow stage id
 * @param template      template name, e.g. {@code reminder}
 * @param tone          tone of voice, e.g. {@code friendly}, {@code firm}
 */
public record Notice(Creditor creditor, InvoiceId invoiceId, String currency, Money amountDue, Money fee,
                     Money interest, Money compensation, LocalDate dueOn, LocalDate issuedOn, LocalDate payBy,
                     String reference, String stage, String template, String tone) {
    public Notice {
        Objects.requireNonNull(creditor, "creditor");
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(amountDue, "amountDue");
        fee = fee == null ? Money.ZERO : fee;
        interest = interest == null ? Money.ZERO : interest;
        compensation = compensation == null ? Money.ZERO : compensation;
    }

    /** Everything the debtor must pay now. */
    public Money total() {
        return new Money(amountDue.cents() + fee.cents() + interest.cents() + compensation.cents());
    }
}
