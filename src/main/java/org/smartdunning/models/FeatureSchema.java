package org.smartdunning.models;

import java.util.ArrayList;
import java.util.List;
import org.smartdunning.features.ActionResponse;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.CustomerType;
import org.smartdunning.history.DunningAction;

/**
 * Turns {@link InvoiceFeatures} into the numeric row the tree models read. Unknown values are NaN,
 * which the trees treat as missing rather than as zero. Column names feed importances and reasons.
 */
public final class FeatureSchema {
    static final List<String> COUNTRIES = List.of("SE", "NO", "DE");
    static final List<String> PAYMENT_METHODS = List.of("direct_debit", "e_invoice", "card", "paper", "bank_transfer");
    private static final List<String> NAMES = buildNames();

    private FeatureSchema() {
    }

    /** Column names, in vector order. */
    public static List<String> names() {
        return NAMES;
    }

    private static List<String> buildNames() {
        List<String> names = new ArrayList<>(List.of("amount", "monthly_value", "amount_to_monthly", "subscription",
                "days_overdue", "earlier_invoices", "on_time_share", "late_share", "unpaid_now", "mean_days_late",
                "max_days_late", "days_since_last_late"));
        for (DunningAction a : DunningAction.values()) {
            names.add("earlier_" + a.key() + "_taken");
            names.add("earlier_" + a.key() + "_paid_share");
        }
        for (DunningAction a : DunningAction.values()) {
            names.add("last_action_" + a.key());
        }
        names.add("days_since_last_action");
        names.addAll(List.of("invoice_inquiries", "days_since_last_inquiry", "tenure_months", "age", "business"));
        COUNTRIES.forEach(c -> names.add("country_" + c));
        PAYMENT_METHODS.forEach(m -> names.add("pays_by_" + m));
        names.addAll(List.of("has_email", "has_phone"));
        return List.copyOf(names);
    }

    public static int width() {
        return NAMES.size();
    }

    public static float[] vector(InvoiceFeatures f) {
        float[] v = new float[NAMES.size()];
        int i = 0;
        v[i++] = (float) f.amount();
        v[i++] = (float) f.monthlyValue();
        v[i++] = (float) f.amountToMonthly();
        v[i++] = flag(f.subscription());
        v[i++] = f.daysOverdue();
        v[i++] = f.earlierInvoices();
        v[i++] = share(f.paidOnTime(), f.earlierInvoices());
        v[i++] = share(f.paidLate(), f.earlierInvoices());
        v[i++] = f.unpaidNow();
        v[i++] = f.paidLate() == 0 ? Float.NaN : (float) f.meanDaysLate();
        v[i++] = f.maxDaysLate();
        v[i++] = days(f.daysSinceLastLate());
        for (DunningAction a : DunningAction.values()) {
            ActionResponse r = f.earlier(a);
            v[i++] = r.taken();
            v[i++] = r.taken() == 0 ? Float.NaN : (float) r.paidShare();
        }
        for (DunningAction a : DunningAction.values()) {
            v[i++] = flag(f.lastAction() == a);
        }
        v[i++] = days(f.daysSinceLastAction());
        v[i++] = f.invoiceInquiries();
        v[i++] = days(f.daysSinceLastInquiry());
        v[i++] = f.tenureMonths();
        v[i++] = f.age() == InvoiceFeatures.UNKNOWN_AGE ? Float.NaN : f.age();
        v[i++] = flag(f.customerType() == CustomerType.BUSINESS);
        for (String c : COUNTRIES) {
            v[i++] = flag(c.equals(f.country()));
        }
        for (String m : PAYMENT_METHODS) {
            v[i++] = flag(m.equals(f.paymentMethod()));
        }
        v[i++] = flag(f.hasEmail());
        v[i] = flag(f.hasPhone());
        return v;
    }

    private static float flag(boolean b) {
        return b ? 1f : 0f;
    }

    private static float share(int part, int whole) {
        return whole == 0 ? Float.NaN : (float) part / whole;
    }

    private static float days(int days) {
        return days == InvoiceFeatures.NEVER ? Float.NaN : days;
    }
}
