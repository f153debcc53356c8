package org.smartdunning.channels.templates;

import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.smartdunning.channels.Creditor;
import org.smartdunning.channels.Language;
import org.smartdunning.channels.LanguageFormat;
import org.smartdunning.channels.Notice;
import org.smartdunning.channels.Recipient;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.Money;

/**
 * The values a template can use, with amounts and dates already written the language's way; the
 * list is documented in {@code src/main/resources/templates/README.md}.
 */
final class TemplateVariables {
    private TemplateVariables() {
    }

    static Map<String, Object> of(String template, String language, DunningAction action, Notice notice,
                                  Recipient recipient) {
        LanguageFormat format = new LanguageFormat(Language.of(language));
        String currency = notice.currency() == null ? "" : notice.currency();
        Map<String, Object> values = new HashMap<>();
        values.put("creditor", creditor(notice.creditor()));
        values.put("invoiceId", notice.invoiceId().value());
        values.put("customerId", recipient.customerId().value());
        values.put("reference", text(notice.reference()));
        values.put("currency", currency);
        values.put("amountDue", format.amount(notice.amountDue(), currency));
        values.put("fee", format.amount(notice.fee(), currency));
        values.put("interest", format.amount(notice.interest(), currency));
        values.put("compensation", format.amount(notice.compensation(), currency));
        values.put("total", format.amount(notice.total(), currency));
        values.put("hasFee", nonZero(notice.fee()));
        values.put("hasInterest", nonZero(notice.interest()));
        values.put("hasCompensation", nonZero(notice.compensation()));
        values.put("hasExtras", nonZero(notice.fee()) || nonZero(notice.interest()) || nonZero(notice.compensation()));
        values.put("dueOn", format.date(notice.dueOn()));
        values.put("issuedOn", format.date(notice.issuedOn()));
        values.put("payBy", format.date(notice.payBy()));
        long overdue = notice.dueOn() == null || notice.issuedOn() == null ? 0
                : ChronoUnit.DAYS.between(notice.dueOn(), notice.issuedOn());
        values.put("daysOverdue", Math.max(0, overdue));
        values.put("daysUntilDue", Math.max(0, -overdue));
        values.put("stage", text(notice.stage()));
        values.put("tone", text(notice.tone()));
        values.put("template", template);
        values.put("channel", action.channel());
        values.put("bySms", action == DunningAction.SMS);
        values.put("byEmail", action == DunningAction.EMAIL);
        values.put("byLetter", action == DunningAction.LETTER);
        values.put("language", language);
        values.put("email", text(recipient.email()));
        values.put("phone", text(recipient.phone()));
        values.put("postalCode", text(recipient.postalCode()));
        values.put("country", recipient.country());
        return values;
    }

    private static Map<String, Object> creditor(Creditor creditor) {
        return Map.of("name", creditor.name(), "address", creditor.address(), "registration", creditor.registration(),
                "bankAccount", creditor.bankAccount(), "email", creditor.email(), "phone", creditor.phone());
    }

    private static boolean nonZero(Money money) {
        return money.cents() != 0;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
