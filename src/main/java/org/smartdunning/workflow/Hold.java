package org.smartdunning.workflow;

import java.time.LocalDate;
import java.util.Objects;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.InvoiceId;

/**
 * A stop on all dunning of an invoice or a customer, from {@code placedOn} until it ends by itself
 * ({@code until}) or is lifted ({@code liftedOn}); both end days are the first day dunning may resume.
 */
public record Hold(long id, HoldScope scope, String targetId, HoldReason reason, LocalDate placedOn, LocalDate until,
                   LocalDate liftedOn, String note) {
    public Hold {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(placedOn, "placedOn");
        note = note == null ? "" : note;
    }

    /** Whether the hold stops dunning on {@code day}. */
    public boolean activeOn(LocalDate day) {
        return !day.isBefore(placedOn) && (until == null || day.isBefore(until))
                && (liftedOn == null || day.isBefore(liftedOn));
    }

    /** Whether it covers this invoice of this customer. */
    public boolean covers(InvoiceId invoice, CustomerId customer) {
        return scope == HoldScope.INVOICE ? targetId.equals(invoice.value()) : targetId.equals(customer.value());
    }

    /** Plain words for the audit log, e.g. "hold 3 (dispute) on invoice I12 since 2026-03-01". */
    public String describe() {
        return "hold " + id + " (" + reason.key() + ") on " + scope.key() + " " + targetId + " since " + placedOn
                + (until != null ? " until " + until : "");
    }
}
