package org.smartdunning.features;

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
            return r.taken() == 0 ? "no earlier " + label(a)
                    : "paid after " + r.paidAfter() + " of " + r.taken() + " earlier " + label(a) + (r.taken() == 1 ? "" : "s");
        }
        if (feature.startsWith("last_action_") || feature.equals("days_since_last_action")) {
            return f.lastAction() == null ? "never dunned before"
                    : "last dunned " + f.daysSinceLastAction() + " days ago (" + label(f.lastAction()) + ")";
        }
        if (feature.startsWith("pays_by_")) {
            return f.paymentMethod() == null ? "payment method unknown" : "pays by " + f.paymentMethod().replace('_', ' ');
        }
        if (feature.startsWith("country_")) {
            return "in " + f.country();
        }
        return switch (feature) {
            case "on_time_share", "earlier_invoices" -> "paid " + f.paidOnTime() + " of " + f.earlierInvoices()
                    + " invoices on time";
            case "late_share", "mean_days_late", "max_days_late" -> f.paidLate() == 0 ? "never paid late"
                    : "paid late " + f.paidLate() + " times, " + FixedDecimals.of(f.meanDaysLate(), 0) + " days on average";
            case "days_since_last_late" -> f.daysSinceLastLate() == InvoiceFeatures.NEVER ? "never paid late"
                    : "last late payment " + f.daysSinceLastLate() + " days ago";
            case "unpaid_now" -> f.unpaidNow() == 0 ? "no other invoice unpaid"
                    : f.unpaidNow() + " other invoice" + (f.unpaidNow() == 1 ? "" : "s") + " unpaid";
            case "tenure_months" -> "customer for " + f.tenureMonths() + " months";
            case "age" -> f.age() == InvoiceFeatures.UNKNOWN_AGE ? "age unknown" : "aged " + f.age();
            case "amount", "amount_to_monthly", "monthly_value" -> "amount " + FixedDecimals.of(f.amount(), 0) + ", "
                    + FixedDecimals.of(f.amountToMonthly(), 1) + " times the monthly " + (f.subscription() ? "fee" : "invoicing");
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
