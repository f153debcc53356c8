package org.smartdunning.features;

import java.util.Locale;
import org.smartdunning.history.DunningAction;

/** Says one feature of an invoice in plain words, with the customer's own value: "paid 11 of 12 invoices on time". */
public final class FactPhrases {
    private FactPhrases() {
    }

    /** The phrase for a model feature name, or null when the feature says nothing worth telling. */
    public static String of(String feature, InvoiceFeatures f) {
        if (feature.startsWith("earlier_") && !feature.equals("earlier_invoices")) {
            DunningAction a = DunningAction.ofKey(feature.substring(8, feature.indexOf('_', 8)));
            ActionResponse r = f.earlier(a);
            return r.taken() == 0 ? "no earlier " + label(a) : String.format(Locale.ROOT, "paid after %d of %d earlier %s",
                    r.paidAfter(), r.taken(), label(a) + (r.taken() == 1 ? "" : "s"));
        }
        if (feature.startsWith("last_action_") || feature.equals("days_since_last_action")) {
            return f.lastAction() == null ? "never dunned before"
                    : String.format(Locale.ROOT, "last dunned %d days ago (%s)", f.daysSinceLastAction(), label(f.lastAction()));
        }
        if (feature.startsWith("pays_by_")) {
            return f.paymentMethod() == null ? "payment method unknown" : "pays by " + f.paymentMethod().replace('_', ' ');
        }
        if (feature.startsWith("country_")) {
            return "in " + f.country();
        }
        return switch (feature) {
            case "on_time_share", "earlier_invoices" -> String.format(Locale.ROOT, "paid %d of %d invoices on time",
                    f.paidOnTime(), f.earlierInvoices());
            case "late_share", "mean_days_late", "max_days_late" -> f.paidLate() == 0 ? "never paid late"
                    : String.format(Locale.ROOT, "paid late %d times, %.0f days on average", f.paidLate(), f.meanDaysLate());
            case "days_since_last_late" -> f.daysSinceLastLate() == InvoiceFeatures.NEVER ? "never paid late"
                    : String.format(Locale.ROOT, "last late payment %d days ago", f.daysSinceLastLate());
            case "unpaid_now" -> f.unpaidNow() == 0 ? "no other invoice unpaid"
                    : f.unpaidNow() + " other invoice" + (f.unpaidNow() == 1 ? "" : "s") + " unpaid";
            case "tenure_months" -> "customer for " + f.tenureMonths() + " months";
            case "age" -> f.age() == InvoiceFeatures.UNKNOWN_AGE ? "age unknown" : "aged " + f.age();
            case "amount", "amount_to_monthly", "monthly_value" -> String.format(Locale.ROOT,
                    "amount %.0f, %.1f times the monthly %s", f.amount(), f.amountToMonthly(), f.subscription() ? "fee" : "invoicing");
            case "invoice_inquiries", "days_since_last_inquiry" -> f.invoiceInquiries() == 0 ? "no invoice inquiries"
                    : f.invoiceInquiries() + " invoice inquir" + (f.invoiceInquiries() == 1 ? "y" : "ies");
            case "business" -> f.customerType().code() + " customer";
            case "has_email" -> f.hasEmail() ? "has e-mail" : "no e-mail";
            case "has_phone" -> f.hasPhone() ? "has a phone number" : "no phone";
            default -> null;
        };
    }

    private static String label(DunningAction a) {
        return switch (a) {
            case NONE -> "no-action";
            case SMS -> "SMS";
            case EMAIL -> "e-mail";
            case LETTER -> "letter";
            case COLLECTION -> "collection";
        };
    }
}
