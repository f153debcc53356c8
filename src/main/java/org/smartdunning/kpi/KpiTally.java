package org.smartdunning.kpi;

/** Running sums of one row's KPIs; amounts in cents until the row is closed. */
final class KpiTally {
    int invoicesDue;
    int paidOnTime;
    int horizonClosed;
    int paidWithinHorizon;
    long invoicedCents;
    long receivablesCents;
    int sms;
    int email;
    int letter;
    int collection;
    int smsNotices;
    int emailNotices;
    int letterNotices;
    int inquiries;
    int churned;
    int active;
    double clvSum;
    long cashRecoveredCents;
    double dunningCost;
    long feeIncomeCents;

    /** Nothing counted: a group whose invoices and customers did nothing in the period gets no row. */
    boolean isEmpty() {
        return invoicesDue == 0 && invoicedCents == 0 && receivablesCents == 0 && sms + email + letter + collection == 0
                && smsNotices + emailNotices + letterNotices == 0
                && inquiries == 0 && churned == 0 && active == 0 && cashRecoveredCents == 0 && feeIncomeCents == 0;
    }

    /** The row's KPIs over a period of {@code days} days. */
    KpiValues values(long days) {
        return new KpiValues(invoicesDue, paidOnTime, share(paidOnTime, invoicesDue), horizonClosed, paidWithinHorizon,
                share(paidWithinHorizon, horizonClosed), invoicedCents / 100.0, receivablesCents / 100.0,
                invoicedCents > 0 ? round((double) receivablesCents / invoicedCents * days, 1) : null,
                sms, email, letter, collection, smsNotices, emailNotices, letterNotices, inquiries,
                invoicesDue > 0 ? round(1000.0 * inquiries / invoicesDue, 2) : null, churned, active,
                active > 0 ? round(clvSum / active, 2) : null, cashRecoveredCents / 100.0, round(dunningCost, 2),
                feeIncomeCents / 100.0);
    }

    private static Double share(int part, int whole) {
        return whole > 0 ? round((double) part / whole, 4) : null;
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
