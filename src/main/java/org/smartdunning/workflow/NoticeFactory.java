package org.smartdunning.workflow;

import java.time.LocalDate;
import java.util.Optional;
import org.smartdunning.channels.Language;
import org.smartdunning.channels.Notice;
import org.smartdunning.channels.OcrReference;
import org.smartdunning.channels.Recipient;
import org.smartdunning.history.Customer;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.Money;
import org.smartdunning.law.CountryLaw;
import org.smartdunning.law.CountryLaws;
import org.smartdunning.law.DebtorKind;
import org.smartdunning.law.LateCharges;
import org.smartdunning.law.ReferenceRateMissingException;

/**
 * Builds what a stage's message states. Formal notices after the due date (letters, the
 * collection hand-off) claim the statutory interest and, from businesses, the flat compensation,
 * as far as the workflow claims them. A missing reference rate means no interest is claimed,
 * with the reason kept for the audit log, rather than a day's dunning stopped.
 */
final class NoticeFactory {
    /** The notice and, when something could not be claimed, why. */
    record Prepared(Notice notice, String note) {
    }

    private final Workflow workflow;
    private final CountryLaws laws;
    private final LateCharges charges;

    NoticeFactory(Workflow workflow, CountryLaws laws, LateCharges charges) {
        this.workflow = workflow;
        this.laws = laws;
        this.charges = charges;
    }

    Prepared notice(DueInvoice due, Stage stage, DunningAction action, Money fee, LocalDate day) {
        Money interest = Money.ZERO;
        Money compensation = Money.ZERO;
        String note = "";
        Optional<CountryLaw> law = laws.on(due.customer().country(), day);
        boolean formal = action == DunningAction.LETTER || action == DunningAction.COLLECTION;
        if (formal && due.daysAfterDue() > 0 && law.isPresent()) {
            DebtorKind debtor = DebtorKind.of(due.customer().type());
            if (workflow.claimInterest()) {
                try {
                    interest = charges.interest(law.get(), debtor, due.amountDue(), due.invoice().dueOn(), day);
                } catch (ReferenceRateMissingException e) {
                    note = "no interest claimed: " + e.getMessage();
                }
            }
            if (workflow.claimCompensation()) {
                compensation = charges.compensation(law.get(), debtor);
            }
        }
        Notice notice = new Notice(workflow.creditor(), due.invoice().id(), due.invoice().currency(), due.amountDue(),
                fee, interest, compensation, due.invoice().dueOn(), day, day.plusDays(stage.payByDays()),
                reference(due), stage.id(), stage.template(), stage.tone());
        return new Prepared(notice, note);
    }

    Recipient recipient(Customer customer) {
        return Recipient.of(customer, workflow.languageFor(Language.of(customer.language()).code()));
    }

    /** The Swedish OCR reference for SE debtors (bank payments are matched by it), the invoice id elsewhere. */
    private static String reference(DueInvoice due) {
        String id = due.invoice().id().value();
        return "SE".equals(due.customer().country()) && id.chars().anyMatch(Character::isDigit)
                ? OcrReference.of(due.invoice().id()).value() : id;
    }
}
